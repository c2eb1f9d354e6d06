/**
 * Reviewers' answers, one part at a time, and their verdict on the round. An answer
 * is saved the moment it is given (one row per round, person and part, replaced
 * when changed) and acknowledged only once it is committed. Answers come through
 * the person's own link, or from a supporter in a group session
 * (`group-sessions.ts`); both write here. A finished round or a dead link takes
 * nothing more, and loses nothing it took.
 *
 * @module
 */
import type {ReviewAnswersTable, ReviewRoundsTable, Understood} from '../db/review-schema.js';
import type {Db, InvitesTable, Verdict} from '../db/schema.js';
import type {Actor, InviteActor} from './actor.js';
import {appendAudit, type AuditRecord} from './audit.js';
import {ModelError} from './errors.js';
import {committed, isPostgres, writtenWithAudit} from './group-commit.js';
import {inviteColumns, openInvite, requireOpen} from './invites.js';
import {hashToken} from './tokens.js';
import {reviewByToken, type ReviewView} from './reviews.js';
import {versionParts, type VersionPart} from './round-parts.js';
import {roundFinished} from './rounds.js';

/** A word a reviewer marked as hard: where it is in the part's text, and what they think it means. */
export interface HardWord {
  readonly word: string;
  readonly start: number;
  readonly end: number;
  readonly meaning?: string;
}

/** What a reviewer says about one part. */
export interface AnswerInput {
  readonly understood: Understood;
  readonly hardWords?: readonly HardWord[];
  readonly pictureHelps?: Understood;
  readonly comment?: string;
}

/** An answer as stored. */
export interface Answer {
  readonly understood: Understood;
  readonly hardWords: HardWord[];
  readonly pictureHelps: Understood | null;
  readonly comment: string;
  /** True when kept from the previous round because the part did not change. */
  readonly carried: boolean;
  readonly updatedAt: string;
}

/** A verdict as stored. */
export interface VerdictView {
  readonly verdict: Verdict;
  readonly comment: string;
  readonly updatedAt: string;
}

/** Where an answer came from: a link, or a supporter in a session. */
export interface AnswerSource {
  readonly inviteId: string | null;
  readonly sessionId: string | null;
  readonly recordedBy: string | null;
}

/** A part as a reviewer sees it: whether this round asks about it, and their answer. */
export interface ReviewPart {
  readonly id: string;
  readonly kind: string;
  readonly text: string;
  readonly picture: {readonly src: string; readonly alt: string} | null;
  /** False for a part unchanged since the previous round, whose answer is kept. */
  readonly needsAnswer: boolean;
  readonly answer: Answer | null;
}

/** What a round's link shows: the review, the round, the verdict so far and every part. */
export interface InviteReview extends ReviewView {
  readonly round: {readonly id: string; readonly number: number; readonly due: string; readonly open: boolean} | null;
  readonly verdict: Verdict | null;
  readonly parts: ReviewPart[];
}

/**
 * What the link `token` shows. A link made outside a round shows the version's
 * parts with `round: null`. Throws `not-found` for an unknown link, `gone` for one
 * that expired or was revoked.
 */
export async function inviteReview(db: Db, token: string, now: Date): Promise<InviteReview> {
  const review = await reviewByToken(db, token, now);
  const {invite} = await openInvite(db, token, now);
  const parts = await versionParts(db, invite.version_id);
  if (!invite.round_id || !invite.person_id) {
    return {...review, round: null, verdict: null, parts: parts.map((p) => reviewPart(p, undefined))};
  }
  const round = await db.selectFrom('review_rounds').selectAll().where('id', '=', invite.round_id).executeTakeFirstOrThrow();
  const answers = await db
    .selectFrom('review_answers')
    .selectAll()
    .where('round_id', '=', round.id)
    .where('person_id', '=', invite.person_id)
    .execute();
  const byPart = new Map(answers.map((a) => [a.part_id, a]));
  const verdict = await db
    .selectFrom('review_verdicts')
    .select('verdict')
    .where('round_id', '=', round.id)
    .where('person_id', '=', invite.person_id)
    .executeTakeFirst();
  return {
    ...review,
    round: {id: round.id, number: round.number, due: round.due, open: round.state === 'open'},
    verdict: verdict?.verdict ?? null,
    parts: parts.map((p) => reviewPart(p, byPart.get(p.id))),
  };
}

/**
 * Saves one part's answer through the link `token`. Throws `gone` for a dead link,
 * `conflict` for a finished round or a link outside any round, `not-found` for a
 * part not in the version and `invalid` for a hard word not at its place in the
 * text, or a picture answer for a part with no picture. Audited.
 */
export async function answerWithLink(db: Db, token: string, partId: string, input: AnswerInput, now: Date): Promise<Answer> {
  const {invite, actor, round, personId} = await openRoundInvite(db, token, now);
  const source = {inviteId: invite.id, sessionId: null, recordedBy: null};
  return writeAnswer(db, actor, {round, personId, partId, source}, input, now);
}

/** Gives or changes the verdict through the link `token`, while the round is open. Audited. */
export async function verdictWithLink(db: Db, token: string, input: {verdict: Verdict; comment?: string}, now: Date): Promise<VerdictView> {
  const {invite, actor, round, personId} = await openRoundInvite(db, token, now);
  return writeVerdict(db, actor, {round, personId, source: {inviteId: invite.id, sessionId: null, recordedBy: null}}, input, now);
}

/** Whose answer, about what, from where. */
export interface AnswerTarget {
  readonly round: ReviewRoundsTable;
  readonly personId: string;
  readonly partId: string;
  readonly source: AnswerSource;
}

/** Checks and saves an answer (see {@link answerWithLink}); the caller has checked who may give it. */
export async function writeAnswer(db: Db, actor: Actor, target: AnswerTarget, input: AnswerInput, now: Date): Promise<Answer> {
  if (target.round.state !== 'open') throw roundFinished();
  const parts = await versionParts(db, target.round.version_id);
  const part = parts.find((p) => p.id === target.partId);
  if (!part) throw new ModelError('not-found', 'That part is not in the document being checked. Reload the page to see it as it is now.');
  checkAnswer(part, input);
  const at = now.toISOString();
  const values = {
    fingerprint: part.fingerprint,
    understood: input.understood,
    hard_words: JSON.stringify(input.hardWords ?? []),
    picture_helps: input.pictureHelps ?? null,
    comment: input.comment ?? '',
    carried: 0,
    invite_id: target.source.inviteId,
    session_id: target.source.sessionId,
    recorded_by: target.source.recordedBy,
    updated_at: at,
  };
  const {round, personId, partId} = target;
  await saveAnswer(db, actor, {...values, round_id: round.id, person_id: personId, part_id: partId, first_at: at}, now, {
    action: 'answer.saved',
    documentId: round.document_id,
    versionId: round.version_id,
    detail: {roundId: round.id, personId, partId, understood: input.understood, ...sourceDetail(target.source)},
  });
  return toAnswer({...values, updated_at: at});
}

/**
 * Writes `row` (replacing the answer before it) and its audit line, in one
 * transaction that first finds the round still open; throws `conflict` if it is not.
 */
async function saveAnswer(db: Db, actor: Actor, row: ReviewAnswersTable, now: Date, audit: AuditRecord): Promise<void> {
  const {round_id: _round, person_id: _person, part_id: _part, first_at: _first, ...changed} = row;
  if (!isPostgres(db)) {
    await committed(db, async (trx) => {
      await requireStillOpen(trx, row.round_id);
      await trx
        .insertInto('review_answers')
        .values(row)
        .onConflict((oc) => oc.columns(['round_id', 'person_id', 'part_id']).doUpdateSet(changed))
        .execute();
      await appendAudit(trx, actor, now, audit);
    });
    return;
  }
  // One statement where begin, check, answer, audit line and commit took five (the
  // bench's answers were limited by them). Locking the round `for share` waits for a
  // close being committed at the same moment and then sees it, as requireStillOpen does.
  const written = await writtenWithAudit(
    db,
    (qc) =>
      qc
        .insertInto('review_answers')
        .columns(keysOf(row))
        // Parameters in a select list are read as text, so the one number is cast.
        .expression((eb) =>
          eb
            .selectFrom('review_rounds')
            .select(keysOf(row).map((key) => (key === 'carried' ? eb.cast<unknown>(eb.val(row.carried), 'integer') : eb.val<unknown>(row[key])).as(key)))
            .where('id', '=', row.round_id)
            .where('state', '=', 'open')
            .forShare()
        )
        .onConflict((oc) => oc.columns(['round_id', 'person_id', 'part_id']).doUpdateSet(changed))
        .returning('round_id'),
    actor,
    now,
    audit
  );
  if (!written) throw roundFinished();
}

function keysOf(row: ReviewAnswersTable): (keyof ReviewAnswersTable)[] {
  return Object.keys(row) as (keyof ReviewAnswersTable)[];
}

/** Saves a verdict; the caller has checked who may give it. Throws `conflict` once the round has finished. Audited. */
export async function writeVerdict(
  db: Db,
  actor: Actor,
  target: Omit<AnswerTarget, 'partId'>,
  input: {verdict: Verdict; comment?: string},
  now: Date
): Promise<VerdictView> {
  const {round, personId, source} = target;
  if (round.state !== 'open') throw roundFinished();
  const at = now.toISOString();
  const values = {
    verdict: input.verdict,
    comment: input.comment ?? '',
    carried: 0,
    invite_id: source.inviteId,
    session_id: source.sessionId,
    recorded_by: source.recordedBy,
    updated_at: at,
  };
  await committed(db, async (trx) => {
    await requireStillOpen(trx, round.id);
    await trx
      .insertInto('review_verdicts')
      .values({round_id: round.id, person_id: personId, first_at: at, ...values})
      .onConflict((oc) => oc.columns(['round_id', 'person_id']).doUpdateSet(values))
      .execute();
    await appendAudit(trx, actor, now, {
      action: 'verdict.given',
      documentId: round.document_id,
      versionId: round.version_id,
      detail: {roundId: round.id, personId, verdict: input.verdict, ...sourceDetail(source)},
    });
  });
  return {verdict: input.verdict, comment: values.comment, updatedAt: at};
}

/** Reads a stored answer. */
function toAnswer(row: Pick<ReviewAnswersTable, 'understood' | 'hard_words' | 'picture_helps' | 'comment' | 'carried' | 'updated_at'>): Answer {
  return {
    understood: row.understood,
    hardWords: readHardWords(row.hard_words),
    pictureHelps: row.picture_helps,
    comment: row.comment,
    carried: row.carried === 1,
    updatedAt: row.updated_at,
  };
}

/** Reads stored hard words (written by this module, so only their shape is checked). */
export function readHardWords(text: string): HardWord[] {
  const value: unknown = JSON.parse(text);
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    if (!('word' in item) || !('start' in item) || !('end' in item)) return [];
    const {word, start, end} = item;
    if (typeof word !== 'string' || typeof start !== 'number' || typeof end !== 'number') return [];
    const meaning = 'meaning' in item && typeof item.meaning === 'string' ? {meaning: item.meaning} : {};
    return [{word, start, end, ...meaning}];
  });
}

function reviewPart(part: VersionPart, row: ReviewAnswersTable | undefined): ReviewPart {
  return {
    id: part.id,
    kind: part.kind,
    text: part.text,
    picture: part.picture,
    needsAnswer: row?.carried !== 1,
    answer: row ? toAnswer(row) : null,
  };
}

/**
 * The link `token` and its round, read in one query (answers come in fast, and each
 * query is a round trip to PostgreSQL). Throws as `openInvite` does, and `conflict`
 * for a link outside any round.
 */
async function openRoundInvite(db: Db, token: string, now: Date): Promise<{invite: InvitesTable; actor: InviteActor; round: ReviewRoundsTable; personId: string}> {
  const row = await db
    .selectFrom('invites')
    .innerJoin('review_rounds as round', 'round.id', 'invites.round_id')
    .select(inviteColumns)
    .select([
      'round.document_id as round_document_id',
      'round.version_id as round_version_id',
      'round.number as round_number',
      'round.previous_round_id as round_previous_round_id',
      'round.due as round_due',
      'round.approvals_needed as round_approvals_needed',
      'round.state as round_state',
      'round.created_by as round_created_by',
      'round.created_at as round_created_at',
      'round.closed_at as round_closed_at',
    ])
    .where('invites.token_hash', '=', hashToken(token))
    .executeTakeFirst();
  if (!row || row.round_id === null || row.person_id === null) {
    // Rare: say why as openInvite does (unknown or dead link), or else that it is not a round's.
    await openInvite(db, token, now);
    throw new ModelError('conflict', 'This link is not part of a review round. Use it to give feedback on the whole document.');
  }
  const {round_document_id, round_version_id, round_number, round_previous_round_id, round_due, round_approvals_needed, round_state, round_created_by, round_created_at, round_closed_at, ...invite} = row;
  requireOpen(invite, now);
  const round: ReviewRoundsTable = {
    id: row.round_id,
    document_id: round_document_id,
    version_id: round_version_id,
    number: round_number,
    previous_round_id: round_previous_round_id,
    due: round_due,
    approvals_needed: round_approvals_needed,
    state: round_state,
    created_by: round_created_by,
    created_at: round_created_at,
    closed_at: round_closed_at,
  };
  return {invite, actor: {kind: 'invite', inviteId: invite.id, label: invite.label}, round, personId: row.person_id};
}

/**
 * Throws `conflict` unless the round is still open, inside the write's transaction.
 * In PostgreSQL the row is read `for share`, so a close being committed at the same
 * moment is waited for and seen (SQLite runs one transaction at a time anyway).
 */
async function requireStillOpen(trx: Db, roundId: string): Promise<void> {
  const select = trx.selectFrom('review_rounds').select('state').where('id', '=', roundId);
  const locked = isPostgres(trx) ? select.forShare() : select;
  const row = await locked.executeTakeFirstOrThrow();
  if (row.state !== 'open') throw roundFinished();
}

function checkAnswer(part: VersionPart, input: AnswerInput): void {
  for (const hard of input.hardWords ?? []) {
    if (hard.end <= hard.start || hard.end > part.text.length || part.text.slice(hard.start, hard.end) !== hard.word) {
      throw new ModelError('invalid', `The hard word "${hard.word}" is not at that place in the text.`);
    }
  }
  if (input.pictureHelps !== undefined && part.picture === null) {
    throw new ModelError('invalid', 'This part has no picture, so there is no picture to answer about.');
  }
}

function sourceDetail(source: AnswerSource): Record<string, unknown> {
  return source.sessionId ? {sessionId: source.sessionId, recordedBy: source.recordedBy} : {inviteId: source.inviteId};
}
