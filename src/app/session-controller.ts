import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {ApiError, type ApiClient, type Me} from './api-client.js';
import type {AccountSubmitEvent} from './account-submit-event.js';

/**
 * Where the app stands with the server:
 * - `starting`: asking the server;
 * - `local`: no server here (the app runs as plain files, or embedded without an API):
 *   documents are kept on this computer only;
 * - `unreachable`: the server is there but did not answer (offline, or it failed);
 * - `setup`: a new server with nobody yet: make the first admin;
 * - `sign-in`: nobody is signed in;
 * - `signed-in`: `me` says who.
 */
export type SessionPhase = 'starting' | 'local' | 'unreachable' | 'setup' | 'sign-in' | 'signed-in';

/** Options for {@link SessionController}. */
export interface SessionOptions {
  /** Someone signed in (or was already): start working with the server. */
  readonly onSignedIn?: (me: Me) => void | Promise<void>;
  /** The session ended (signed out, or it expired): stop working with the server. */
  readonly onSignedOut?: () => void | Promise<void>;
}

/**
 * Finds out on start whether a server is there, whether it needs its first admin and
 * who is signed in; then signs in, sets up, and signs out, keeping the plain words to
 * show (`error` on the account form, `notice` above it).
 */
export class SessionController implements ReactiveController {
  /** The API client for this page. */
  readonly api: ApiClient;
  phase: SessionPhase = 'starting';
  /** Who is signed in, in the `signed-in` phase. */
  me?: Me;
  /** The server's answer to the last form, or why the server could not be reached. */
  error = '';
  /** A plain note above the sign-in form, such as why someone has to sign in again. */
  notice = '';
  /** While a form is being sent. */
  busy = false;
  private readonly host: ReactiveControllerHost;
  private readonly options: SessionOptions;
  private readonly handleOnline = () => {
    if (this.phase === 'unreachable') void this.start();
  };

  constructor(host: ReactiveControllerHost, api: ApiClient, options: SessionOptions = {}) {
    (this.host = host).addController(this);
    this.api = api;
    this.options = options;
  }

  hostConnected(): void {
    window.addEventListener('online', this.handleOnline);
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.handleOnline);
  }

  /** Asks the server what to show: setup, sign-in or the documents; or works locally when there is no server. */
  async start(): Promise<void> {
    this.set({phase: 'starting', error: ''});
    try {
      if (await this.api.setupNeeded()) return this.set({phase: 'setup'});
      const me = await this.api.me();
      if (me) return await this.signedIn(me);
      this.set({phase: 'sign-in'});
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      // Nothing answered while the browser thinks it is online: the page is not served by a server.
      if (error.status === 404 || error.status === 405 || (error.status === 0 && navigator.onLine)) {
        return this.set({phase: 'local'});
      }
      this.set({
        phase: 'unreachable',
        error:
          error.status === 0
            ? 'You are offline, so Easy Read Studio cannot reach your team’s documents. It will try again when you are back online.'
            : `Easy Read Studio cannot reach your team’s documents. ${error.message}`,
      });
    }
  }

  /** Gives up on the server for now and works with the documents kept on this computer. */
  workLocally(): void {
    this.set({phase: 'local', error: ''});
  }

  /** Sends the setup or sign-in form. */
  async submit(event: AccountSubmitEvent): Promise<void> {
    this.set({busy: true, error: ''});
    try {
      const me =
        event.mode === 'setup'
          ? await this.api.setup(event.email, event.name, event.password)
          : await this.api.signIn(event.email, event.password);
      this.set({busy: false, notice: ''});
      await this.signedIn(me);
    } catch (error) {
      this.set({busy: false, error: error instanceof ApiError ? error.message : 'Something went wrong. Try again.'});
      if (event.mode === 'setup' && error instanceof ApiError && error.status === 409) await this.start();
    }
  }

  /** Signs out here, or on every device. */
  async signOut(everywhere = false): Promise<void> {
    await this.options.onSignedOut?.();
    let notice = everywhere ? 'You are signed out on every device.' : 'You are signed out.';
    try {
      if (everywhere) await this.api.signOutEverywhere();
      else await this.api.signOut();
    } catch (error) {
      if (!(error instanceof ApiError) || !error.signInNeeded) {
        notice = 'We could not reach the server to sign you out. Close the browser to end the session.';
      }
    }
    this.set({phase: 'sign-in', me: undefined, notice, error: ''});
  }

  /** The server said the session has ended (401): ask to sign in again. Unsaved changes stay on this computer. */
  async expired(): Promise<void> {
    if (this.phase !== 'signed-in') return;
    // The phase first: saves flushed while stopping may meet 401 again and call this once more.
    this.set({
      phase: 'sign-in',
      me: undefined,
      notice: 'You were signed out. Sign in again to carry on. Your changes are kept on this computer and saved when you do.',
    });
    await this.options.onSignedOut?.();
  }

  private async signedIn(me: Me): Promise<void> {
    this.set({phase: 'signed-in', me, error: ''});
    await this.options.onSignedIn?.(me);
  }

  private set(changes: Partial<Pick<SessionController, 'phase' | 'me' | 'error' | 'notice' | 'busy'>>): void {
    Object.assign(this, changes);
    this.host.requestUpdate();
  }
}
