import {LitElement, css, html, nothing} from 'lit';
import {customElement, query, state} from 'lit/decorators.js';
import {DocumentFileError, emptyDocument, parseDocumentFile, toDocumentFile, type DocumentFile} from '../editor/document-file.js';
import type {EditorChangeEvent} from '../editor/events.js';
import {Autosaver} from './autosave.js';
import type {DocumentListActionEvent} from './document-list-action-event.js';
import type {DocumentSummary} from './document-list.js';
import {openDocumentStore, type DocumentRecord, type DocumentStore} from './document-store.js';
import type {DocumentWorkspace, SaveStatus} from './document-workspace.js';
import {sharedStyles} from './shared.styles.js';
import './document-list.js';
import './document-workspace.js';

/** Where the app is: the list of documents, or one document open in the editor. */
type Route = {readonly screen: 'list'} | {readonly screen: 'document'; readonly id: string};

function routeFromHash(hash: string): Route {
  const match = /^#\/documents\/([^/]+)$/.exec(hash);
  return match ? {screen: 'document', id: decodeURIComponent(match[1]!)} : {screen: 'list'};
}

/**
 * The Easy Read Studio app: the list of documents kept on this computer and the editor
 * for one of them. The address says which (`#/documents/<id>`), so a reload or a
 * restored tab comes back to the same document. Every change is saved as the user types.
 *
 * @summary The whole app.
 */
@customElement('er-app')
export class App extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        font-family: Arial, Helvetica, sans-serif;
        font-size: 1.125rem;
        line-height: 1.5;
        color: #212b32;
      }
      .app__header {
        background: #005eb8;
        color: #fff;
        padding: 0.75rem 1.25rem;
      }
      .app__name {
        margin: 0;
        font-size: 1.5rem;
      }
      .app__name a {
        color: #fff;
        text-decoration: none;
      }
      .app__main {
        padding: 1.25rem;
        max-width: 90rem;
        margin: 0 auto;
      }
      .app__main:focus {
        outline: none;
      }
      .app__message {
        padding: 0.75rem 1rem;
        border-left: 6px solid #d5281b;
        background: #fff;
        font-weight: 600;
      }
      .app__progress {
        padding: 0.75rem 1rem;
        border-left: 6px solid #005eb8;
        background: #fff;
      }
    `,
  ];

  private store?: DocumentStore;
  private autosaver?: Autosaver;
  private readonly handleHashChange = () => void this.showRoute(routeFromHash(location.hash));
  private readonly handlePageHide = () => void this.autosaver?.flush();

  @query('er-document-workspace') private workspace?: DocumentWorkspace;

  @state() private route: Route = {screen: 'list'};
  @state() private documents: readonly DocumentSummary[] = [];
  @state() private openFile?: DocumentFile;
  @state() private saveStatus: SaveStatus = 'idle';
  @state() private listStatus = '';
  @state() private deleted?: DocumentRecord;
  @state() private message = '';
  @state() private progress = '';

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.handleHashChange);
    window.addEventListener('pagehide', this.handlePageHide);
    void this.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.handleHashChange);
    window.removeEventListener('pagehide', this.handlePageHide);
    void this.autosaver?.flush();
    this.store?.close();
    this.store = undefined;
  }

  private async start(): Promise<void> {
    try {
      this.store = await openDocumentStore();
    } catch {
      this.message = 'This browser cannot keep documents. Try another browser, or leave private browsing.';
      return;
    }
    await this.showRoute(routeFromHash(location.hash));
  }

  private async showRoute(route: Route): Promise<void> {
    const store = this.store;
    if (!store) return;
    await this.autosaver?.flush();
    this.autosaver = undefined;
    this.message = '';
    if (route.screen === 'list') {
      this.openFile = undefined;
      this.route = route;
      this.documents = await store.list();
      return;
    }
    const record = await store.get(route.id);
    if (!record) {
      this.route = {screen: 'list'};
      this.documents = await store.list();
      this.message = 'We could not find that document on this computer.';
      return;
    }
    this.autosaver = new Autosaver((file) => store.put(route.id, file), {
      onStatus: (status) => (this.saveStatus = status),
    });
    this.saveStatus = 'saved';
    this.openFile = record.file;
    this.route = route;
    await this.updateComplete;
    this.workspace?.focus();
  }

  private open(id: string): void {
    location.hash = `#/documents/${encodeURIComponent(id)}`;
  }

  private handleEditorChange(event: EditorChangeEvent): void {
    if (event.docChanged) this.autosaver?.schedule(event.value);
  }

  private async handleListAction(event: DocumentListActionEvent): Promise<void> {
    const store = this.store;
    if (!store) return;
    this.message = '';
    switch (event.action) {
      case 'create':
        this.open(await store.create(toDocumentFile(emptyDocument())));
        return;
      case 'rename':
        await store.rename(event.id!, event.title!);
        this.listStatus = `Renamed to “${event.title}”.`;
        this.deleted = undefined;
        break;
      case 'delete': {
        this.deleted = await store.get(event.id!);
        await store.remove(event.id!);
        this.listStatus = `“${event.title}” deleted.`;
        break;
      }
      case 'undo-delete':
        if (this.deleted) {
          await store.restore(this.deleted);
          this.listStatus = `“${this.deleted.title || 'Untitled document'}” is back.`;
          this.deleted = undefined;
        }
        break;
      case 'export': {
        const record = await store.get(event.id!);
        if (record) downloadFile(record.file);
        return;
      }
      case 'import':
        await this.importFile(event.file!);
        return;
    }
    this.documents = await store.list();
  }

  private async importFile(file: File): Promise<void> {
    const store = this.store!;
    try {
      let docFile: DocumentFile;
      if (/\.docx$/i.test(file.name)) {
        const {importDocx} = await import('../editor/import-docx.js');
        const doc = await importDocx(file, ({stage}) => (this.progress = stage));
        docFile = toDocumentFile(doc);
      } else {
        docFile = toDocumentFile(parseDocumentFile(await file.text()));
      }
      this.progress = '';
      this.open(await store.create(docFile));
    } catch (error) {
      this.progress = '';
      this.message =
        error instanceof DocumentFileError || (error instanceof Error && error.name === 'ImportError')
          ? error.message
          : 'We could not open that file. Choose a Word (.docx) or Easy Read Studio (.json) file.';
    }
  }

  override render() {
    return html`<header class="app__header">
        <p class="app__name"><a href="#/">Easy Read Studio</a></p>
      </header>
      <main class="app__main" id="main" tabindex="-1">
        ${this.message ? html`<p class="app__message" role="alert">${this.message}</p>` : nothing}
        ${this.progress ? html`<p class="app__progress" role="status">${this.progress}</p>` : nothing}
        ${this.route.screen === 'document'
          ? html`<er-document-workspace
              .file=${this.openFile}
              .saveStatus=${this.saveStatus}
              @er-change=${this.handleEditorChange}
            ></er-document-workspace>`
          : html`<h1 class="visually-hidden">Easy Read Studio</h1>
              <er-document-list
                .documents=${this.documents}
                .status=${this.listStatus}
                ?can-undo=${Boolean(this.deleted)}
                @document-list-action=${this.handleListAction}
              ></er-document-list>`}
      </main>`;
  }
}

/** Offers the document as a `.json` file download. */
function downloadFile(file: DocumentFile): void {
  const blob = new Blob([JSON.stringify(file, null, 2)], {type: 'application/json'});
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `${(file.meta.title || 'document').replace(/[^\w -]+/g, '').trim() || 'document'}.easyread.json`;
  link.click();
  URL.revokeObjectURL(link.href);
}

declare global {
  interface HTMLElementTagNameMap {
    'er-app': App;
  }
}
