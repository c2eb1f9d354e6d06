/**
 * The tables of the "Can you understand it?" review (migration `0003-review-rounds`),
 * with the same portable choices as `schema.ts`: text ids and ISO times, flags as 0
 * or 1, JSON as text.
 *
 * @module
 */
import type {Verdict} from './schema.js';

/** How a person wants to be named in credits: in full, first name only, or not at all. */
export type Credit = 'full' | 'first' | 'none';

/** A reviewer's answer to "Can you understand it?" and "Does the picture help?". */
export type Understood = 'yes' | 'not-sure' | 'no';

/** Where a review round is: taking answers, finished, or called off. */
export type RoundState = 'open' | 'closed' | 'cancelled';

/** The involvement register: people who review, most with no account. */
export interface InvolvementPeopleTable {
  id: string;
  name: string;
  credit: Credit;
  /** 1 when they agreed to be named; `consented_at` says when. */
  consent_to_name: number;
  consented_at: string | null;
  /** 1 for people with lived experience (of a learning disability): only their approvals count. */
  lived_experience: number;
  /** 1 when paid for reviewing, 0 when voluntary. */
  paid: number;
  /** The supporter (a user with role supporter) who helps them, if any. */
  supporter_id: string | null;
  /** How they like to be contacted, in their words. */
  contact: string;
  created_at: string;
  /** Set when removed from the register; their past answers stay. */
  removed_at: string | null;
}

/** A review round: one version of a document, some reviewers, a due date and the approval policy. */
export interface ReviewRoundsTable {
  id: string;
  document_id: string;
  version_id: string;
  /** 1, 2, 3 … within the document. */
  number: number;
  /** The round before it on the same document, whose answers unchanged parts keep. */
  previous_round_id: string | null;
  /** `YYYY-MM-DD`. */
  due: string;
  approvals_needed: number;
  state: RoundState;
  created_by: string;
  created_at: string;
  closed_at: string | null;
}

/** Where an answer or verdict came from, and when: the columns both tables share. */
export interface GivenBy {
  comment: string;
  /** 1 when copied from the previous round because the part did not change. */
  carried: number;
  /** The link it came through, or `null` when a supporter recorded it in a session. */
  invite_id: string | null;
  session_id: string | null;
  /** The supporter who wrote it down, or `null`. */
  recorded_by: string | null;
  first_at: string;
  updated_at: string;
}

/** One person's answer about one part in one round. */
export interface ReviewAnswersTable extends GivenBy {
  round_id: string;
  person_id: string;
  part_id: string;
  /** The part's fingerprint (text and picture) when answered. */
  fingerprint: string;
  understood: Understood;
  /** JSON array of `{word, start, end, meaning?}`. */
  hard_words: string;
  picture_helps: Understood | null;
}

/** One person's verdict on a round. */
export interface ReviewVerdictsTable extends GivenBy {
  round_id: string;
  person_id: string;
  verdict: Verdict;
}

/** A group session: a supporter records answers for the members present. */
export interface GroupSessionsTable {
  id: string;
  round_id: string;
  supporter_id: string;
  started_at: string;
  ended_at: string | null;
}

/** Who was at a group session. */
export interface GroupSessionMembersTable {
  session_id: string;
  person_id: string;
}

/** An author's response to one feedback item of a round. */
export interface ItemResponsesTable {
  round_id: string;
  item_id: string;
  action: 'changed' | 'not-changed';
  reason: string;
  /** The version that made the change, when given. */
  version_id: string | null;
  responded_by: string;
  responded_at: string;
}

/** The review tables, merged into `Database`. */
export interface ReviewTables {
  involvement_people: InvolvementPeopleTable;
  review_rounds: ReviewRoundsTable;
  review_answers: ReviewAnswersTable;
  review_verdicts: ReviewVerdictsTable;
  group_sessions: GroupSessionsTable;
  group_session_members: GroupSessionMembersTable;
  item_responses: ItemResponsesTable;
}
