import {typedEvent} from '../events/typed-event.js';

/** What the document list asks the app to do. */
export type DocumentListAction =
  | 'create'
  | 'import'
  | 'rename'
  | 'delete'
  | 'undo-delete'
  | 'export'
  | 'upload'
  // The team list's bin: show it, leave it, take a document out of it.
  | 'open-bin'
  | 'close-bin'
  | 'restore';

/** Fired by `<er-document-list>` when the user asks for something; `<er-app>` does it. */
export class DocumentListActionEvent extends typedEvent(
  'document-list-action',
  {bubbles: true},
  (action: DocumentListAction, details: {id?: string; title?: string; file?: File} = {}) => ({
    action,
    id: details.id,
    title: details.title,
    file: details.file,
  })
) {}

declare global {
  interface HTMLElementEventMap {
    'document-list-action': DocumentListActionEvent;
  }
}
