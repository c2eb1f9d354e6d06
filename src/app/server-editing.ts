import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {Node as PMNode} from 'prosemirror-model';
import {toDocumentFile, type DocumentFile} from '../document/document-file.js';
import {ApiError, type ApiClient, type DocumentDetail, type Me} from './api-client.js';
import {Autosaver} from './autosave.js';
import type {SavedVersion} from './conflict-dialog.js';
import type {ConflictChoice} from './conflict-resolve-event.js';
import {retitled} from './document-files.js';
import type {SaveStatus} from './document-workspace.js';
import {memoryQueue, openOfflineQueue, type OfflineQueue} from './offline-queue.js';
import {ReplayScheduler} from './replay-scheduler.js';
import {ServerSaver, type DraftConflict, type DraftState} from './server-saver.js';
import type {WaitingKind} from './team-document-list.js';

/** Options for {@link ServerEditing}. */
export interface ServerEditingOptions {
  readonly api: ApiClient;
  /** Shows a plain error (an alert). `''` clears it. */
  readonly onMessage: (message: string) => void;
  /** Announces what just happened (a status line). */
  readonly onNotice: (notice: string) => void;
  /** The session ended: ask to sign in again. */
  readonly onSignInNeeded: () => void;
  /** Keeps a document on this computer (a save the server refused, or a copy made offline); returns its local id. */
  readonly keepLocally: (file: DocumentFile) => Promise<string>;
  /** The document as the editor holds it now (newer than the last change heard, when typing). */
  readonly currentValue: () => DocumentFile | undefined;
  /** Opens the conflict dialog once `conflict` is rendered. */
  readonly showConflict: () => void;
  /** A change queued earlier for a document that is not open reached the server. */
  readonly onBackgroundSave?: () => void;
  /** Opens the offline queue (tests give their own). Defaults to IndexedDB, or memory when that fails. */
  readonly openQueue?: () => Promise<OfflineQueue>;
}

/** A save conflict the author must settle: their version and the one stored. */
export interface OpenConflict {
  readonly mine: DocumentFile;
  readonly theirs: SavedVersion;
}

/**
 * Editing the team's documents on the server: while someone is signed in it runs the
 * `ServerSaver`, its offline queue and the `ReplayScheduler` (which sends the queue at
 * start, on `online` and on a timer). It opens a document (with changes still waiting
 * on this computer, if any), drives saving through an `Autosaver`, keeps the status
 * line ("Saved", "Saving…", "Offline — kept on this computer"), and settles conflicts
 * the way the author chooses.
 */
export class ServerEditing implements ReactiveController {
  /** The open document as the server sent it. */
  detail?: DocumentDetail;
  /** The file the editor should show; replaced when the author takes their version. */
  file?: DocumentFile;
  /** Whether the open document can only be read. */
  readonly = false;
  status: SaveStatus = 'idle';
  /** Set while a conflict waits for the author's choice. */
  conflict?: OpenConflict;
  private readonly host: ReactiveControllerHost;
  private readonly options: ServerEditingOptions;
  private readonly api: ApiClient;
  private queue?: OfflineQueue;
  private saver?: ServerSaver;
  private scheduler?: ReplayScheduler;
  private autosaver?: Autosaver<PMNode>;
  private openId?: string;
  private userId = '';
  private ready: Promise<void> = Promise.resolve();

  constructor(host: ReactiveControllerHost, options: ServerEditingOptions) {
    (this.host = host).addController(this);
    this.options = options;
    this.api = options.api;
  }

  hostDisconnected(): void {
    void this.end();
  }

  /** Starts saving for `me`: opens the queue and sends what it holds. Opening a document waits for this. */
  begin(me: Me): Promise<void> {
    this.ready = this.start(me);
    return this.ready;
  }

  /** Stops saving (signed out): waiting changes are queued first, and stay queued. */
  async end(): Promise<void> {
    await this.ready;
    await this.stop();
  }

  /** Which documents have changes waiting on this computer, and which of those wait for a choice. */
  async waiting(): Promise<Map<string, WaitingKind>> {
    await this.ready;
    const saver = this.saver;
    if (!saver || !this.queue) return new Map();
    const conflicted = saver.conflicted;
    const entries = await this.queue.list(this.userId);
    return new Map(entries.map((entry) => [entry.documentId, conflicted.has(entry.documentId) ? 'conflict' : 'queued']));
  }

  /** Opens a document; resolves to false (with a message shown) when it cannot. */
  async open(id: string): Promise<boolean> {
    await this.ready; // a link followed just after signing in waits until saving has started
    await this.close();
    return this.openDocument(id);
  }

  /** The open document changed to `doc`. */
  change(doc: PMNode): void {
    if (!this.readonly) this.autosaver?.schedule(doc);
  }

  /** The page is going away: keep the waiting change on this computer first, then try to send it. */
  pageHide(): void {
    const id = this.openId;
    const value = this.options.currentValue();
    if (id && value && this.autosaver?.status === 'saving') void this.saver?.keep(id, value);
    void this.autosaver?.flush();
  }

  /** Saves and closes the open document. */
  async close(): Promise<void> {
    const autosaver = this.autosaver;
    const id = this.openId;
    this.autosaver = undefined;
    this.openId = undefined;
    this.conflict = undefined;
    this.file = undefined;
    this.detail = undefined;
    this.status = 'idle';
    if (autosaver) {
      await autosaver.flush();
      autosaver.dispose();
    }
    if (id) this.saver?.untrack(id);
  }

  /** Settles the open conflict the way the author chose. */
  async resolve(choice: ConflictChoice): Promise<void> {
    const id = this.openId;
    const conflict = this.conflict;
    const saver = this.saver;
    if (!id || !conflict || !saver) return;
    this.conflict = undefined;
    await this.autosaver?.flush(); // a change typed just before the dialog opened is queued, not lost
    const mine = this.options.currentValue() ?? conflict.mine;
    if (choice === 'mine') {
      await saver.keepMine(id, mine);
      if (saver.stateOf(id) === 'saved') this.options.onNotice('Your version is saved.');
    } else {
      await saver.takeTheirs(id);
      this.file = conflict.theirs.content;
      this.options.onNotice(`The version saved by ${conflict.theirs.savedBy} is in the editor now.`);
      if (choice === 'copy') await this.saveCopy(mine);
    }
    this.host.requestUpdate();
  }

  private async start(me: Me): Promise<void> {
    await this.stop();
    const queue = await (this.options.openQueue ?? openOfflineQueue)().catch(() => memoryQueue());
    this.queue = queue;
    this.userId = me.user.id;
    this.saver = new ServerSaver({
      api: this.api,
      queue,
      userId: me.user.id,
      onState: (id, state, message) => this.handleState(id, state, message),
      onConflict: (conflict) => this.handleConflict(conflict),
      onRefused: (id, content, error) => void this.handleRefused(content, error),
      onSignInNeeded: () => this.options.onSignInNeeded(),
      onQueued: () => this.scheduler?.poke(),
    });
    const saver = this.saver;
    this.scheduler = new ReplayScheduler(() => saver.replay());
    void this.scheduler.start();
  }

  private async stop(): Promise<void> {
    await this.close();
    this.scheduler?.stop();
    await this.saver?.idle();
    this.queue?.close();
    this.scheduler = undefined;
    this.saver = undefined;
    this.queue = undefined;
  }

  private async openDocument(id: string): Promise<boolean> {
    const saver = this.saver;
    const queue = this.queue;
    if (!saver || !queue) return false;
    const pending = await queue.get(id);
    const mine = pending?.userId === this.userId ? pending : undefined;
    let detail: DocumentDetail | undefined;
    try {
      detail = await this.api.getDocument(id);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      // Offline, a document with changes waiting here opens from them; anything else cannot open.
      if (error.status !== 0 || !mine) {
        if (error.signInNeeded) this.options.onSignInNeeded();
        else if (error.status === 0) this.options.onMessage('You are offline, and this document is not kept on this computer. Try again when you are back online.');
        else this.options.onMessage(error.message);
        return false;
      }
    }
    this.detail = detail;
    this.readonly = detail ? !detail.access.edit : false;
    // Changes still waiting on this computer are newer than the server's draft; they are
    // sent at their own base revision, so if someone saved since, the author chooses.
    saver.track(id, mine ? mine.baseRevision : detail!.revision);
    this.openId = id;
    this.file = mine ? mine.content : detail!.content;
    this.autosaver = new Autosaver((doc: PMNode) => saver.save(id, toDocumentFile(doc)), {onStatus: () => this.showStatus()});
    this.status = mine ? (detail ? 'saving' : 'offline') : 'saved';
    this.host.requestUpdate();
    if (mine) void saver.replay(id);
    return true;
  }

  private async saveCopy(mine: DocumentFile): Promise<void> {
    const title = `${mine.meta.title || 'Untitled document'} (your copy)`;
    const copy = retitled(mine, title);
    try {
      await this.api.createDocument({content: copy});
      this.options.onNotice(`Their version is in the editor now. Your version is saved as a new document, “${title}”.`);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      await this.options.keepLocally(copy);
      this.options.onNotice(
        `Their version is in the editor now. Your version is kept on this computer as “${title}”. Upload it to the team from the list.`
      );
    }
  }

  private handleState(id: string, state: DraftState, message?: string): void {
    if (id !== this.openId) {
      if (state === 'saved') this.options.onBackgroundSave?.();
      return;
    }
    this.showStatus();
    if (state === 'error' && message) this.options.onMessage(`Not saved to the team yet: ${message}`);
  }

  private showStatus(): void {
    const id = this.openId;
    if (!id || !this.saver || !this.autosaver) return;
    const state = this.saver.stateOf(id);
    const typing = this.autosaver.status === 'saving';
    const statuses: Record<DraftState, SaveStatus> = {
      saved: typing ? 'saving' : 'saved',
      offline: 'offline',
      error: 'error',
      conflict: 'conflict',
      'signed-out': 'error',
    };
    this.status = this.autosaver.status === 'error' ? 'error' : statuses[state];
    this.host.requestUpdate();
  }

  private handleConflict(conflict: DraftConflict): void {
    if (conflict.documentId !== this.openId) return; // the list shows it; opening it asks again
    this.conflict = {
      mine: this.options.currentValue() ?? conflict.mine,
      theirs: {content: conflict.current.content, savedBy: conflict.current.savedBy.name, savedAt: conflict.current.savedAt},
    };
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.options.showConflict());
  }

  private async handleRefused(content: DocumentFile, error: ApiError): Promise<void> {
    const title = content.meta.title || 'Untitled document';
    try {
      await this.options.keepLocally(content);
      this.options.onMessage(`We could not save “${title}” to the team. ${error.message} A copy is kept on this computer, under “On this computer”.`);
    } catch {
      this.options.onMessage(`We could not save “${title}” to the team. ${error.message}`);
    }
  }
}
