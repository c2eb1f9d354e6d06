import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {emptyDocument, toDocumentFile} from '../../document/document-file.js';
import type {Editor} from '../editor.js';
import {blocksPerPart, chunkedPasteKey} from './chunked-paste.js';
import '../editor.js';

const lines = Array.from({length: 3 * blocksPerPart + 20}, (_, i) => `Line ${i + 1} of the pasted leaflet.`);

function pasteInto(el: Editor, text: string): void {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const target = el.shadowRoot!.querySelector('[contenteditable="true"]')!;
  target.dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true}));
}

/** Resolves once the paste going in has all gone in. */
async function pasted(el: Editor): Promise<void> {
  while (chunkedPasteKey.getState(el.state)) await oneEvent(el, 'er-change');
}

describe('a large paste in <er-editor>', () => {
  it('goes in part by part, ends with every line in order and the caret after it, and one undo takes it away', async () => {
    const el = await fixture<Editor>(html`<er-editor .value=${toDocumentFile(emptyDocument('Title'))}></er-editor>`);
    el.selectRange(9);
    el.focus();
    const before = el.state.doc;
    pasteInto(el, lines.join('\n'));
    expect(chunkedPasteKey.getState(el.state), 'more to come after the first part').to.not.equal(null);
    await pasted(el);
    const text = el.state.doc.textBetween(0, el.state.doc.content.size, '\n');
    expect(text.split('\n').filter((line) => line.startsWith('Line '))).to.deep.equal(lines);
    expect(el.state.selection.$head.parent.textContent).to.equal(lines[lines.length - 1]);
    await sendKeys({down: 'Control'});
    await sendKeys({press: 'z'});
    await sendKeys({up: 'Control'});
    expect(el.state.doc.eq(before), 'one undo step').to.equal(true);
    await expect(el).to.be.accessible();
  });
});
