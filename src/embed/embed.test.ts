import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {emptyDocument, toDocumentFile} from '../document/document-file.js';
import '../editor/editor.js';
import type {Editor} from '../editor/editor.js';
import '../panels/checks-panel.js';
import type {ChecksPanel} from '../panels/checks-panel.js';
import {BrowserDrafts} from './browser-drafts.js';
import {beforeDefine, defineOnce} from './define.js';
import {EditorEmbedding} from './editor-embedding.js';
import type {SavedEvent} from './events.js';
import {PanelEmbedding} from './panel-embedding.js';

/** Types `text` at the end of the editor's first row. */
function type(editor: Editor, text: string): void {
  editor.execute((state, dispatch) => {
    let end = 0;
    state.doc.descendants((node, pos) => {
      if (node.type.name === 'paragraph' && end === 0) end = pos + 1 + node.content.size;
      return end === 0;
    });
    dispatch?.(state.tr.insertText(text, end));
    return true;
  });
}

function freshDrafts(): BrowserDrafts {
  return new BrowserDrafts(`er-embed-test-${Math.random().toString(36).slice(2)}`);
}

describe('embed bundle', () => {
  it('defines a tag once: a second copy is ignored, and hooks run before the first definition', () => {
    const tag = `er-once-${Math.random().toString(36).slice(2)}`;
    const seen: CustomElementConstructor[] = [];
    beforeDefine(tag, (elementClass) => seen.push(elementClass));
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    expect(defineOnce(tag, First)).to.equal(true);
    expect(defineOnce(tag, Second)).to.equal(false);
    expect(customElements.get(tag)).to.equal(First);
    expect(seen).to.deep.equal([First]);
  });

  it('opens the draft kept under its name, keeps changes there and fires er-saved and er-checks', async () => {
    const drafts = freshDrafts();
    await drafts.save('leaflet', toDocumentFile(emptyDocument('Kept before')));
    const editor = await fixture<Editor>(html`<er-editor name="leaflet"></er-editor>`);
    const checked = oneEvent(editor, 'er-checks');
    new EditorEmbedding(editor, drafts);
    const restored = await oneEvent(editor, 'er-change').then(() => editor.state.doc.firstChild?.textContent);
    expect(restored).to.equal('Kept before');
    const saved = oneEvent(editor, 'er-saved') as unknown as Promise<SavedEvent>;
    type(editor, 'The medication was administered by the consultant.');
    const event = await saved;
    expect(event.name).to.equal('leaflet');
    expect(event.bubbles && event.composed).to.equal(true);
    expect(JSON.stringify((await drafts.load('leaflet'))?.doc)).to.include('administered by the consultant');
    expect((await checked).composed).to.equal(true);
    await expect(editor).to.be.accessible();
  });

  it('keeps no draft in the browser when it has a server', async () => {
    const drafts = freshDrafts();
    const editor = await fixture<Editor>(html`<er-editor name="leaflet" server="https://easy-read.example.nhs.uk"></er-editor>`);
    new EditorEmbedding(editor, drafts);
    type(editor, 'Hello.');
    await editor.check();
    expect(await drafts.load('leaflet')).to.equal(undefined);
  });

  it('shows the editor that `for` names in a checks panel, and never another editor’s problems', async () => {
    const host = await fixture<HTMLElement>(html`<div><er-editor id="one" label="One"></er-editor><er-editor id="two" label="Two"></er-editor></div>`);
    const panel = document.createElement('er-checks-panel') as ChecksPanel;
    panel.setAttribute('for', 'one');
    new PanelEmbedding(panel);
    host.append(panel);
    const [one, two] = host.querySelectorAll<Editor>('er-editor');
    type(two!, 'We will utilise the consultant.');
    await two!.check();
    type(one!, 'The medication was administered by the consultant.');
    const findings = await one!.check();
    await panel.updateComplete;
    const messages = [...panel.shadowRoot!.querySelectorAll('.item__message')].map((node) => node.textContent);
    expect(findings.length).to.be.greaterThan(0);
    expect(messages).to.have.length(findings.length);
    await expect(host).to.be.accessible();
  });
});
