import {parseDocumentFile, toDocumentFile, type DocumentFile} from '../document/document-file.js';
import {ApiError, ConflictError, type CurrentDraft} from './api-client.js';
import type {OfflineQueue, PendingSave} from './offline-queue.js';

/**
 * Where one document's saving stands:
 * - `saved`: the server has the latest change;
 * - `offline`: the server could not be reached; the change is kept on this computer and sent later;
 * - `error`: the server failed (it may work later); the change is kept and sent later;
 * - `conflict`: someone else saved first; nothing more is sent until the author chooses;
 * - `signed-out`: the session ended; the change is kept and sent after signing in again.
 */
export type DraftState = 'saved' | 'offline' | 'error' | 'conflict' | 'signed-out';

/** A save refused because someone else saved first: the author's content and the stored draft. */
export interface DraftConflict {
  readonly documentId: string;
  readonly mine: DocumentFile;
  readonly current: CurrentDraft;
}

/** The part of `ApiClient` the saver uses (tests give their own). */
export interface DraftApi {
  saveDraft(id: string, revision: number, content: DocumentFile): Promise<{revision: number; savedAt: string}>;
}

/** Options for {@link ServerSaver}. Every callback is optional. */
export interface ServerSaverOptions {
  readonly api: DraftApi;
  readonly queue: OfflineQueue;
  /** The signed-in person; their queued saves are the only ones sent. */
  readonly userId: string;
  /** A document's state changed (`message` is the server's words for `error`). */
  readonly onState?: (documentId: string, state: DraftState, message?: string) => void;
  /** A save met 409. The content stays queued until `keepMine` or `takeTheirs`. */
  readonly onConflict?: (conflict: DraftConflict) => void;
  /** A save was refused for good (400, 403, 404). It is no longer queued: `content` is the caller's to keep. */
  readonly onRefused?: (documentId: string, content: DocumentFile, error: ApiError) => void;
  /** The session ended (401). Saves are kept; call `replay` after signing in. */
  readonly onSignInNeeded?: () => void;
  /** Something was queued to send later. */
  readonly onQueued?: () => void;
}

interface Tracked {
  /** The server revision the editor's content is based on. */
  revision: number;
  state: DraftState;
  /** Set while a conflict waits for the author's choice. */
  conflict?: CurrentDraft;
}

/**
 * Saves documents to the server, one write per document at a time, and keeps what
 * cannot be sent in the offline queue.
 *
 * - `track(id, revision)` when a document is opened; `save(id, content)` on each change
 *   (an `Autosaver` drives it). A save names the revision it started from; the answer's
 *   revision is the next base.
 * - A 409 is never overwritten: the content stays queued, the document stops saving and
 *   `onConflict` asks the author; `keepMine` saves theirs over, naming the current
 *   revision, and `takeTheirs` drops mine.
 * - A network failure or a server error queues the newest content with its base
 *   revision; `replay()` sends the queue (on `online`, on a timer and at start) through
 *   the same per-document line, and a replay that meets 409 is a conflict too.
 * - A 409 whose stored draft is exactly the content sent is taken as saved: the save
 *   arrived, but its answer did not (the tab closed, the network dropped).
 */
export class ServerSaver {
  private readonly api: DraftApi;
  private readonly queue: OfflineQueue;
  private readonly userId: string;
  private readonly options: ServerSaverOptions;
  private readonly tracked = new Map<string, Tracked>();
  /** Documents whose queued save met a conflict while not open: not replayed until opened. */
  private readonly waitingForChoice = new Set<string>();
  private readonly lines = new Map<string, Promise<void>>();

  constructor(options: ServerSaverOptions) {
    this.api = options.api;
    this.queue = options.queue;
    this.userId = options.userId;
    this.options = options;
  }

  /** Starts tracking an open document whose content is based on server `revision`. */
  track(documentId: string, revision: number): void {
    this.tracked.set(documentId, {revision, state: 'saved'});
    this.waitingForChoice.delete(documentId);
  }

  /** Stops tracking a document (it was closed). Queued saves stay queued. */
  untrack(documentId: string): void {
    this.tracked.delete(documentId);
  }

  /** The revision a tracked document's content is based on. */
  revisionOf(documentId: string): number | undefined {
    return this.tracked.get(documentId)?.revision;
  }

  /** A tracked document's state (`saved` for one not tracked). */
  stateOf(documentId: string): DraftState {
    return this.tracked.get(documentId)?.state ?? 'saved';
  }

  /** The ids of documents with a conflict waiting for the author's choice. */
  get conflicted(): ReadonlySet<string> {
    return new Set([...this.waitingForChoice, ...[...this.tracked].filter(([, t]) => t.conflict).map(([id]) => id)]);
  }

  /**
   * Saves a tracked document's content. Resolves once the server has it or it is queued
   * on this computer; rejects only if the queue itself fails. While a conflict waits,
   * the content is only queued.
   */
  save(documentId: string, content: DocumentFile): Promise<void> {
    return this.inLine(documentId, async () => {
      const doc = this.require(documentId);
      if (doc.conflict) {
        await this.queue.put({documentId, userId: this.userId, baseRevision: doc.revision, content});
        return;
      }
      const before = await this.queue.get(documentId);
      await this.send(documentId, doc.revision, content, before?.stamp ?? -1);
    });
  }

  /**
   * Queues a tracked document's content without sending it, at once (not in line):
   * for `pagehide`, when there may be no time for an answer. A save already on its way
   * rebases it when it succeeds.
   */
  async keep(documentId: string, content: DocumentFile): Promise<void> {
    const doc = this.require(documentId);
    await this.queue.put({documentId, userId: this.userId, baseRevision: doc.revision, content});
  }

  /**
   * Settles a conflict by saving `content` (the author's version) over the stored draft,
   * naming its revision. If someone saved yet again, that is a new conflict.
   */
  keepMine(documentId: string, content: DocumentFile): Promise<void> {
    return this.inLine(documentId, async () => {
      const doc = this.require(documentId);
      if (doc.conflict) doc.revision = doc.conflict.revision;
      doc.conflict = undefined;
      const before = await this.queue.get(documentId);
      await this.send(documentId, doc.revision, content, before?.stamp ?? -1);
    });
  }

  /** Settles a conflict by dropping the author's version: the stored draft becomes the base. */
  takeTheirs(documentId: string): Promise<void> {
    return this.inLine(documentId, async () => {
      const doc = this.require(documentId);
      if (doc.conflict) doc.revision = doc.conflict.revision;
      doc.conflict = undefined;
      await this.queue.remove(documentId);
      this.setState(documentId, 'saved');
    });
  }

  /**
   * Sends the signed-in person's queued saves, or only `documentId`'s: each in its
   * document's line, so never two writes for one document at once. Resolves to whether
   * something is still waiting that a later try might send (offline or server errors;
   * not conflicts, which wait for the author, nor a session that ended).
   */
  async replay(documentId?: string): Promise<boolean> {
    const entries = documentId
      ? [await this.queue.get(documentId)].filter((e): e is PendingSave => e?.userId === this.userId)
      : await this.queue.list(this.userId);
    const results = await Promise.all(
      entries
        .filter((entry) => documentId !== undefined || !this.waitingForChoice.has(entry.documentId))
        .map((entry) => this.inLine(entry.documentId, () => this.replayOne(entry.documentId)))
    );
    return results.some(Boolean);
  }

  /** Waits until every write in line has finished. */
  async idle(): Promise<void> {
    while (this.lines.size) await Promise.all(this.lines.values());
  }

  /** Replays one document's entry; resolves to whether it should be tried again later. */
  private async replayOne(documentId: string): Promise<boolean> {
    const entry = await this.queue.get(documentId); // read again: it may have changed while waiting in line
    if (!entry || entry.userId !== this.userId) return false;
    const doc = this.tracked.get(documentId);
    if (doc?.conflict) return false;
    // Always the entry's own base: naming a newer revision would overwrite what someone saved meanwhile.
    const state = await this.send(documentId, entry.baseRevision, entry.content, entry.stamp);
    return state === 'offline' || state === 'error';
  }

  /** Sends one save and handles every answer; resolves to the document's new state. */
  private async send(documentId: string, base: number, content: DocumentFile, sentStamp: number): Promise<DraftState> {
    const queueIt = () => this.queue.put({documentId, userId: this.userId, baseRevision: base, content});
    try {
      const {revision} = await this.api.saveDraft(documentId, base, content);
      await this.saved(documentId, base, revision, sentStamp);
      return 'saved';
    } catch (error) {
      if (error instanceof ConflictError) {
        if (sameDocument(error.current.content, content)) {
          await this.saved(documentId, base, error.current.revision, sentStamp);
          return 'saved';
        }
        await queueIt();
        const doc = this.tracked.get(documentId);
        if (doc) doc.conflict = error.current;
        else this.waitingForChoice.add(documentId);
        this.setState(documentId, 'conflict');
        this.options.onConflict?.({documentId, mine: content, current: error.current});
        return 'conflict';
      }
      if (!(error instanceof ApiError)) throw error;
      if (error.signInNeeded) {
        await queueIt();
        this.setState(documentId, 'signed-out');
        this.options.onSignInNeeded?.();
        return 'signed-out';
      }
      if (isTemporary(error)) {
        await queueIt();
        const state = error.status === 0 || error.status >= 502 ? 'offline' : 'error';
        this.setState(documentId, state, error.message);
        this.options.onQueued?.();
        return state;
      }
      await this.queue.remove(documentId);
      this.setState(documentId, 'error', error.message);
      this.options.onRefused?.(documentId, content, error);
      return 'error';
    }
  }

  private async saved(documentId: string, base: number, revision: number, sentStamp: number): Promise<void> {
    const doc = this.tracked.get(documentId);
    if (doc) doc.revision = revision;
    await this.queue.settle(documentId, sentStamp, base, revision);
    this.setState(documentId, 'saved');
  }

  private setState(documentId: string, state: DraftState, message?: string): void {
    const doc = this.tracked.get(documentId);
    if (doc) doc.state = state;
    this.options.onState?.(documentId, state, message);
  }

  private require(documentId: string): Tracked {
    const doc = this.tracked.get(documentId);
    if (!doc) throw new Error(`Document ${JSON.stringify(documentId)} is not tracked; call track() when it is opened.`);
    return doc;
  }

  /** Runs `task` after every earlier task for the same document: one write per document at a time. */
  private inLine<T>(documentId: string, task: () => Promise<T>): Promise<T> {
    const previous = this.lines.get(documentId) ?? Promise.resolve();
    const result = previous.then(task);
    const settled = result.then(
      () => undefined,
      () => undefined
    );
    this.lines.set(documentId, settled);
    void settled.then(() => {
      if (this.lines.get(documentId) === settled) this.lines.delete(documentId);
    });
    return result;
  }
}

/** Failures worth trying again: no answer, too many requests, or a server error. */
function isTemporary(error: ApiError): boolean {
  return error.status === 0 || error.status === 408 || error.status === 429 || error.status >= 500;
}

/** Whether two document files hold the same document (the server stores a canonical form). */
export function sameDocument(a: DocumentFile, b: DocumentFile): boolean {
  try {
    return stableJson(toDocumentFile(parseDocumentFile(a))) === stableJson(toDocumentFile(parseDocumentFile(b)));
  } catch {
    return false;
  }
}

/** JSON with object keys sorted, so stores that reorder keys (PostgreSQL's jsonb) still compare equal. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v
  );
}
