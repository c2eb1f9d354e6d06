import type {EditorState} from 'prosemirror-state';
import {toDocumentFile, type DocumentFile} from '../document/document-file.js';
import {typedEvent} from '../events/typed-event.js';

/** The toolbar's actions. */
export type ToolbarAction =
  | 'heading'
  | 'bold'
  | 'bullet-list'
  | 'ordered-list'
  | 'row'
  | 'picture'
  | 'hard-word'
  | 'contact'
  | 'undo'
  | 'redo';

/** A toolbar button was pressed. Fired by `<er-toolbar>`; `<er-editor>` runs the action. */
export class ToolbarActionEvent extends typedEvent('toolbar-action', {bubbles: true}, (action: ToolbarAction) => ({action})) {}

/**
 * The user changed the editor: its document, its selection or both. Fired by
 * `<er-editor>` after each transaction that came from the user (not when `.value`
 * is set). `state` is the new immutable editor state; `value` is the document file,
 * built on first read.
 */
export class EditorChangeEvent extends typedEvent(
  'er-change',
  {bubbles: true, composed: true},
  (state: EditorState, docChanged: boolean) => ({
    state,
    /** Whether the document changed (false for a selection-only change). */
    docChanged,
  })
) {
  private file?: DocumentFile;

  /** The document as a file object (`{format, meta, doc}`). */
  get value(): DocumentFile {
    this.file ??= toDocumentFile(this.state.doc);
    return this.file;
  }
}

declare global {
  interface HTMLElementEventMap {
    'toolbar-action': ToolbarActionEvent;
    'er-change': EditorChangeEvent;
  }
}
