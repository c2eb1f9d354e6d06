import type {ReactiveController} from 'lit';
import {ApiError, type ApiClient, type DocumentDetail, type Me} from '../app/api-client.js';
import {memoryQueue, openOfflineQueue, type OfflineQueue} from '../app/offline-queue.js';
import {ServerSaver, type DraftState} from '../app/server-saver.js';
import type {Editor} from '../editor/editor.js';
import type {EditorChangeEvent} from '../editor/events.js';
import {EmbedErrorEvent, SavedEvent} from './events.js';
import './server-connection.js';
import type {ServerConnection} from './server-connection.js';
import {explainFailure, serverAddress, serverHost, teamDocuments, teamServerClient} from './team-server.js';

/** How long typing pauses before a change is sent, in ms (as standalone drafts). */
const saveDelay = 400;

/** The offline queue of connected editors: saves the team server has not got yet, and a copy kept through a conflict. */
export const embedQueueName = 'easy-read-embed-offline';

/** What a connected editor needs from outside; tests give their own. */
export interface ServerEmbeddingOptions {
  /** The `fetch` for the team server (default: the browser's). */
  readonly fetch?: typeof fetch;
  /** Opens the offline queue (default: IndexedDB `easy-read-embed-offline`, or memory when the browser keeps nothing). */
  readonly queue?: () => Promise<OfflineQueue>;
}

const conflictMessage =
  'Someone else saved this document since you opened it, so we did not save over their changes. Your copy is kept in this browser.';
const signInAgain = 'You have been signed out. Sign in again to go on saving.';

/**
 * What `<er-editor server="…">` does in the embed bundle: it saves to that team server.
 *
 * - On connect it asks the server who is signed in: the cookie of an existing session
 *   comes along when the browser sends it (see the README, "Embedding"). If no one is, a
 *   sign-in form shows inside the element; until someone is, the editor is read-only.
 * - The first change creates a team document; later ones save its draft naming the
 *   revision they started from, through the app's `ServerSaver`. With a `name`, the
 *   document is remembered in this browser and opened again on the next visit.
 * - A conflict (someone saved first) is said plainly and nothing is sent over it; the
 *   person's copy stays in this browser's offline queue (and in the editor), and is shown
 *   again on the next visit. A session that ends brings the form back; saves wait for it.
 * - Fires `er-saved` (`where: 'server'`, `documentId`) when the server has a change, and
 *   `er-error` (`message`) when saving cannot work or failed.
 */
export class ServerEmbedding implements ReactiveController {
  private readonly host: Editor;
  private readonly options: ServerEmbeddingOptions;
  private server = '';
  private api?: ApiClient;
  private panel?: ServerConnection;
  private saver?: ServerSaver;
  private documentId?: string;
  /** Creating the document and sending saves, one after another. */
  private line: Promise<void> = Promise.resolve();
  private saveTimer?: ReturnType<typeof setTimeout>;
  private pending = false;
  /** Whether the page had made the editor read-only before this did. */
  private wasReadonly = false;

  constructor(host: Editor, options: ServerEmbeddingOptions = {}) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    const server = serverAddress(this.host.getAttribute('server') ?? '');
    this.host.addEventListener('er-change', this.handleChange);
    if (!server || server === this.server) return;
    this.server = server;
    this.api = teamServerClient(server, this.options.fetch);
    void this.start();
  }

  hostDisconnected(): void {
    this.host.removeEventListener('er-change', this.handleChange);
    if (this.pending) this.save();
  }

  /** The key of this element's document in the browser's memory: its `name`. */
  private get name(): string {
    return this.host.getAttribute('name') ?? '';
  }

  private async start(): Promise<void> {
    this.wasReadonly = this.host.readonly;
    this.host.readonly = true;
    await this.host.updateComplete;
    // By tag, not `new`: the page may have another copy of the bundle, whose class holds the tag.
    const panel = document.createElement('er-server-connection');
    panel.server = serverHost(this.server);
    panel.signIn = (email, password) => this.signIn(email, password);
    this.panel = panel;
    this.host.renderRoot.prepend(panel);
    try {
      const me = await this.api!.me();
      if (me) await this.ready(me);
      else panel.phase = 'sign-in';
    } catch (error) {
      this.problem(await explainFailure(error, this.server, this.options.fetch));
    }
  }

  private async signIn(email: string, password: string): Promise<void> {
    const api = this.api!;
    await api.signIn(email, password);
    // Signed in, yet the next call may go without the cookie: a cross-site page over http, or a browser blocking such cookies.
    const me = await api.me();
    if (!me) throw new Error('You signed in, but this browser did not keep the sign-in for this page, so we cannot save. Ask whoever runs Easy Read Studio.');
    await this.ready(me);
    // The form is gone: the focus goes where the writing starts, not back to the page.
    this.host.focusStart();
  }

  /** Signed in as `me`: opens the remembered document (if any) and lets the person write. */
  private async ready(me: Me): Promise<void> {
    if (this.saver) {
      // Signed in again after the session ended: send what waited.
      this.signedIn(me);
      if (this.documentId) await this.saver.replay(this.documentId);
      return;
    }
    const queue = await (this.options.queue ?? openQueue)();
    this.saver = new ServerSaver({
      api: this.api!,
      queue,
      userId: me.user.id,
      onState: (id, state, message) => this.handleState(id, state, message),
      onConflict: () => this.report(conflictMessage),
      onSignInNeeded: () => this.needSignIn(),
      onRefused: (_id, _content, error) => this.report(error.message),
    });
    const remembered = teamDocuments.get(this.server, this.name);
    if (remembered) await this.open(remembered, queue, me);
    this.signedIn(me);
  }

  private signedIn(me: Me): void {
    this.host.readonly = this.wasReadonly;
    this.show('signed-in', `Signed in as ${me.user.name}. Your changes are saved to your team.`);
  }

  /** Opens team document `id`: the copy this browser still holds for it if there is one, else the server's draft. */
  private async open(id: string, queue: OfflineQueue, me: Me): Promise<void> {
    let detail: DocumentDetail;
    try {
      detail = await this.api!.getDocument(id);
    } catch (error) {
      // Gone, or no longer this person's: the next change starts a new document.
      if (error instanceof ApiError && (error.status === 403 || error.status === 404)) return teamDocuments.set(this.server, this.name, undefined);
      throw error;
    }
    const kept = await queue.get(id);
    const mine = kept?.userId === me.user.id ? kept : undefined;
    this.host.value = mine?.content ?? detail.content;
    this.documentId = id;
    this.saver!.track(id, mine?.baseRevision ?? detail.revision);
    if (mine) void this.saver!.replay(id);
  }

  // An arrow field, so removeEventListener gets the same function.
  private readonly handleChange = (event: EditorChangeEvent): void => {
    if (event.target !== this.host || !event.docChanged || !this.saver) return;
    this.pending = true;
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.save(), saveDelay);
  };

  private save(): void {
    this.pending = false;
    clearTimeout(this.saveTimer);
    const saver = this.saver;
    if (!saver) return;
    const content = this.host.value;
    this.line = this.line.then(async () => {
      try {
        if (this.documentId) return await saver.save(this.documentId, content);
        const created = await this.api!.createDocument({content});
        this.documentId = created.id;
        teamDocuments.set(this.server, this.name, created.id);
        saver.track(created.id, created.revision);
        this.handleState(created.id, 'saved');
      } catch (error) {
        if (error instanceof ApiError && error.signInNeeded) return this.needSignIn();
        this.report(await explainFailure(error, this.server, this.options.fetch));
      }
    });
  }

  private handleState(documentId: string, state: DraftState, message?: string): void {
    if (state === 'saved') {
      this.show('signed-in', `Saved to your team at ${new Date().toLocaleTimeString('en-GB', {hour: '2-digit', minute: '2-digit'})}.`);
      this.host.dispatchEvent(new SavedEvent(this.name, 'server', documentId));
    } else if (state === 'offline' || state === 'error') {
      this.report(`${message ?? 'We could not save to your team.'} Your changes are kept in this browser and sent later.`);
    }
  }

  private needSignIn(): void {
    this.show('sign-in', '');
    this.host.dispatchEvent(new EmbedErrorEvent(signInAgain));
  }

  /** Saving cannot work at all: says why, keeps the editor read-only and fires `er-error`. */
  private problem(message: string): void {
    this.show('problem', message);
    this.host.dispatchEvent(new EmbedErrorEvent(message));
  }

  /** A save failed (saving may work again, and the person may go on writing): says why and fires `er-error`. */
  private report(message: string): void {
    this.show('problem', message);
    this.host.dispatchEvent(new EmbedErrorEvent(message));
  }

  private show(phase: ServerConnection['phase'], message: string): void {
    if (!this.panel) return;
    this.panel.phase = phase;
    this.panel.message = message;
  }
}

async function openQueue(): Promise<OfflineQueue> {
  try {
    return await openOfflineQueue(embedQueueName);
  } catch {
    return memoryQueue();
  }
}
