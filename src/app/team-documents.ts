import type {ReactiveControllerHost} from 'lit';
import {emptyDocument, toDocumentFile, type DocumentFile} from '../document/document-file.js';
import {ApiError, type ApiClient, type BinEntry, type DocumentStatus, type DocumentSummary} from './api-client.js';
import {readDocumentFile} from './document-files.js';
import type {WaitingKind} from './team-document-list.js';

/** Options for {@link TeamDocuments}. */
export interface TeamDocumentsOptions {
  readonly api: ApiClient;
  /** Shows a plain error (an alert). `''` clears it. */
  readonly onMessage: (message: string) => void;
  /** Shows progress while a file is read (`''` when done). */
  readonly onProgress?: (stage: string) => void;
  /** Opens a team document (changes the address). */
  readonly onOpen: (id: string) => void;
  /** Keeps a new document on this computer when the server cannot be reached, and opens it there. */
  readonly keepLocally: (file: DocumentFile) => Promise<void>;
  /** Which documents have changes waiting on this computer. */
  readonly waiting: () => Promise<Map<string, WaitingKind>>;
  /** The session ended. */
  readonly onSignInNeeded: () => void;
}

/**
 * The team's documents on the server: the list with its search and filter, starting a
 * document (empty, from a file, or uploaded from this computer). It has no lifecycle of
 * its own; it asks `host` to render when its data changes.
 */
export class TeamDocuments {
  documents: readonly DocumentSummary[] = [];
  q = '';
  filter: DocumentStatus | '' = '';
  loading = false;
  /** What was just done, for the list's status line. */
  message = '';
  waiting: ReadonlyMap<string, WaitingKind> = new Map();
  /** Deleted documents that can be restored, while the bin is shown. */
  bin: readonly BinEntry[] = [];
  /** While set, the list shows the bin instead of the documents. */
  showingBin = false;
  private readonly host: ReactiveControllerHost;
  private readonly options: TeamDocumentsOptions;
  private request = 0;

  constructor(host: ReactiveControllerHost, options: TeamDocumentsOptions) {
    this.host = host;
    this.options = options;
  }

  /** Fetches the list for the current search. A newer search wins over an older answer. */
  async load(): Promise<void> {
    const request = ++this.request;
    this.loading = true;
    this.host.requestUpdate();
    try {
      const [documents, waiting] = await Promise.all([
        this.options.api.listDocuments({q: this.q, ...(this.filter ? {status: this.filter} : {})}),
        this.options.waiting(),
      ]);
      if (request !== this.request) return;
      this.documents = documents;
      this.waiting = waiting;
    } catch (error) {
      if (request === this.request) this.fail(error, 'We could not list the team’s documents.');
    } finally {
      if (request === this.request) {
        this.loading = false;
        this.host.requestUpdate();
      }
    }
  }

  /** Searches by title words and status. */
  search(q: string, status: DocumentStatus | undefined): Promise<void> {
    this.q = q;
    this.filter = status ?? '';
    this.message = '';
    return this.load();
  }

  /** Starts an empty document, or one from a chosen file, and opens it. */
  async create(file?: File): Promise<void> {
    this.options.onMessage('');
    let content: DocumentFile | undefined;
    if (file) {
      try {
        content = await readDocumentFile(file, (stage) => this.options.onProgress?.(stage));
      } catch (error) {
        this.options.onMessage((error as Error).message);
        return;
      } finally {
        this.options.onProgress?.('');
      }
    }
    try {
      const doc = await this.options.api.createDocument(content ? {content} : {});
      this.options.onOpen(doc.id);
    } catch (error) {
      if (error instanceof ApiError && error.status === 0) {
        // Offline: nothing is lost; the document starts on this computer and can be uploaded later.
        await this.options.keepLocally(content ?? toDocumentFile(emptyDocument()));
        return;
      }
      this.fail(error, 'We could not start the document.');
    }
  }

  /** Uploads a document kept on this computer; resolves to the new team document's id, or undefined if it failed. */
  async upload(file: DocumentFile): Promise<string | undefined> {
    this.options.onMessage('');
    const title = file.meta.title || 'Untitled document';
    try {
      const doc = await this.options.api.createDocument({content: file});
      this.message = `“${title}” is uploaded to the team. The copy on this computer stays until you delete it.`;
      await this.load();
      return doc.id;
    } catch (error) {
      this.fail(error, `We could not upload “${title}”.`);
      return undefined;
    }
  }

  /** Moves a document to the bin and lists the documents again. */
  async remove(id: string, title: string): Promise<void> {
    this.options.onMessage('');
    const name = title || 'Untitled document';
    try {
      await this.options.api.deleteDocument(id);
      this.message = `“${name}” is in the bin. You can restore it from the bin for 30 days.`;
      await this.load();
    } catch (error) {
      this.fail(error, `We could not delete “${name}”.`);
    }
  }

  /** Shows the bin (`true`) or the documents again (`false`). */
  async openBin(open: boolean): Promise<void> {
    this.options.onMessage('');
    this.message = '';
    this.showingBin = open;
    this.host.requestUpdate();
    if (open) await this.loadBin();
    else await this.load();
  }

  /** Takes a document out of the bin; the bin stays shown. */
  async restore(id: string, title: string): Promise<void> {
    this.options.onMessage('');
    const name = title || 'Untitled document';
    try {
      await this.options.api.restoreDocument(id);
      this.message = `“${name}” is restored. It is back in your team’s documents.`;
      await this.loadBin();
    } catch (error) {
      this.fail(error, `We could not restore “${name}”.`);
    }
  }

  private async loadBin(): Promise<void> {
    this.loading = true;
    this.host.requestUpdate();
    try {
      this.bin = await this.options.api.listBin();
    } catch (error) {
      this.fail(error, 'We could not show the bin.');
    } finally {
      this.loading = false;
      this.host.requestUpdate();
    }
  }

  private fail(error: unknown, what: string): void {
    if (!(error instanceof ApiError)) throw error;
    if (error.signInNeeded) return this.options.onSignInNeeded();
    this.options.onMessage(
      error.status === 0 ? `${what} You are offline. Try again when you are back online.` : `${what} ${error.message}`
    );
  }
}
