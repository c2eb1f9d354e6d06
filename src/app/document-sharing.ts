import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {ApiError, type ApiClient, type DocumentDetail, type PersonRef} from './api-client.js';
import type {Person} from './share-panel.js';
import type {ShareRequestEvent} from './share-request-event.js';

/** Options for {@link DocumentSharing}. */
export interface DocumentSharingOptions {
  readonly api: ApiClient;
  /** The session ended: ask to sign in again. */
  readonly onSignInNeeded: () => void;
}

/**
 * Sharing the open team document: what `<er-share-panel>` shows, and the server calls
 * its `share-request` events ask for. Only the owner and admins may share (the
 * document's `access.share`); for anyone else, and for documents kept only on this
 * computer, `shown` is false and nothing is asked of the server.
 *
 * An answer that arrives after another document was opened (or this one closed) is
 * dropped, so it cannot show one document's sharing on another.
 */
export class DocumentSharing implements ReactiveController {
  /** The open document's id, while the panel is shown. */
  documentId?: string;
  /** The open document's owner, who is never offered. */
  ownerId = '';
  /** Who the open document is shared with. */
  sharedWith: readonly PersonRef[] = [];
  /** The people who might be chosen (`GET /api/people`). */
  people: readonly Person[] = [];
  /** What just happened, for the panel's status line. */
  status = '';
  /** What went wrong, for the panel's alert. */
  error = '';
  /** Whether a request is under way. */
  busy = false;
  private readonly host: ReactiveControllerHost;
  private readonly options: DocumentSharingOptions;
  /** Counts opens and closes, to drop answers meant for an earlier document. */
  private run = 0;

  constructor(host: ReactiveControllerHost, options: DocumentSharingOptions) {
    (this.host = host).addController(this);
    this.options = options;
  }

  /** Whether the panel should be shown: a team document the signed-in person may share. */
  get shown(): boolean {
    return this.documentId !== undefined;
  }

  hostDisconnected(): void {
    this.close();
  }

  /**
   * Shows the sharing of `detail` (the document as the server sent it), if the
   * signed-in person may share it, and loads the people to choose from.
   */
  async open(detail: DocumentDetail | undefined): Promise<void> {
    this.close();
    if (!detail?.access.share) return;
    const run = this.run;
    this.documentId = detail.id;
    this.ownerId = detail.owner.id;
    this.sharedWith = detail.sharedWith;
    this.host.requestUpdate();
    try {
      const people = await this.options.api.listPeople();
      if (run === this.run) this.people = people;
    } catch (error) {
      if (run === this.run) this.fail(error, 'We could not get the list of people to share with.');
    }
    this.host.requestUpdate();
  }

  /** Hides the panel (the document closed). */
  close(): void {
    this.run++;
    this.documentId = undefined;
    this.ownerId = '';
    this.sharedWith = [];
    this.people = [];
    this.status = '';
    this.error = '';
    this.busy = false;
    this.host.requestUpdate();
  }

  /** Does what the panel asked: shares the document with someone, or stops. */
  async request(event: ShareRequestEvent): Promise<void> {
    const id = this.documentId;
    if (!id || this.busy) return;
    const run = this.run;
    const {action, person} = event;
    this.busy = true;
    this.status = '';
    this.error = '';
    this.host.requestUpdate();
    try {
      const api = this.options.api;
      const sharedWith = action === 'share' ? await api.share(id, person.id) : await api.unshare(id, person.id);
      if (run !== this.run) return;
      this.sharedWith = sharedWith;
      this.status = action === 'share' ? `Shared with ${person.name}.` : `Stopped sharing with ${person.name}.`;
    } catch (error) {
      if (run !== this.run) return;
      const what = action === 'share' ? `share this document with ${person.name}` : `stop sharing this document with ${person.name}`;
      this.fail(error, `We could not ${what}.`);
    }
    this.busy = false;
    this.host.requestUpdate();
  }

  /** Shows a failure in plain words; a programming error is thrown on. */
  private fail(error: unknown, what: string): void {
    if (!(error instanceof ApiError)) throw error;
    if (error.signInNeeded) this.options.onSignInNeeded();
    else this.error = `${what} ${error.message}`;
  }
}
