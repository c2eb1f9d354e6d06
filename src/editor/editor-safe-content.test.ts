import {expect, fixture, html} from '@open-wc/testing';
import type {DocumentFile} from '../document/document-file.js';
import {rowsFile} from '../document/rows-file.js';
import type {Editor} from './editor.js';
import './editor.js';

/** A file whose row 1 links "Find out more" to `href` and whose row 2 shows a picture from `src`. */
function fileWith(href: string, src: string): DocumentFile {
  return rowsFile('Links', [
    {text: [{text: 'Find out more', href}]},
    {text: 'A picture row.', picture: {src, alt: 'a picture', credit: '', licence: '', symbol: ''}},
  ]);
}

const links = (el: Editor) => Array.from(el.shadowRoot!.querySelectorAll('.ProseMirror a'), (a) => a.getAttribute('href'));
const pictures = (el: Editor) => Array.from(el.shadowRoot!.querySelectorAll('.ProseMirror img'), (img) => img.getAttribute('src'));

describe('er-editor and unsafe addresses', () => {
  it('takes out unsafe links and pictures when a document is set, keeps the text, and says so', async () => {
    const el = await fixture<Editor>(html`<er-editor .value=${fileWith(' JaVa\tScRiPt:alert(1)', 'https://evil.example/x.png')}></er-editor>`);
    await el.updateComplete;
    expect(links(el)).to.deep.equal([]);
    expect(pictures(el)).to.deep.equal([]);
    expect(el.state.doc.child(1).textContent).to.equal('Find out more');
    expect(el.state.doc.child(2).attrs['picture']).to.equal(null);
    const notice = el.shadowRoot!.querySelector('[role="status"]')!;
    expect(notice.textContent).to.contain('Row 1 has a link that is not safe');
    expect(notice.textContent).to.contain('Row 2 has a picture from a place that is not allowed');
    expect(JSON.stringify(el.value)).not.to.match(/javascript|evil/i);
    await expect(el).to.be.accessible();
  });

  it('keeps safe links and pictures, with no notice', async () => {
    const el = await fixture<Editor>(html`<er-editor .value=${fileWith('https://www.nhs.uk', '/openmoji/1F3E5.svg')}></er-editor>`);
    await el.updateComplete;
    expect(links(el)).to.deep.equal(['https://www.nhs.uk']);
    expect(pictures(el)).to.deep.equal(['/openmoji/1F3E5.svg']);
    expect(el.shadowRoot!.querySelector('[role="status"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('takes out an entity-hidden link from JSON text and clears the notice on the next safe document', async () => {
    const el = await fixture<Editor>(html`<er-editor></er-editor>`);
    el.value = JSON.stringify(fileWith('&#106;avascript:alert(1)', 'data:image/png;base64,iVBORw0KGgo='));
    await el.updateComplete;
    expect(links(el)).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('one address');
    el.value = fileWith('mailto:ward5@nhs.net', '/openmoji/1F3E5.svg');
    await el.updateComplete;
    expect(links(el)).to.deep.equal(['mailto:ward5@nhs.net']);
    expect(el.shadowRoot!.querySelector('[role="status"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
