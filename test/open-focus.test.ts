import {expect, html, nextFrame} from '@open-wc/testing';
import {render} from 'lit';
import {emptyDocument, toDocumentFile} from '../src/document/document-file.js';
import {schema} from '../src/document/schema.js';
import type {Editor} from '../src/editor/editor.js';
import type {DocumentWorkspace} from '../src/app/document-workspace.js';
import '../src/app/document-workspace.js';

/** Opening a document leaves the focus in it, even when asked before it has drawn. */

/** Asks the workspace in `host` to focus the start of its document, and waits until it has. */
async function focusedStart(host: HTMLElement) {
  const workspace = host.querySelector<DocumentWorkspace>('er-document-workspace')!;
  workspace.focusStart();
  await workspace.updateComplete;
  const editor = workspace.shadowRoot!.querySelector<Editor>('er-editor')!;
  await editor.updateComplete;
  await nextFrame();
  return {workspace, editor};
}

describe('focus when a document opens', () => {
  let host: HTMLElement;
  afterEach(() => host.remove());

  it('puts a new document’s focus in its title, even when asked before the first render', async () => {
    host = document.body.appendChild(document.createElement('div'));
    render(html`<er-document-workspace .file=${toDocumentFile(emptyDocument())}></er-document-workspace>`, host);
    const {workspace, editor} = await focusedStart(host);
    expect(editor.shadowRoot!.activeElement?.classList.contains('ProseMirror'), 'the text has focus').to.equal(true);
    expect(editor.state.selection.$from.parent.type.name).to.equal('title');
    await expect(workspace).to.be.accessible();
  });

  it('puts an opened or imported document’s focus at the start of its first row', async () => {
    host = document.body.appendChild(document.createElement('div'));
    const doc = schema.node('doc', null, [
      schema.node('title', null, schema.text('Your visit')),
      schema.node('row', null, schema.node('paragraph', null, schema.text('Come at 2pm.'))),
    ]);
    render(html`<er-document-workspace .file=${toDocumentFile(doc)}></er-document-workspace>`, host);
    const {workspace, editor} = await focusedStart(host);
    expect(editor.shadowRoot!.activeElement?.classList.contains('ProseMirror')).to.equal(true);
    const {$from} = editor.state.selection;
    expect([$from.parent.textContent, $from.parentOffset]).to.deep.equal(['Come at 2pm.', 0]);
  });
});
