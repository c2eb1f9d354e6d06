/**
 * What `<er-group-review>` asks of the server: a signed-in supporter runs a checking group
 * session for a review round and records each member's answers and verdict. Every request
 * sends the session's `X-CSRF-Token` (from `GET /api/me`).
 *
 * @module
 */
import {ReviewApiError, type PartAnswer, type ReviewPart, type ReviewVerdict} from './review-api.js';

/** A member of the checking group. */
export interface GroupMember {
  readonly id: string;
  readonly name: string;
}

/** A part of the version, with who has answered it in this session. */
export interface GroupPart extends Pick<ReviewPart, 'id' | 'kind' | 'text' | 'picture'> {
  readonly answeredBy: readonly string[];
}

/** What `GET /api/rounds/{id}/sessions/{sessionId}` answers. */
export interface GroupSession {
  readonly members: readonly GroupMember[];
  readonly parts: readonly GroupPart[];
}

/** The group session routes. Every method rejects with a {@link ReviewApiError}. */
export interface GroupReviewApi {
  startSession(roundId: string, memberIds: readonly string[]): Promise<{readonly id: string; readonly startedAt: string}>;
  getSession(roundId: string, sessionId: string): Promise<GroupSession>;
  saveAnswer(roundId: string, sessionId: string, personId: string, partId: string, answer: PartAnswer): Promise<void>;
  sendVerdict(roundId: string, sessionId: string, personId: string, verdict: ReviewVerdict): Promise<void>;
  endSession(roundId: string, sessionId: string): Promise<void>;
}

/** {@link GroupReviewApi} over `fetch`, with the signed-in session's cookie and CSRF token. */
export class FetchGroupReviewApi implements GroupReviewApi {
  private readonly fetchImpl: typeof fetch;
  private csrfToken: string | undefined;

  constructor(options: {readonly fetch?: typeof fetch} = {}) {
    this.fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
  }

  async startSession(roundId: string, memberIds: readonly string[]) {
    return (await this.request('POST', `${rounds(roundId)}/sessions`, {memberIds})) as {id: string; startedAt: string};
  }

  async getSession(roundId: string, sessionId: string): Promise<GroupSession> {
    return (await this.request('GET', `${rounds(roundId)}/sessions/${enc(sessionId)}`)) as GroupSession;
  }

  async saveAnswer(roundId: string, sessionId: string, personId: string, partId: string, answer: PartAnswer): Promise<void> {
    await this.request('PUT', `${rounds(roundId)}/sessions/${enc(sessionId)}/answers/${enc(personId)}/${enc(partId)}`, answer);
  }

  async sendVerdict(roundId: string, sessionId: string, personId: string, verdict: ReviewVerdict): Promise<void> {
    await this.request('POST', `${rounds(roundId)}/sessions/${enc(sessionId)}/verdicts/${enc(personId)}`, {verdict});
  }

  async endSession(roundId: string, sessionId: string): Promise<void> {
    await this.request('POST', `${rounds(roundId)}/sessions/${enc(sessionId)}/end`, {});
  }

  /** Sends one request; the server checks its responses against its schemas, so the body is trusted. */
  private async request(method: string, path: string, body?: unknown): Promise<unknown> {
    if (method !== 'GET' && this.csrfToken === undefined) {
      const me = (await this.request('GET', '/api/me')) as {csrfToken?: string} | null;
      this.csrfToken = me?.csrfToken;
    }
    let response: Response;
    try {
      response = await this.fetchImpl(path, {
        method,
        credentials: 'same-origin',
        headers: {
          accept: 'application/json',
          ...(body === undefined ? {} : {'content-type': 'application/json'}),
          ...(method !== 'GET' && this.csrfToken ? {'x-csrf-token': this.csrfToken} : {}),
        },
        ...(body === undefined ? {} : {body: JSON.stringify(body)}),
      });
    } catch {
      throw new ReviewApiError(0, 'The server cannot be reached.');
    }
    const text = await response.text();
    let data: unknown = null;
    try {
      data = text ? JSON.parse(text) : null;
    } catch {
      data = null;
    }
    if (response.ok) return data;
    const message = typeof data === 'object' && data !== null && 'error' in data && typeof data.error === 'string' ? data.error : `The server answered ${response.status}.`;
    throw new ReviewApiError(response.status, message);
  }
}

function rounds(roundId: string): string {
  return `/api/rounds/${enc(roundId)}`;
}

function enc(part: string): string {
  return encodeURIComponent(part);
}
