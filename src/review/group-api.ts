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

/** An open round the supporter may run a session on (`GET /api/rounds`), soonest due first. */
export interface SupportedRound {
  readonly id: string;
  /** The document's title. */
  readonly title: string;
  readonly number: number;
  readonly due: string;
  /** The people asked in it whom the supporter supports. */
  readonly people: readonly GroupMember[];
}

/** Who has answered a part: `session` when a supporter recorded it, `link` when the member used their own link. */
export interface PartAnswered {
  readonly personId: string;
  readonly via: 'session' | 'link';
}

/** A part of the version, with who of the session's members has answered it. */
export interface GroupPart extends Pick<ReviewPart, 'id' | 'kind' | 'text' | 'picture'> {
  readonly answered: readonly PartAnswered[];
}

/** What `GET /api/rounds/{id}/sessions/{sessionId}` answers. */
export interface GroupSession {
  readonly id: string;
  readonly startedAt: string;
  readonly endedAt: string | null;
  readonly members: readonly GroupMember[];
  readonly parts: readonly GroupPart[];
  /** The verdicts the members have given so far, here or on their own links. */
  readonly verdicts: readonly {readonly personId: string; readonly verdict: ReviewVerdict}[];
}

/** The group session routes. Every method rejects with a {@link ReviewApiError}. */
export interface GroupReviewApi {
  /** The open rounds the signed-in supporter may run a session on. */
  rounds(): Promise<readonly SupportedRound[]>;
  /**
   * The people in the involvement register the signed-in supporter may record for: those
   * they support and those with no supporter (the server refuses anyone else).
   */
  members(): Promise<readonly GroupMember[]>;
  startSession(roundId: string, memberIds: readonly string[]): Promise<{readonly id: string; readonly startedAt: string}>;
  getSession(roundId: string, sessionId: string): Promise<GroupSession>;
  saveAnswer(roundId: string, sessionId: string, personId: string, partId: string, answer: PartAnswer): Promise<void>;
  sendVerdict(roundId: string, sessionId: string, personId: string, verdict: ReviewVerdict): Promise<void>;
  /** Ends the session; the server keeps its date and length for the involvement record. */
  endSession(roundId: string, sessionId: string): Promise<void>;
}

/** {@link GroupReviewApi} over `fetch`, with the signed-in session's cookie and CSRF token. */
export class FetchGroupReviewApi implements GroupReviewApi {
  private readonly fetchImpl: typeof fetch;
  private csrfToken: string | undefined;

  constructor(options: {readonly fetch?: typeof fetch} = {}) {
    this.fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
  }

  async rounds(): Promise<readonly SupportedRound[]> {
    return ((await this.request('GET', '/api/rounds')) as {rounds: SupportedRound[]}).rounds;
  }

  async members(): Promise<readonly GroupMember[]> {
    const [me, register] = (await Promise.all([this.request('GET', '/api/me'), this.request('GET', '/api/involvement/people')])) as [
      {user: {id: string}},
      {people: {id: string; name: string; supporter: {id: string} | null}[]},
    ];
    return register.people
      .filter((person) => person.supporter === null || person.supporter.id === me.user.id)
      .map((person) => ({id: person.id, name: person.name}));
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
