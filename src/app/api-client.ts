/**
 * A typed client for the Easy Read Studio server's JSON API (`/api`, described by
 * `/api/openapi.json`). It sends the session cookie (same origin only) and the CSRF
 * token the server hands out at sign-in and from `/api/me`, and turns every failure
 * into an `ApiError` whose `message` is the server's plain words, safe to show.
 *
 * A stale draft save is a `ConflictError` carrying the draft as it is now, so the
 * editor can show both versions and let the author choose.
 *
 * @example
 * const api = new ApiClient();
 * await api.signIn('sam@nhs.net', password);
 * const doc = await api.getDocument(id);
 * try {
 *   await api.saveDraft(id, doc.revision, file);
 * } catch (error) {
 *   if (error instanceof ConflictError) showBoth(file, error.current);
 * }
 */
import type {
  AuditEntry,
  BinEntry,
  CheckSummary,
  CurrentDraft,
  DocumentDetail,
  DocumentStatus,
  DocumentSummary,
  Feedback,
  Invite,
  InviteRequest,
  Me,
  NewInvite,
  NewUser,
  PersonRef,
  Review,
  Role,
  SupportedReview,
  User,
  UserChanges,
  Verdict,
  VersionDetail,
  VersionSummary,
} from '../../server/api-types.js';
import type {DocumentFile} from '../document/document-file.js';
import {ApiError, ConflictError} from './api-errors.js';

export type * from '../../server/api-types.js';

export {ApiError, ConflictError} from './api-errors.js';

/** Options for {@link ApiClient}. */
export interface ApiClientOptions {
  /** Where the app is served from (default `''`: this page's origin). */
  readonly baseUrl?: string;
  /** The `fetch` to use (default: the browser's). Tests pass their own. */
  readonly fetch?: typeof fetch;
}

/** Filters for {@link ApiClient.listDocuments}. */
export interface DocumentQuery {
  /** Words in the title. */
  readonly q?: string;
  readonly status?: DocumentStatus;
  readonly limit?: number;
}

/** Paging for the audit log: at most `limit` entries older than entry `before`. */
export interface AuditPage {
  readonly limit?: number;
  readonly before?: number;
}

/** A reviewer's answer. */
export interface FeedbackInput {
  readonly verdict: Verdict;
  readonly comments?: string;
}

const unreachable = 'Could not reach the Easy Read Studio server. Check your connection and try again.';
const noServer = 'There is no Easy Read Studio server here.';
const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The API client. One per page; it remembers the CSRF token of the signed-in session. */
export class ApiClient {
  private readonly baseUrl: string;
  private readonly fetchImpl: typeof fetch;
  private csrfToken: string | undefined;

  constructor(options: ApiClientOptions = {}) {
    this.baseUrl = options.baseUrl ?? '';
    // Bound, so the browser's fetch keeps `window` as its `this`.
    this.fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
  }

  // Accounts

  /**
   * Whether the studio still needs its first admin (show the setup page). Throws
   * `ApiError` 404 when the page is not served by an Easy Read Studio server (say, as
   * plain files), and status 0 when nothing answered.
   */
  async setupNeeded(): Promise<boolean> {
    const answer = await this.request<unknown>('GET', '/api/setup');
    if (typeof answer === 'object' && answer !== null && 'needed' in answer && typeof answer.needed === 'boolean') {
      return answer.needed;
    }
    throw new ApiError(404, noServer);
  }

  /** Creates the first admin and signs them in. */
  async setup(email: string, name: string, password: string): Promise<Me> {
    return this.remember(await this.request<Me>('POST', '/api/setup', {email, name, password}));
  }

  /** Signs in. Throws `ApiError` 401 for a wrong email or password, 429 after too many. */
  async signIn(email: string, password: string): Promise<Me> {
    return this.remember(await this.request<Me>('POST', '/api/session', {email, password}));
  }

  /** Who is signed in, or `null` if no one is. */
  async me(): Promise<Me | null> {
    try {
      return this.remember(await this.request<Me>('GET', '/api/me'));
    } catch (error) {
      if (error instanceof ApiError && error.signInNeeded) return null;
      throw error;
    }
  }

  /** Signs out in this browser. */
  async signOut(): Promise<void> {
    await this.request<null>('DELETE', '/api/session');
    this.csrfToken = undefined;
  }

  /** Signs out on every device; returns how many sessions ended. */
  async signOutEverywhere(): Promise<number> {
    const {ended} = await this.request<{ended: number}>('DELETE', '/api/sessions');
    this.csrfToken = undefined;
    return ended;
  }

  // People

  /** Everyone (admins only). */
  listUsers(): Promise<User[]> {
    return this.request('GET', '/api/users');
  }

  /** Adds someone (admins only). */
  createUser(user: NewUser): Promise<User> {
    return this.request('POST', '/api/users', user);
  }

  /** Changes someone (admins), or your own name and password (with `currentPassword`). */
  updateUser(id: string, changes: UserChanges): Promise<User> {
    return this.request('PATCH', `/api/users/${enc(id)}`, changes);
  }

  /** Active authors, admins and reviewers, for sharing and review links. */
  listPeople(): Promise<(PersonRef & {role: Role})[]> {
    return this.request('GET', '/api/people');
  }

  // Documents

  /** The documents you may read, most recently saved first. */
  listDocuments(query: DocumentQuery = {}): Promise<DocumentSummary[]> {
    const params = new URLSearchParams();
    if (query.q) params.set('q', query.q);
    if (query.status) params.set('status', query.status);
    if (query.limit) params.set('limit', String(query.limit));
    const search = params.toString();
    return this.request('GET', `/api/documents${search ? `?${search}` : ''}`);
  }

  /** Starts a document from a file (an import) or as an empty one with a title. */
  createDocument(start: {title?: string; content?: DocumentFile}): Promise<DocumentDetail> {
    return this.request('POST', '/api/documents', start);
  }

  /** A document with its current draft and revision. */
  getDocument(id: string): Promise<DocumentDetail> {
    return this.request('GET', `/api/documents/${enc(id)}`);
  }

  /**
   * Saves the draft. `revision` is the revision your edit started from; the answer
   * is the new one. Throws `ConflictError` (with the stored draft) if someone saved since.
   */
  saveDraft(id: string, revision: number, content: DocumentFile): Promise<{revision: number; savedAt: string}> {
    return this.request('PUT', `/api/documents/${enc(id)}/draft`, {revision, content});
  }

  /** Moves a document to the bin (owner or admin), where it can be restored for 30 days. */
  deleteDocument(id: string): Promise<BinEntry> {
    return this.request('DELETE', `/api/documents/${enc(id)}`);
  }

  /** Documents deleted in the last 30 days that you may restore, most recent first. */
  listBin(): Promise<BinEntry[]> {
    return this.request('GET', '/api/bin');
  }

  /** Takes a document out of the bin, as it was. */
  restoreDocument(id: string): Promise<DocumentDetail> {
    return this.request('POST', `/api/documents/${enc(id)}/restore`);
  }

  /** Shares a document with another author; returns who it is shared with now. */
  share(id: string, userId: string): Promise<PersonRef[]> {
    return this.request('POST', `/api/documents/${enc(id)}/shares`, {userId});
  }

  /** Stops sharing a document with someone; returns who it is still shared with. */
  unshare(id: string, userId: string): Promise<PersonRef[]> {
    return this.request('DELETE', `/api/documents/${enc(id)}/shares/${enc(userId)}`);
  }

  /**
   * Releases a version (admins and approvers). Throws `ApiError` 409 saying what is
   * missing when it is not ready, unless `overrideReason` is given.
   */
  release(id: string, versionId: string, overrideReason?: string): Promise<DocumentDetail> {
    return this.request('POST', `/api/documents/${enc(id)}/release`, {versionId, ...(overrideReason ? {overrideReason} : {})});
  }

  /** A document's audit log, newest first. */
  documentAudit(id: string, page: AuditPage = {}): Promise<AuditEntry[]> {
    return this.request('GET', `/api/documents/${enc(id)}/audit${pageQuery(page)}`);
  }

  /** The whole audit log, newest first (admins). */
  fullAudit(page: AuditPage = {}): Promise<AuditEntry[]> {
    return this.request('GET', `/api/audit${pageQuery(page)}`);
  }

  // Versions

  /** Snapshots the draft at `revision` as an immutable version. Throws `ConflictError` if the draft moved on. */
  createVersion(id: string, revision: number, checkSummary: CheckSummary): Promise<VersionSummary> {
    return this.request('POST', `/api/documents/${enc(id)}/versions`, {revision, checkSummary});
  }

  /** A document's versions, newest first, without content. */
  listVersions(id: string): Promise<VersionSummary[]> {
    return this.request('GET', `/api/documents/${enc(id)}/versions`);
  }

  /** One version with its content. */
  getVersion(versionId: string): Promise<VersionDetail> {
    return this.request('GET', `/api/versions/${enc(versionId)}`);
  }

  // Reviews

  /** Makes a review link for one version. `url` and `token` are shown this once. */
  createInvite(id: string, invite: InviteRequest): Promise<NewInvite> {
    return this.request('POST', `/api/documents/${enc(id)}/invites`, invite);
  }

  /** A document's review links, without tokens. */
  listInvites(id: string): Promise<Invite[]> {
    return this.request('GET', `/api/documents/${enc(id)}/invites`);
  }

  /** Stops a review link working. */
  revokeInvite(inviteId: string): Promise<Invite> {
    return this.request('DELETE', `/api/invites/${enc(inviteId)}`);
  }

  /** What a review link shows (no account needed). Throws `ApiError` 410 when it expired or was revoked. */
  openReview(token: string): Promise<Review> {
    return this.request('GET', `/api/invite/${enc(token)}`);
  }

  /** Gives feedback through a review link (no account needed). */
  sendFeedback(token: string, feedback: FeedbackInput): Promise<Feedback> {
    return this.request('POST', `/api/invite/${enc(token)}/feedback`, feedback);
  }

  /** The open reviews of the reviewers you support (supporters). */
  supportedReviews(): Promise<SupportedReview[]> {
    return this.request('GET', '/api/reviews');
  }

  /** One review of someone you support (supporters). */
  supportedReview(inviteId: string): Promise<Review> {
    return this.request('GET', `/api/reviews/${enc(inviteId)}`);
  }

  /** Records feedback for a reviewer you support (supporters). */
  recordFeedbackFor(inviteId: string, reviewerId: string, feedback: FeedbackInput): Promise<Feedback> {
    return this.request('POST', `/api/reviews/${enc(inviteId)}/feedback`, {...feedback, for: reviewerId});
  }

  /**
   * Sends a request to any route of the API (for callers with their own typed wrapper,
   * such as `src/rounds/rounds-api.ts`), with the same session, CSRF and error handling.
   */
  send<T>(method: string, path: string, body?: unknown): Promise<T> {
    return this.request<T>(method, path, body);
  }

  private remember(me: Me): Me {
    this.csrfToken = me.csrfToken;
    return me;
  }

  /**
   * Sends one request and returns its JSON body. The server validates every response
   * shape against the schemas these types come from (and the API tests check them),
   * so the body is trusted to be `T` here rather than validated again in the browser.
   */
  private async request<T>(method: string, path: string, body?: unknown, retried = false): Promise<T> {
    const unsafe = unsafeMethods.has(method);
    const sessionless = path === '/api/setup' || path === '/api/session' || path.startsWith('/api/invite/');
    if (unsafe && !sessionless && this.csrfToken === undefined) await this.me();
    const sentToken = this.csrfToken;
    let response: Response;
    try {
      response = await this.fetchImpl(this.baseUrl + path, {
        method,
        credentials: 'same-origin',
        headers: {
          accept: 'application/json',
          ...(body !== undefined ? {'content-type': 'application/json'} : {}),
          ...(unsafe && this.csrfToken ? {'x-csrf-token': this.csrfToken} : {}),
        },
        ...(body !== undefined ? {body: JSON.stringify(body)} : {}),
      });
    } catch {
      throw new ApiError(0, unreachable);
    }
    const text = await response.text();
    const data: unknown = text ? parseJson(text) : null;
    if (response.ok) return data as T;
    const message = errorMessage(data) ?? `The server answered ${response.status} ${response.statusText}.`;
    if (response.status === 409 && isConflict(data)) throw new ConflictError(message, data.current);
    // Signing in again in another tab gives the cookie a new session and token: fetch it once and retry.
    if (response.status === 403 && unsafe && !sessionless && !retried && sentToken !== undefined) {
      const me = await this.me().catch(() => null);
      if (me && me.csrfToken !== sentToken) return this.request<T>(method, path, body, true);
    }
    if (response.status === 401) this.csrfToken = undefined;
    throw new ApiError(response.status, message, data);
  }
}

function enc(part: string): string {
  return encodeURIComponent(part);
}

function pageQuery(page: AuditPage): string {
  const search = new URLSearchParams(Object.entries(page).filter(([, v]) => v).map(([k, v]) => [k, String(v)])).toString();
  return search ? `?${search}` : '';
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function errorMessage(data: unknown): string | undefined {
  return typeof data === 'object' && data !== null && 'error' in data && typeof data.error === 'string' ? data.error : undefined;
}

function isConflict(data: unknown): data is {current: CurrentDraft} {
  return typeof data === 'object' && data !== null && 'current' in data && typeof data.current === 'object' && data.current !== null;
}
