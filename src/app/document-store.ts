import {openDB, type DBSchema, type IDBPDatabase} from 'idb';
import {DocumentFileError, documentFormat, parseDocumentFile, toDocumentFile, type DocumentFile} from '../document/document-file.js';
import {schema} from '../document/schema.js';

/** One document in the list: enough to show and sort it without reading the whole file. */
export interface DocumentSummary {
  readonly id: string;
  readonly title: string;
  /** ISO date-time of the last change, e.g. `2026-11-22T09:30:00.000Z`. */
  readonly updatedAt: string;
}

/** A stored document: its summary and the document file itself. */
export interface DocumentRecord extends DocumentSummary {
  readonly file: DocumentFile;
}

/** Thrown by the document store. `message` is plain and safe to show. */
export class DocumentStoreError extends Error {
  override readonly name = 'DocumentStoreError';
}

/**
 * The documents kept on this computer, in the browser's IndexedDB. Every method that
 * fails throws `DocumentStoreError` with a plain message (the browser's error is its
 * `cause`), except `rename`, which may also throw the `DocumentFileError` of a stored
 * file that is broken.
 */
export interface DocumentStore {
  /** Every document, the most recently changed first. */
  list(): Promise<DocumentSummary[]>;
  /** The document with this id, or `undefined` if there is none. */
  get(id: string): Promise<DocumentRecord | undefined>;
  /**
   * Saves `file` as the document `id` (adding it if it is new). The title is taken from
   * `file.meta.title` and `updatedAt` is now, later than any time this store gave before.
   */
  put(id: string, file: DocumentFile): Promise<DocumentRecord>;
  /** Adds `file` as a new document and returns its new id (a random UUID). */
  create(file: DocumentFile): Promise<string>;
  /** Renames a document: its summary, `meta.title` and the title at the top of the document. */
  rename(id: string, title: string): Promise<DocumentRecord>;
  /** Deletes a document and returns what was deleted (for `restore`), or `undefined` if there was none. */
  remove(id: string): Promise<DocumentRecord | undefined>;
  /** Puts back a record exactly as it was, `updatedAt` included: the undo of `remove`. */
  restore(record: DocumentRecord): Promise<void>;
  /** Closes the database. The store cannot be used afterwards. */
  close(): void;
}

/** The name of the app's database. */
export const defaultDatabaseName = 'easy-read-studio';

const storeName = 'documents';

interface StudioDatabase extends DBSchema {
  documents: {key: string; value: DocumentRecord; indexes: {updatedAt: string}};
}

/**
 * Opens (and on first use creates) the document store. `name` is the database name;
 * tests pass their own. If another tab opens a newer version of the database, this
 * connection closes itself so that tab is not blocked; later calls then fail with a
 * message that asks for a reload.
 */
export async function openDocumentStore(name: string = defaultDatabaseName): Promise<DocumentStore> {
  try {
    const db = await openDB<StudioDatabase>(name, 1, {
      upgrade(database) {
        database.createObjectStore(storeName, {keyPath: 'id'}).createIndex('updatedAt', 'updatedAt');
      },
      blocking(_current, _blocked, event) {
        (event.target as IDBDatabase).close();
      },
    });
    return new IndexedDbDocumentStore(db);
  } catch (cause) {
    throw plainError(cause, 'We could not open the documents kept on this computer. Reload the page, then try again.');
  }
}

class IndexedDbDocumentStore implements DocumentStore {
  private readonly db: IDBPDatabase<StudioDatabase>;
  private lastTime = 0;

  constructor(db: IDBPDatabase<StudioDatabase>) {
    this.db = db;
  }

  list(): Promise<DocumentSummary[]> {
    return guard('We could not list your documents.', async () => {
      const records = await this.db.getAllFromIndex(storeName, 'updatedAt');
      return records.reverse().map(({id, title, updatedAt}) => ({id, title, updatedAt}));
    });
  }

  get(id: string): Promise<DocumentRecord | undefined> {
    return guard('We could not open this document.', () => this.db.get(storeName, id));
  }

  put(id: string, file: DocumentFile): Promise<DocumentRecord> {
    return guard('We could not save this document.', async () => {
      const record = this.record(id, file);
      await this.db.put(storeName, record);
      return record;
    });
  }

  async create(file: DocumentFile): Promise<string> {
    const id = crypto.randomUUID();
    await this.put(id, file);
    return id;
  }

  rename(id: string, title: string): Promise<DocumentRecord> {
    const name = title.replace(/\s+/g, ' ').trim();
    return guard('We could not rename this document.', async () => {
      if (name === '') throw new DocumentStoreError('Type a name for the document.');
      const tx = this.db.transaction(storeName, 'readwrite');
      const stored = await tx.store.get(id);
      if (!stored) throw new DocumentStoreError('We could not find this document. It may have been deleted.');
      const doc = parseDocumentFile(stored.file);
      const renamed = doc.copy(doc.content.replaceChild(0, schema.nodes['title']!.create(null, schema.text(name))));
      const record = this.record(id, toDocumentFile(renamed));
      await tx.store.put(record);
      await tx.done;
      return record;
    });
  }

  remove(id: string): Promise<DocumentRecord | undefined> {
    return guard('We could not delete this document.', async () => {
      const tx = this.db.transaction(storeName, 'readwrite');
      const record = await tx.store.get(id);
      if (record) await tx.store.delete(id);
      await tx.done;
      return record;
    });
  }

  restore(record: DocumentRecord): Promise<void> {
    return guard('We could not bring this document back.', async () => {
      const {id, title, updatedAt, file} = record;
      await this.db.put(storeName, {id, title, updatedAt, file: checkedFile(file)});
    });
  }

  close(): void {
    this.db.close();
  }

  private record(id: string, file: DocumentFile): DocumentRecord {
    if (typeof id !== 'string' || id === '') throw new RangeError(`A document id must be a non-empty string, not ${JSON.stringify(id)}`);
    const checked = checkedFile(file);
    // Strictly increasing, so two saves in the same millisecond still sort in order.
    this.lastTime = Math.max(Date.now(), this.lastTime + 1);
    return {id, title: checked.meta.title, updatedAt: new Date(this.lastTime).toISOString(), file: checked};
  }
}

/** A light check on the way in: the full check happens when a document is opened. */
function checkedFile(file: DocumentFile): DocumentFile {
  const valid =
    typeof file === 'object' &&
    file !== null &&
    file.format === documentFormat &&
    typeof file.meta?.title === 'string' &&
    typeof file.doc === 'object' &&
    file.doc !== null;
  if (!valid) throw new DocumentStoreError('This is not an Easy Read Studio document, so it was not saved.');
  return file;
}

async function guard<T>(message: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (cause) {
    throw plainError(cause, `${message} Try again.`);
  }
}

/** Our own plain errors pass through; the browser's are put into plain words. */
function plainError(cause: unknown, fallback: string): Error {
  if (cause instanceof DocumentStoreError || cause instanceof DocumentFileError || cause instanceof RangeError) return cause;
  const name = cause instanceof DOMException || cause instanceof Error ? cause.name : '';
  if (name === 'QuotaExceededError') {
    return new DocumentStoreError(
      'There is no room left on this computer to keep documents. Delete documents you no longer need, then try again.',
      {cause}
    );
  }
  if (name === 'VersionError' || name === 'InvalidStateError') {
    return new DocumentStoreError('Easy Read Studio was updated in another tab. Reload this page to carry on.', {cause});
  }
  return new DocumentStoreError(fallback, {cause});
}
