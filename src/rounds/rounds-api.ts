/**
 * The author's side of review rounds, as the server's API describes them
 * (`/api/involvement/people`, `/api/documents/{id}/rounds`, `/api/rounds/{id}/…`,
 * `/api/documents/{id}/release`): typed calls over any {@link Transport}, which in the
 * app is the signed-in `ApiClient`.
 *
 * @module
 */

import {TransportApi} from '../app/transport-api.js';
import type {
  FeedbackItem,
  InvolvedPerson,
  ItemResponse,
  NewRound as StartedRound,
  PersonInput,
  ResponseInput,
  RoundRequest,
  RoundResults,
  RoundSummary,
} from '../../server/api-types.js';

export type {Transport} from '../app/transport-api.js';

export type {FeedbackItem, InvolvedPerson, ItemResponse, PersonInput, ResponseInput, RoundRequest, RoundResults, RoundSummary, StartedRound};

/** How a reviewer wants to be named in a "Checked by" credit. */
export type Credit = InvolvedPerson['credit'];
/** One reviewer's link in a new round. The token is shown only once: it is stored hashed. */
export type RoundInvite = StartedRound['invites'][number];
/** A part's tallies. */
export type PartResult = RoundResults['parts'][number];
/** Yes / not sure / no counts. */
export type Tally = PartResult['understood'];
/** The kinds of thing a reviewer said that the author answers. */
export type ItemKind = RoundResults['items'][number]['kind'];

/** What releasing needs; `overrideReason` and `reviewAgainBy` are for an admin's override. */
export interface ReleaseRequest {
  readonly versionId: string;
  readonly overrideReason?: string;
  readonly reviewAgainBy?: string;
}

/** Typed calls for review rounds. */
export class RoundsApi extends TransportApi {
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
  respond(roundId: string, itemId: string, response: ResponseInput): Promise<unknown> {
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
