import {openDB, type DBSchema, type IDBPDatabase} from 'idb';
import type {DocumentFile} from '../document/document-file.js';

interface DraftsDatabase extends DBSchema {
  drafts: {key: string; value: DocumentFile};
}

/**
 * Drafts of standalone embedded editors, kept in this browser's IndexedDB (database
 * `easy-read-embed`), one per element `name`. The database opens on first use and is
 * shared by every element of the page.
 */
export class BrowserDrafts {
  private readonly databaseName: string;
  private db?: Promise<IDBPDatabase<DraftsDatabase>>;

  constructor(databaseName = 'easy-read-embed') {
    this.databaseName = databaseName;
  }

  /** The draft kept under `name`, or `undefined`. */
  async load(name: string): Promise<DocumentFile | undefined> {
    return (await this.open()).get('drafts', name);
  }

  /** Keeps `file` under `name`, replacing what was there. */
  async save(name: string, file: DocumentFile): Promise<void> {
    await (await this.open()).put('drafts', file, name);
  }

  private open(): Promise<IDBPDatabase<DraftsDatabase>> {
    this.db ??= openDB<DraftsDatabase>(this.databaseName, 1, {upgrade: (db) => void db.createObjectStore('drafts')});
    return this.db;
  }
}

/** The drafts every embedded editor on the page shares. */
export const browserDrafts = new BrowserDrafts();
