import {openDB, type DBSchema, type IDBPDatabase} from 'idb';
import type {DocumentFile} from '../document/document-file.js';

/**
 * A save that has not reached the server yet: the newest content of one document and
 * the server revision that content was based on. There is at most one per document;
 * a newer save replaces it (its base revision stays the one the edits started from).
 */
export interface PendingSave {
  readonly documentId: string;
  /** Who made the change. Only their session sends it. */
  readonly userId: string;
  /** The server revision the content was based on; the replay names it, so a stale one gets 409. */
  readonly baseRevision: number;
  readonly content: DocumentFile;
  /** Increases with every `put` in this browser, so a later entry can be told from the one a replay sent. */
  readonly stamp: number;
  /** ISO date-time it was queued. */
  readonly queuedAt: string;
}

/** What to queue: everything but the stamp and time, which the queue sets. */
export type PendingSaveInput = Omit<PendingSave, 'stamp' | 'queuedAt'>;

/**
 * The saves waiting for the server, kept on this computer so that a closed tab or a
 * restart loses nothing. Methods that fail reject with the browser's error.
 */
export interface OfflineQueue {
  /** Queues `entry`, replacing anything queued for the same document, and returns it as stored. */
  put(entry: PendingSaveInput): Promise<PendingSave>;
  /** The entry for a document, or `undefined`. */
  get(documentId: string): Promise<PendingSave | undefined>;
  /** Every entry of `userId`, oldest first. */
  list(userId: string): Promise<PendingSave[]>;
  /** Removes the entry for a document, whatever it is. */
  remove(documentId: string): Promise<void>;
  /**
   * Settles the queue after the server accepted a save based on `baseRevision` and
   * answered `revision`. An entry with a stamp up to `sentStamp` was part of what was
   * sent (or older) and is removed. A newer entry (queued while the save was on its
   * way) is kept and, if it was based on `baseRevision`, rebased on `revision`, since
   * it continues the content just saved. `sentStamp` -1 means nothing was queued when
   * the save started.
   */
  settle(documentId: string, sentStamp: number, baseRevision: number, revision: number): Promise<void>;
  /** Closes the database; the queue cannot be used afterwards. */
  close(): void;
}

/** The name of the queue's database (apart from the documents' database, so each can change alone). */
export const defaultQueueName = 'easy-read-studio-offline';

interface QueueDatabase extends DBSchema {
  saves: {key: string; value: PendingSave};
}

/** Stamps increase across queues in this page, so even two queues never reuse one. */
let lastStamp = 0;
function nextStamp(): number {
  lastStamp = Math.max(Date.now(), lastStamp + 1);
  return lastStamp;
}

function stamped(entry: PendingSaveInput): PendingSave {
  const stamp = nextStamp();
  return {...entry, stamp, queuedAt: new Date(stamp).toISOString()};
}

/**
 * Opens (and on first use creates) the offline queue in IndexedDB. `name` is the
 * database name; tests pass their own. Rejects when the browser keeps no data
 * (some private modes): use `memoryQueue()` then.
 */
export async function openOfflineQueue(name: string = defaultQueueName): Promise<OfflineQueue> {
  const db = await openDB<QueueDatabase>(name, 1, {
    upgrade(database) {
      database.createObjectStore('saves', {keyPath: 'documentId'});
    },
    blocking(_current, _blocked, event) {
      (event.target as IDBDatabase).close();
    },
  });
  return new IndexedDbQueue(db);
}

class IndexedDbQueue implements OfflineQueue {
  private readonly db: IDBPDatabase<QueueDatabase>;

  constructor(db: IDBPDatabase<QueueDatabase>) {
    this.db = db;
  }

  async put(entry: PendingSaveInput): Promise<PendingSave> {
    const stored = stamped(entry);
    await this.db.put('saves', stored);
    return stored;
  }

  get(documentId: string): Promise<PendingSave | undefined> {
    return this.db.get('saves', documentId);
  }

  async list(userId: string): Promise<PendingSave[]> {
    const all = await this.db.getAll('saves');
    return all.filter((entry) => entry.userId === userId).sort((a, b) => a.stamp - b.stamp);
  }

  remove(documentId: string): Promise<void> {
    return this.db.delete('saves', documentId);
  }

  async settle(documentId: string, sentStamp: number, baseRevision: number, revision: number): Promise<void> {
    // One transaction: another tab's put cannot slip in between the read and the write.
    const tx = this.db.transaction('saves', 'readwrite');
    const entry = await tx.store.get(documentId);
    if (entry && entry.stamp <= sentStamp) await tx.store.delete(documentId);
    else if (entry && entry.baseRevision === baseRevision) await tx.store.put({...entry, baseRevision: revision});
    await tx.done;
  }

  close(): void {
    this.db.close();
  }
}

/**
 * A queue kept in memory only, for browsers that keep no data: offline saves then
 * survive until the page is closed, not longer.
 */
export function memoryQueue(): OfflineQueue {
  const saves = new Map<string, PendingSave>();
  return {
    async put(entry) {
      const stored = stamped(entry);
      saves.set(entry.documentId, stored);
      return stored;
    },
    async get(documentId) {
      return saves.get(documentId);
    },
    async list(userId) {
      return [...saves.values()].filter((entry) => entry.userId === userId).sort((a, b) => a.stamp - b.stamp);
    },
    async remove(documentId) {
      saves.delete(documentId);
    },
    async settle(documentId, sentStamp, baseRevision, revision) {
      const entry = saves.get(documentId);
      if (entry && entry.stamp <= sentStamp) saves.delete(documentId);
      else if (entry && entry.baseRevision === baseRevision) saves.set(documentId, {...entry, baseRevision: revision});
    },
    close() {
      saves.clear();
    },
  };
}
