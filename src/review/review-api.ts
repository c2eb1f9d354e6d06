/**
 * What the volunteer's screen asks of the server: the parts of the version a review link
 * (`/review#<token>`) is for, with the answers given so far; one answer per part; and the
 * verdict at the end. These routes need no session and no CSRF token: the link is the key.
 *
 * `<er-review>` takes a {@link ReviewApi}; {@link FetchReviewApi} is the real one, and tests
 * give an in-memory one that behaves like the server.
 *
 * @module
 */
import {ApiError} from '../app/api-errors.js';

/** An answer on the Yes / Not sure / No scale. */
export type Scale = 'yes' | 'not-sure' | 'no';

/** The volunteer's answer at the end: it is easy to read, or it needs changes. */
export type ReviewVerdict = 'approve' | 'revise';

/** What a part of the document is. */
export type PartKind = 'title' | 'heading' | 'row' | 'list' | 'paragraph' | 'hard-word' | 'contact';

/** A word the volunteer marked as hard: `start`/`end` are character offsets in the part's `text`. */
export interface HardWord {
  readonly word: string;
  readonly start: number;
  readonly end: number;
  /** What the volunteer thinks it means, in their words. */
  readonly meaning?: string;
}

/** The volunteer's answer for one part (the body of `PUT …/answers/{partId}`). */
export interface PartAnswer {
  readonly understood: Scale;
  readonly hardWords?: readonly HardWord[];
  /** Only for parts with a picture. */
  readonly pictureHelps?: Scale;
  readonly comment?: string;
}

/** One part of the version to check: a title, heading, row, list, paragraph, hard word box or contact block. */
export interface ReviewPart {
  readonly id: string;
  readonly kind: PartKind;
  /** Plain text; hard-word offsets count characters in it. */
  readonly text: string;
  readonly picture: {readonly src: string; readonly alt: string} | null;
  /** False when the part did not change since the volunteer checked it in an earlier round. */
  readonly needsAnswer: boolean;
  readonly answer: PartAnswer | null;
}

/** The review round the link belongs to. */
export interface ReviewRound {
  readonly id: string;
  readonly number: number;
  readonly due: string | null;
  readonly open: boolean;
}

/** What `GET /api/invite/{token}` answers. */
export interface InviteReview {
  readonly round: ReviewRound;
  readonly verdict: ReviewVerdict | null;
  readonly parts: readonly ReviewPart[];
}

/** A request the server refused or could not answer (its `status` is 0 when it could not be reached). */
export class ReviewApiError extends ApiError {
  override readonly name = 'ReviewApiError';

  /** The round is closed or the link was revoked (409, 410): the check has ended. */
  get ended(): boolean {
    return this.status === 409 || this.status === 410;
  }

  /** The link is unknown or malformed (404, 400). */
  get notFound(): boolean {
    return this.status === 404 || this.status === 400;
  }
}

/** The review link's routes. Every method rejects with a {@link ReviewApiError}. */
export interface ReviewApi {
  /** The round, the parts and the answers so far. */
  open(token: string): Promise<InviteReview>;
  /** Saves (replaces) the answer for one part. */
  saveAnswer(token: string, partId: string, answer: PartAnswer): Promise<void>;
  /** Records the verdict at the end of the check. */
  sendVerdict(token: string, verdict: ReviewVerdict, comment?: string): Promise<void>;
}

/** {@link ReviewApi} over `fetch`, for the same origin (or `baseUrl`). */
export class FetchReviewApi implements ReviewApi {
  private readonly baseUrl: string;
  private readonly fetchImpl: typeof fetch;

  constructor(options: {readonly baseUrl?: string; readonly fetch?: typeof fetch} = {}) {
    this.baseUrl = options.baseUrl ?? '';
    this.fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
  }

  async open(token: string): Promise<InviteReview> {
    return (await this.request('GET', token, '')) as InviteReview;
  }

  async saveAnswer(token: string, partId: string, answer: PartAnswer): Promise<void> {
    await this.request('PUT', token, `/answers/${encodeURIComponent(partId)}`, answer);
  }

  async sendVerdict(token: string, verdict: ReviewVerdict, comment?: string): Promise<void> {
    await this.request('POST', token, '/verdict', comment ? {verdict, comment} : {verdict});
  }

  /**
   * Sends one request and returns its JSON body. The server checks its responses against
   * the same schemas the contract describes, so the body is trusted here.
   */
  private async request(method: string, token: string, path: string, body?: unknown): Promise<unknown> {
    let response: Response;
    try {
      response = await this.fetchImpl(`${this.baseUrl}/api/invite/${encodeURIComponent(token)}${path}`, {
        method,
        credentials: 'same-origin',
        headers: {accept: 'application/json', ...(body === undefined ? {} : {'content-type': 'application/json'})},
        ...(body === undefined ? {} : {body: JSON.stringify(body)}),
      });
    } catch {
      throw new ReviewApiError(0, 'The server cannot be reached.');
    }
    const text = await response.text();
    const data = parseJson(text);
    if (response.ok) return data;
    throw new ReviewApiError(response.status, errorMessage(data) ?? `The server answered ${response.status}.`);
  }
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

function errorMessage(data: unknown): string | undefined {
  return typeof data === 'object' && data !== null && 'error' in data && typeof data.error === 'string' ? data.error : undefined;
}
