/** What the document list asks the app to do. */
export type DocumentListAction = 'create' | 'import' | 'rename' | 'delete' | 'undo-delete' | 'export' | 'upload';

/** Fired by `<er-document-list>` when the user asks for something; `<er-app>` does it. */
export class DocumentListActionEvent extends Event {
  static readonly eventName = 'document-list-action';
  readonly action: DocumentListAction;
  readonly id?: string;
  readonly title?: string;
  readonly file?: File;

  constructor(action: DocumentListAction, details: {id?: string; title?: string; file?: File} = {}) {
    super(DocumentListActionEvent.eventName, {bubbles: true});
    this.action = action;
    this.id = details.id;
    this.title = details.title;
    this.file = details.file;
  }
}

declare global {
  interface HTMLElementEventMap {
    'document-list-action': DocumentListActionEvent;
  }
}
