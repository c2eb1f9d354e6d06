import {fixture, html, nextFrame} from '@open-wc/testing';
import {emptyDocument, toDocumentFile, type DocumentFile} from '../src/document/document-file.js';
import type {DocumentWorkspace} from '../src/app/document-workspace.js';
import type {Editor} from '../src/editor/editor.js';
import {checksKey} from '../src/editor/plugins/checks-plugin.js';
import '../src/app/document-workspace.js';

/**
 * An editing screen on `file` (by default a new, empty document), with its editor
 * and checks panel, and `settle()`, which waits until both have drawn the last change.
 */
export async function openWorkspace(file: DocumentFile = toDocumentFile(emptyDocument())) {
  const workspace = await fixture<DocumentWorkspace>(html`<er-document-workspace .file=${file}></er-document-workspace>`);
  const editor = workspace.shadowRoot!.querySelector<Editor>('er-editor')!;
  const panel = workspace.shadowRoot!.querySelector('er-checks-panel')!;
  const settle = async () => {
    await nextFrame();
    await nextFrame();
    await editor.updateComplete;
    await panel.updateComplete;
  };
  await settle();
  return {workspace, editor, panel, settle};
}

/** The editor's open findings, in document order. */
export const findings = (editor: Editor) => checksKey.getState(editor.state)!.findings;
