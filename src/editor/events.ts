import type {EditorState} from 'prosemirror-state';
import {toDocumentFile, type DocumentFile} from '../document/document-file.js';
import {typedEvent} from '../events/typed-event.js';
import type {WordRange} from './plugins/spoken-word.js';

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

/**
 * "Read to me" moved on to a word: `range` is the word in the document, `null` when
 * reading stopped or finished. Fired by `<er-read-aloud-bar>` and again by `<er-toolbar>`
 * (each from its own host); `<er-editor>` highlights the word.
 */
export class SpokenWordEvent extends typedEvent('spoken-word', {bubbles: true}, (range: WordRange | null) => ({range})) {}

/** The user closed the "Read to me" bar. Fired by `<er-read-aloud-bar>`; its toolbar hides it. */
export class ReadAloudCloseEvent extends typedEvent('read-aloud-close', {bubbles: true}, () => ({})) {}

declare global {
  interface HTMLElementEventMap {
    'toolbar-action': ToolbarActionEvent;
    'spoken-word': SpokenWordEvent;
    'read-aloud-close': ReadAloudCloseEvent;
    'er-change': EditorChangeEvent;
  }
}
