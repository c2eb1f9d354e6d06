/**
 * The author's side of review rounds, as the server's API describes them
 * (`/api/involvement/people`, `/api/documents/{id}/rounds`, `/api/rounds/{id}/…`,
 * `/api/documents/{id}/release`): typed calls over any {@link Transport}, which in the
 * app is the signed-in `ApiClient`.
 *
 * @module
 */

/** Sends one JSON request and resolves with the answer's body; rejects with a plain-worded `Error`. */
export interface Transport {
  send<T>(method: string, path: string, body?: unknown): Promise<T>;
}

/** How a reviewer wants to be named in a "Checked by" credit. */
export type Credit = 'full' | 'first' | 'none';

/** Someone in the involvement register. */
export interface InvolvedPerson {
  readonly id: string;
  readonly name: string;
  readonly credit: Credit;
  readonly consentToName: boolean;
  readonly livedExperience: boolean;
  readonly paid: boolean;
  /** When they agreed to be named, or `null`. */
  readonly consentedAt: string | null;
  /** The supporter who helps them, if any. */
  readonly supporter: {readonly id: string; readonly name: string} | null;
  /** How they like to be contacted, in words. */
  readonly contact: string;
}

/** What is given to add someone to the register, or to change them. */
export interface PersonInput {
  readonly name: string;
  readonly credit: Credit;
  readonly consentToName: boolean;
  readonly livedExperience: boolean;
  readonly paid: boolean;
  readonly supporterId?: string | null;
  readonly contact?: string;
}

/** One reviewer's link in a new round. The token is shown only once: it is stored hashed. */
export interface RoundInvite {
  readonly reviewerId: string;
  readonly token: string;
  readonly url: string;
  /** The link as a QR code, an SVG document. */
  readonly qrSvg: string;
}

/** What `POST /api/documents/{id}/rounds` answers. */
export interface StartedRound {
  readonly id: string;
  readonly number: number;
  readonly versionId: string;
  readonly invites: readonly RoundInvite[];
}

/** A round as listed by `GET /api/documents/{id}/rounds`. */
export interface RoundSummary {
  readonly id: string;
  readonly number: number;
  readonly versionId: string;
  readonly due: string;
  readonly state: 'open' | 'closed' | 'cancelled';
  readonly open: boolean;
  readonly approvalsNeeded: number;
}

/** Yes / not sure / no counts. */
export interface Tally {
  readonly yes: number;
  readonly notSure: number;
  readonly no: number;
}

/** The kinds of thing a reviewer said that the author answers. */
export type ItemKind = 'not-understood' | 'not-sure' | 'hard-word' | 'picture' | 'comment';

/** The author's answer to one item. */
export interface ItemResponse {
  readonly action: 'changed' | 'not-changed';
  readonly reason?: string | null;
}

/** One thing a reviewer said about a part. */
export interface FeedbackItem {
  readonly id: string;
  /** The part it is about, or `null` for a comment on the whole document. */
  readonly partId: string | null;
  readonly kind: ItemKind;
  readonly text: string;
  readonly response: ItemResponse | null;
}

/** A part's tallies. */
export interface PartResult {
  readonly id: string;
  readonly text: string;
  readonly understood: Tally;
  readonly hardWords: readonly {readonly word: string; readonly count: number}[];
  readonly pictureHelps: Tally;
}

/** What `GET /api/rounds/{id}/results` answers. */
export interface RoundResults {
  readonly policy: {readonly approvalsNeeded: number; readonly approvals: number; readonly met: boolean};
  readonly verdicts: {readonly approve: number; readonly revise: number; readonly pending: number};
  readonly parts: readonly PartResult[];
  readonly items: readonly FeedbackItem[];
}

/** What starting a round needs. */
export interface RoundRequest {
  readonly reviewerIds: readonly string[];
  readonly due: string;
  readonly approvalsNeeded?: number;
}

/** What releasing needs; `overrideReason` and `reviewAgainBy` are for an admin's override. */
export interface ReleaseRequest {
  readonly versionId: string;
  readonly overrideReason?: string;
  readonly reviewAgainBy?: string;
}

/** Typed calls for review rounds. */
export class RoundsApi {
  private readonly transport: Transport;

  constructor(transport: Transport) {
    this.transport = transport;
  }

  /** Everyone in the involvement register. */
  async people(): Promise<readonly InvolvedPerson[]> {
    return (await this.transport.send<{people: InvolvedPerson[]}>('GET', '/api/involvement/people')).people;
  }

  /** Adds someone to the register (admins and supporters). */
  addPerson(person: PersonInput): Promise<InvolvedPerson> {
    return this.transport.send('POST', '/api/involvement/people', person);
  }

  /** Changes someone in the register. */
  updatePerson(id: string, changes: Partial<PersonInput>): Promise<InvolvedPerson> {
    return this.transport.send('PATCH', `/api/involvement/people/${enc(id)}`, changes);
  }

  /** Takes someone out of the register; what they said is kept. */
  removePerson(id: string): Promise<unknown> {
    return this.transport.send('DELETE', `/api/involvement/people/${enc(id)}`);
  }

  /** The address of the involvement record for a month (`YYYY-MM`), as CSV. */
  recordUrl(month: string): string {
    return `/api/involvement/record.csv?month=${enc(month)}`;
  }

  /** The document's rounds, newest last. */
  async rounds(documentId: string): Promise<readonly RoundSummary[]> {
    const answer = await this.transport.send<{rounds: RoundSummary[]}>('GET', `/api/documents/${enc(documentId)}/rounds`);
    return [...answer.rounds].sort((a, b) => a.number - b.number);
  }

  /** Freezes the draft into a version and makes a link for each reviewer. */
  startRound(documentId: string, request: RoundRequest): Promise<StartedRound> {
    return this.transport.send('POST', `/api/documents/${enc(documentId)}/rounds`, request);
  }

  /** Ends a round: no more answers are taken. */
  closeRound(roundId: string): Promise<unknown> {
    return this.transport.send('POST', `/api/rounds/${enc(roundId)}/close`);
  }

  /** Calls a round off: its links stop working. */
  cancelRound(roundId: string): Promise<unknown> {
    return this.transport.send('POST', `/api/rounds/${enc(roundId)}/cancel`);
  }

  /** What the reviewers said, gathered up. */
  results(roundId: string): Promise<RoundResults> {
    return this.transport.send('GET', `/api/rounds/${enc(roundId)}/results`);
  }

  /** Records the author's answer to one item. */
  respond(roundId: string, itemId: string, response: ItemResponse): Promise<unknown> {
    return this.transport.send('PUT', `/api/rounds/${enc(roundId)}/items/${enc(itemId)}/response`, response);
  }

  /** Releases a version; the server refuses (409, with `missing`) when the gate is not met. */
  release(documentId: string, request: ReleaseRequest): Promise<unknown> {
    return this.transport.send('POST', `/api/documents/${enc(documentId)}/release`, request);
  }

  /** The address of the round's "You said, we did" page (`download` asks for a file). */
  youSaidWeDidUrl(roundId: string, download = false): string {
    return `/api/rounds/${enc(roundId)}/you-said-we-did.html${download ? '?download=1' : ''}`;
  }
}

/**
 * The plain reasons a refused release gives (`{"error": …, "missing": […]}`), or `[]`
 * when the body says nothing more than its error.
 */
export function missingReasons(body: unknown): string[] {
  if (typeof body !== 'object' || body === null || !('missing' in body)) return [];
  const missing: unknown = body.missing;
  return Array.isArray(missing) ? missing.filter((m): m is string => typeof m === 'string') : [];
}

function enc(part: string): string {
  return encodeURIComponent(part);
}
