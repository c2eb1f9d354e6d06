import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {Node as PMNode} from 'prosemirror-model';
import {emptyDocument, toDocumentFile, type DocumentFile} from '../document/document-file.js';
import {Autosaver} from './autosave.js';
import {downloadDocumentFile, readDocumentFile} from './document-files.js';
import type {DocumentListActionEvent} from './document-list-action-event.js';
import type {DocumentSummary} from './document-list.js';
import {openDocumentStore, type DocumentRecord, type DocumentStore} from './document-store.js';
import type {SaveStatus} from './document-workspace.js';

/** Options for {@link LocalDocuments}. */
export interface LocalDocumentsOptions {
  /** Shows a plain error (an alert). `''` clears it. */
  readonly onMessage: (message: string) => void;
  /** Shows progress while a file is read (`''` when done). */
  readonly onProgress?: (stage: string) => void;
  /** Opens a document kept on this computer (changes the address). */
  readonly onOpen: (id: string) => void;
  /** The browser storage key for the ids already uploaded (default `easy-read-studio-uploaded`). */
  readonly uploadedKey?: string;
}

/**
 * The documents kept on this computer (IndexedDB): the list and its actions (new,
 * open a file, rename, delete with undo, save a copy), editing one with autosave, and
 * which have been uploaded to the team. Used alone when there is no server, and for
 * the "On this computer" part when there is.
 */
export class LocalDocuments implements ReactiveController {
  /** The documents, newest first. */
  documents: readonly DocumentSummary[] = [];
  /** A short message about the last action, for the list's status line. */
  status = '';
  /** The last deleted document, while it can be brought back. */
  deleted?: DocumentRecord;
  /** Ids uploaded to the team. */
  uploaded: ReadonlySet<string> = new Set();
  /** The open document's file, or `undefined`. */
  file?: DocumentFile;
  saveStatus: SaveStatus = 'idle';
  private readonly host: ReactiveControllerHost;
  private readonly options: LocalDocumentsOptions;
  private readonly uploadedKey: string;
  private store?: DocumentStore;
  private opening?: Promise<DocumentStore | undefined>;
  private autosaver?: Autosaver<PMNode>;

  constructor(host: ReactiveControllerHost, options: LocalDocumentsOptions) {
    (this.host = host).addController(this);
    this.options = options;
    this.uploadedKey = options.uploadedKey ?? 'easy-read-studio-uploaded';
  }

  hostConnected(): void {
    this.uploaded = new Set(readIds(this.uploadedKey));
  }

  hostDisconnected(): void {
    void this.close().then(() => {
      this.store?.close();
      this.store = undefined;
      this.opening = undefined;
    });
  }

  /** Opens the store once and reads the list. Resolves to false (with a message shown) when the browser keeps no data. */
  async refresh(): Promise<boolean> {
    const store = await this.open();
    if (!store) return false;
    this.documents = await store.list();
    this.host.requestUpdate();
    return true;
  }

  /** Does what the list asked (not `upload`, which needs the server). */
  async act(event: DocumentListActionEvent): Promise<void> {
    const store = await this.open();
    if (!store) return;
    this.options.onMessage('');
    try {
      switch (event.action) {
        case 'create':
          this.options.onOpen(await store.create(toDocumentFile(emptyDocument())));
          return;
        case 'import':
          this.options.onOpen(await store.create(await this.read(event.file!)));
          return;
        case 'export': {
          const record = await store.get(event.id!);
          if (record) downloadDocumentFile(record.file);
          return;
        }
        case 'rename':
          await store.rename(event.id!, event.title!);
          this.status = `Renamed to “${event.title}”.`;
          this.deleted = undefined;
          break;
        case 'delete':
          this.deleted = await store.remove(event.id!);
          this.status = `“${event.title}” deleted.`;
          break;
        case 'undo-delete':
          if (this.deleted) {
            await store.restore(this.deleted);
            this.status = `“${this.deleted.title || 'Untitled document'}” is back.`;
            this.deleted = undefined;
          }
          break;
        default:
          return;
      }
    } catch (error) {
      this.options.onMessage(error instanceof Error ? error.message : String(error));
    }
    await this.refresh();
  }

  /** A stored document, or `undefined`. */
  async get(id: string): Promise<DocumentRecord | undefined> {
    return (await this.open())?.get(id);
  }

  /** Keeps `file` as a new document on this computer and returns its id. */
  async keep(file: DocumentFile): Promise<string> {
    const store = await this.open();
    if (!store) throw new Error('This browser cannot keep documents.');
    const id = await store.create(file);
    await this.refresh();
    return id;
  }

  /** Notes that a document was uploaded to the team (it says so in the list). */
  markUploaded(id: string): void {
    this.uploaded = new Set([...this.uploaded, id]);
    writeIds(this.uploadedKey, [...this.uploaded]);
    this.host.requestUpdate();
  }

  /** Opens a document for editing. Resolves to false (with a message shown) when there is no such document. */
  async openDocument(id: string): Promise<boolean> {
    await this.close();
    const store = await this.open();
    const record = await store?.get(id);
    if (!store || !record) {
      if (store) this.options.onMessage('We could not find that document on this computer.');
      return false;
    }
    this.autosaver = new Autosaver((doc: PMNode) => store.put(id, toDocumentFile(doc)), {
      onStatus: (status) => {
        this.saveStatus = status;
        this.host.requestUpdate();
      },
    });
    this.saveStatus = 'saved';
    this.file = record.file;
    this.host.requestUpdate();
    return true;
  }

  /** The open document changed to `doc`. */
  change(doc: PMNode): void {
    this.autosaver?.schedule(doc);
  }

  /** Saves any waiting change of the open document now. */
  flush(): Promise<boolean> {
    return this.autosaver?.flush() ?? Promise.resolve(true);
  }

  /** Saves and closes the open document. */
  async close(): Promise<void> {
    const autosaver = this.autosaver;
    this.autosaver = undefined;
    this.file = undefined;
    if (autosaver) {
      await autosaver.flush();
      autosaver.dispose();
    }
  }

  private open(): Promise<DocumentStore | undefined> {
    this.opening ??= openDocumentStore().then(
      (store) => (this.store = store),
      () => {
        this.options.onMessage('This browser cannot keep documents. Try another browser, or leave private browsing.');
        return undefined;
      }
    );
    return this.opening;
  }

  private async read(file: File): Promise<DocumentFile> {
    try {
      return await readDocumentFile(file, (stage) => this.options.onProgress?.(stage));
    } finally {
      this.options.onProgress?.('');
    }
  }
}

function readIds(key: string): string[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
    return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

function writeIds(key: string, ids: readonly string[]): void {
  try {
    localStorage.setItem(key, JSON.stringify(ids));
  } catch {
    // Storage full or blocked: the note is a convenience; the documents themselves are safe.
  }
}
