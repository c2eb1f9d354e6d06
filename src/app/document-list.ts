import {LitElement, html, nothing} from 'lit';
import {customElement, property, query, state} from 'lit/decorators.js';
import {DocumentListActionEvent} from './document-list-action-event.js';
import {styles} from './document-list.styles.js';
import {openFileButton} from './open-file-button.js';

/** One document as the list shows it. */
export interface DocumentSummary {
  readonly id: string;
  readonly title: string;
  /** ISO date-time of the last change. */
  readonly updatedAt: string;
}

const dateFormat = new Intl.DateTimeFormat('en-GB', {day: 'numeric', month: 'long', year: 'numeric', hour: 'numeric', minute: '2-digit'});

/**
 * The documents kept on this computer: open, rename, delete, export, plus "New document"
 * and "Import a file". With `upload` (when a server is there) it is the "On this
 * computer" part beside the team's documents: each document can be uploaded to the
 * team, and New and Open are left to the team list. It only shows and asks; `<er-app>`
 * does the work.
 *
 * @summary The list of documents.
 * @fires document-list-action - The user asked for something (`event.action`, `event.id`, `event.title`, `event.file`).
 */
@customElement('er-document-list')
export class DocumentList extends LitElement {
  static override styles = styles;

  private readonly handleFileChosen = (file: File) => this.emit('import', {file});

  @query('.rename__input') private renameInput?: HTMLInputElement;

  @state() private renamingId?: string;
  @state() private renameError = '';

  /** The documents, newest first. */
  @property({attribute: false}) documents: readonly DocumentSummary[] = [];

  /** A short status message to announce (for example "Document deleted."). */
  @property() status = '';

  /** When set, the status message offers an Undo button for the last delete. */
  @property({type: Boolean, attribute: 'can-undo'}) canUndo = false;

  /** When set, the list is "On this computer": each document offers "Upload to the team". */
  @property({type: Boolean}) upload = false;

  /** The start of each document's link; the id follows. */
  @property({attribute: 'link-prefix'}) linkPrefix = '#/documents/';

  /** Ids of documents already uploaded to the team (they say so). */
  @property({attribute: false}) uploaded: ReadonlySet<string> = new Set();

  private emit(action: DocumentListActionEvent['action'], details: {id?: string; title?: string; file?: File} = {}): void {
    this.dispatchEvent(new DocumentListActionEvent(action, details));
  }

  private async startRename(id: string): Promise<void> {
    this.renamingId = id;
    this.renameError = '';
    await this.updateComplete;
    this.renameInput?.focus();
    this.renameInput?.select();
  }

  private handleRenameSubmit(event: Event, id: string): void {
    event.preventDefault();
    const title = this.renameInput?.value.trim() ?? '';
    if (!title) {
      this.renameError = 'Type a name for the document.';
      this.renameInput?.focus();
      return;
    }
    this.renamingId = undefined;
    this.emit('rename', {id, title});
  }

  private handleRenameKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    const id = this.renamingId;
    this.renamingId = undefined;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLButtonElement>(`[data-rename="${id}"]`)?.focus());
  }

  private renderItem(doc: DocumentSummary) {
    const title = doc.title || 'Untitled document';
    if (this.renamingId === doc.id) {
      return html`<li class="list__item">
        <form class="rename" @submit=${(event: Event) => this.handleRenameSubmit(event, doc.id)}>
          <label class="rename__label" for="rename-${doc.id}">New name for “${title}”</label>
          <input
            id="rename-${doc.id}"
            class="rename__input"
            .value=${doc.title}
            aria-invalid=${this.renameError ? 'true' : nothing}
            aria-describedby=${this.renameError ? `rename-error-${doc.id}` : nothing}
            @keydown=${this.handleRenameKeydown}
          />
          ${this.renameError ? html`<p class="rename__error" id="rename-error-${doc.id}">${this.renameError}</p>` : nothing}
          <div class="list__actions">
            <button class="button button--primary" type="submit">Save name</button>
            <button class="button" type="button" @click=${() => (this.renamingId = undefined)}>Cancel</button>
          </div>
        </form>
      </li>`;
    }
    return html`<li class="list__item">
      <h3 class="list__title">
        <a class="list__open" href="${this.linkPrefix}${encodeURIComponent(doc.id)}">${title}</a>
      </h3>
      <p class="list__date">Last changed ${dateFormat.format(new Date(doc.updatedAt))}</p>
      ${this.uploaded.has(doc.id) ? html`<p class="list__date">Uploaded to the team. This copy stays here until you delete it.</p>` : nothing}
      <div class="list__actions">
        ${this.upload
          ? html`<button class="button button--primary" type="button" @click=${() => this.emit('upload', {id: doc.id, title})}>
              Upload to the team<span class="visually-hidden">: ${title}</span>
            </button>`
          : nothing}
        <button class="button" type="button" data-rename=${doc.id} @click=${() => this.startRename(doc.id)}>
          Rename<span class="visually-hidden"> ${title}</span>
        </button>
        <button class="button" type="button" @click=${() => this.emit('export', {id: doc.id})}>
          Save a copy<span class="visually-hidden"> of ${title}</span>
        </button>
        <button class="button button--danger" type="button" @click=${() => this.emit('delete', {id: doc.id, title})}>
          Delete<span class="visually-hidden"> ${title}</span>
        </button>
      </div>
    </li>`;
  }

  override render() {
    return html`<section class="documents" part="base" aria-labelledby="documents-heading">
      <h2 id="documents-heading" class="documents__heading">${this.upload ? 'On this computer' : 'Your documents'}</h2>
      <p class="documents__help">
        ${this.upload
          ? 'These documents are only on this computer. Upload them so your team can see them.'
          : 'Documents are kept on this computer.'}
      </p>
      ${this.upload
        ? nothing
        : html`<div class="documents__tools">
            <button class="button button--primary" type="button" @click=${() => this.emit('create')}>New document</button>
            ${openFileButton(this.handleFileChosen)}
          </div>`}
      <div class="documents__status" role="status" aria-live="polite">
        ${this.status
          ? html`<span>${this.status}</span>${this.canUndo
                ? html` <button class="button" type="button" @click=${() => this.emit('undo-delete')}>Undo</button>`
                : nothing}`
          : nothing}
      </div>
      ${this.documents.length
        ? html`<ul class="list">${this.documents.map((doc) => this.renderItem(doc))}</ul>`
        : html`<p class="documents__empty">
            ${this.upload ? 'There are no documents on this computer.' : 'You have no documents yet. Choose “New document” to start.'}
          </p>`}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'er-document-list': DocumentList;
  }
}
