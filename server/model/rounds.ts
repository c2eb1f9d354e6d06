/**
 * Review rounds: "Can you understand it?" on one version of a document. Starting a
 * round freezes the draft as a new version (checked by the server), gives each
 * reviewer from the involvement register a link of their own, and closes the
 * document's open round. Parts unchanged since the previous round keep each
 * reviewer's answers there (and their verdict, when nothing changed at all), so a
 * later round asks only about what changed. Editors of the document start, close
 * and cancel rounds; anyone who may read it lists them.
 *
 * @module
 */
import type {ReviewRoundsTable, RoundState} from '../db/review-schema.js';
import type {Db} from '../db/schema.js';
import type {UserActor} from './actor.js';
import {loadDocument, requireAccess, type DocumentAccess} from './access.js';
import {appendAudit} from './audit.js';
import {ModelError, type PersonRef} from './errors.js';
import {insertInvite, maxInviteDays} from './invites.js';
import {approvalsFor, reviewPolicyLimits} from './review-policy.js';
import {partsOf, versionParts} from './round-parts.js';
import {newId} from './tokens.js';
import {checkContent} from './version-checks.js';
import {insertVersion} from './versions.js';

/** A round as the API lists it. */
export interface RoundSummary {
  readonly id: string;
  readonly documentId: string;
  readonly number: number;
  readonly versionId: string;
  readonly versionNumber: number;
  readonly due: string;
  readonly approvalsNeeded: number;
  readonly state: RoundState;
  readonly open: boolean;
  readonly reviewers: PersonRef[];
  readonly createdBy: PersonRef;
  readonly createdAt: string;
  readonly closedAt: string | null;
}

/** What an editor gives to start a round. */
export interface RoundRequest {
  readonly reviewerIds: readonly string[];
  /** `YYYY-MM-DD`, today or later. */
  readonly due: string;
  readonly approvalsNeeded?: number;
}

/** A round just started, with each reviewer's link token (shown once). */
export interface NewRound {
  readonly id: string;
  readonly number: number;
  readonly versionId: string;
  readonly invites: {readonly reviewerId: string; readonly token: string}[];
}

/** Days a round's links keep working after the due date, for late answers. */
const graceDays = 7;

/**
 * Starts round N+1 on document `documentId`: snapshots the draft as a version with
 * the server's own check summary, closes the open round, makes one link per
 * reviewer and carries unchanged parts' answers over, all in one transaction: a
 * refusal or failure leaves no version without its round. Editors only. Throws
 * `invalid` for an unknown, removed or repeated reviewer, a due date in the past or
 * approvals outside the organisation's limits, and `RevisionConflictError` if the
 * draft moves on meanwhile. Audited.
 */
export async function startRound(db: Db, actor: UserActor, documentId: string, input: RoundRequest, now: Date): Promise<NewRound> {
  const {row, access} = await loadDocument(db, actor, documentId);
  requireAccess(access, 'edit');
  const today = now.toISOString().slice(0, 10);
  if (input.due < today) throw new ModelError('invalid', 'The due date has passed. Choose today or a later day.');
  if (new Set(input.reviewerIds).size !== input.reviewerIds.length) throw new ModelError('invalid', 'Each reviewer can only be asked once.');
  // The checks run before the transaction (it holds the document's lock); the version is refused if the draft moves on meanwhile.
  const {summary} = checkContent(row.draft_content, today);
  const parts = partsOf(row.draft_content);
  const id = newId();
  const dueEnd = Date.parse(`${input.due}T23:59:59.999Z`) + graceDays * 86_400_000;
  const expiresAt = new Date(Math.min(dueEnd, now.getTime() + maxInviteDays * 86_400_000));

  return db.transaction().execute(async (trx) => {
    // First, as it locks the document row: two rounds started at once get numbers one after the other.
    const versionId = await insertVersion(trx, actor, documentId, {revision: row.draft_revision, checkSummary: summary}, now);
    const reviewers = await trx
      .selectFrom('involvement_people')
      .select(['id', 'name'])
      .where('id', 'in', [...input.reviewerIds])
      .where('removed_at', 'is', null)
      .execute();
    if (reviewers.length !== input.reviewerIds.length) {
      throw new ModelError('invalid', 'Every reviewer must be someone in the involvement register.');
    }
    const approvalsNeeded = approvalsFor(input.approvalsNeeded, await reviewPolicyLimits(trx));
    const previous = await trx
      .selectFrom('review_rounds')
      .selectAll()
      .where('document_id', '=', documentId)
      .orderBy('number', 'desc')
      .executeTakeFirst();
    await trx
      .updateTable('review_rounds')
      .set({state: 'closed', closed_at: now.toISOString()})
      .where('document_id', '=', documentId)
      .where('state', '=', 'open')
      .execute();
    const number = (previous?.number ?? 0) + 1;
    // A cancelled round's answers were never asked for in earnest: carry from the one before it.
    const carryFrom = previous?.state === 'cancelled' ? previous.previous_round_id : (previous?.id ?? null);
    await trx
      .insertInto('review_rounds')
      .values({
        id,
        document_id: documentId,
        version_id: versionId,
        number,
        previous_round_id: carryFrom,
        due: input.due,
        approvals_needed: approvalsNeeded,
        state: 'open',
        created_by: actor.id,
        created_at: now.toISOString(),
        closed_at: null,
      })
      .execute();
    const invites: {reviewerId: string; token: string}[] = [];
    for (const reviewer of reviewers) {
      const label = `Review link for ${reviewer.name}`;
      const made = await insertInvite(trx, actor, {documentId, versionId, roundId: id, personId: reviewer.id, label, expiresAt}, now);
      invites.push({reviewerId: reviewer.id, token: made.token});
    }
    const asked = new Set(input.reviewerIds);
    const carried = carryFrom ? await carryAnswers(trx, {from: carryFrom, to: id, asked}, parts, now) : 0;
    await appendAudit(trx, actor, now, {
      action: 'round.started',
      documentId,
      versionId,
      detail: {roundId: id, number, due: input.due, approvalsNeeded, reviewerIds: [...input.reviewerIds], carriedAnswers: carried},
    });
    // Links in the order they were asked for.
    invites.sort((a, b) => input.reviewerIds.indexOf(a.reviewerId) - input.reviewerIds.indexOf(b.reviewerId));
    return {id, number, versionId, invites};
  });
}

/** Which round's answers go to which, for whom. */
interface Carry {
  readonly from: string;
  readonly to: string;
  /** The people asked in the new round: only their answers are carried. */
  readonly asked: ReadonlySet<string>;
}

/**
 * Copies into the new round each asked person's answers from the previous round
 * whose part is still there with the same fingerprint, and their verdicts when
 * nothing changed at all (the same parts, each unchanged). Returns how many answers
 * were carried.
 */
async function carryAnswers(trx: Db, {from: fromRound, to: toRound, asked}: Carry, parts: readonly {id: string; fingerprint: string}[], now: Date): Promise<number> {
  const current = new Map(parts.map((p) => [p.id, p.fingerprint]));
  const old = await trx.selectFrom('review_rounds').select('version_id').where('id', '=', fromRound).executeTakeFirstOrThrow();
  const oldParts = await versionParts(trx, old.version_id);
  const unchangedVersion =
    oldParts.length === parts.length && oldParts.every((p) => current.get(p.id) === p.fingerprint);
  const answers = await trx.selectFrom('review_answers').selectAll().where('round_id', '=', fromRound).execute();
  const keep = answers.filter((a) => asked.has(a.person_id) && current.get(a.part_id) === a.fingerprint);
  for (const answer of keep) {
    await trx
      .insertInto('review_answers')
      .values({...answer, round_id: toRound, carried: 1, first_at: now.toISOString(), updated_at: now.toISOString()})
      .execute();
  }
  if (unchangedVersion) {
    const verdicts = await trx.selectFrom('review_verdicts').selectAll().where('round_id', '=', fromRound).execute();
    for (const verdict of verdicts.filter((v) => asked.has(v.person_id))) {
      await trx
        .insertInto('review_verdicts')
        .values({...verdict, round_id: toRound, carried: 1, first_at: now.toISOString(), updated_at: now.toISOString()})
        .execute();
    }
  }
  return keep.length;
}

/** A document's rounds, newest first. Anyone who may read the document. */
export async function listRounds(db: Db, actor: UserActor, documentId: string): Promise<RoundSummary[]> {
  await loadDocument(db, actor, documentId);
  const rows = await db.selectFrom('review_rounds').select('id').where('document_id', '=', documentId).orderBy('number', 'desc').execute();
  const out: RoundSummary[] = [];
  for (const row of rows) out.push(await roundSummary(db, row.id));
  return out;
}

/** Ends an open round: links stop taking answers; what was said is kept. Editors only. Audited. */
export async function closeRound(db: Db, actor: UserActor, roundId: string, now: Date): Promise<RoundSummary> {
  return finishRound(db, actor, roundId, 'closed', now);
}

/** Calls off an open round: like closing, but its answers never count for release. Editors only. Audited. */
export async function cancelRound(db: Db, actor: UserActor, roundId: string, now: Date): Promise<RoundSummary> {
  return finishRound(db, actor, roundId, 'cancelled', now);
}

async function finishRound(db: Db, actor: UserActor, roundId: string, state: 'closed' | 'cancelled', now: Date): Promise<RoundSummary> {
  const {round, access} = await loadRound(db, actor, roundId);
  requireAccess(access, 'edit');
  await db.transaction().execute(async (trx) => {
    const done = await trx
      .updateTable('review_rounds')
      .set({state, closed_at: now.toISOString()})
      .where('id', '=', roundId)
      .where('state', '=', 'open')
      .executeTakeFirst();
    if (Number(done.numUpdatedRows) === 0) throw new ModelError('conflict', 'This review round has already finished.');
    await appendAudit(trx, actor, now, {
      action: state === 'closed' ? 'round.closed' : 'round.cancelled',
      documentId: round.document_id,
      versionId: round.version_id,
      detail: {roundId},
    });
  });
  return roundSummary(db, roundId);
}

/**
 * A round with what `actor` may do with its document. Throws `not-found` both when
 * there is no such round and when the actor may not read its document.
 */
export async function loadRound(db: Db, actor: UserActor, roundId: string): Promise<{round: ReviewRoundsTable; access: DocumentAccess}> {
  const round = await db.selectFrom('review_rounds').selectAll().where('id', '=', roundId).executeTakeFirst();
  if (!round) throw noSuchRound();
  try {
    const {access} = await loadDocument(db, actor, round.document_id);
    return {round, access};
  } catch (error) {
    throw error instanceof ModelError && error.kind === 'not-found' ? noSuchRound() : error;
  }
}

/** The error for a round that does not exist or is not visible. */
export function noSuchRound(): ModelError {
  return new ModelError('not-found', 'There is no such review round, or you do not have access to it.');
}

/** The refusal for a change to a round that is no longer open. Nothing said before is lost. */
export function roundFinished(): ModelError {
  return new ModelError('conflict', 'This review round has finished, so it cannot take more answers. Everything you said before is kept.');
}

/** The people asked in a round: those with a link, and those at its group sessions. */
export async function roundReviewers(db: Db, roundId: string): Promise<PersonRef[]> {
  const linked = db
    .selectFrom('invites')
    .innerJoin('involvement_people as p', 'p.id', 'invites.person_id')
    .select(['p.id', 'p.name'])
    .where('invites.round_id', '=', roundId);
  const met = db
    .selectFrom('group_session_members as m')
    .innerJoin('group_sessions as s', 's.id', 'm.session_id')
    .innerJoin('involvement_people as p', 'p.id', 'm.person_id')
    .select(['p.id', 'p.name'])
    .where('s.round_id', '=', roundId);
  const rows = await linked.union(met).execute();
  return rows.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

/** One round, for the API. */
async function roundSummary(db: Db, roundId: string): Promise<RoundSummary> {
  const row = await db
    .selectFrom('review_rounds')
    .innerJoin('versions', 'versions.id', 'review_rounds.version_id')
    .innerJoin('users', 'users.id', 'review_rounds.created_by')
    .selectAll('review_rounds')
    .select(['versions.number as version_number', 'users.name as creator_name'])
    .where('review_rounds.id', '=', roundId)
    .executeTakeFirstOrThrow();
  return {
    id: row.id,
    documentId: row.document_id,
    number: row.number,
    versionId: row.version_id,
    versionNumber: row.version_number,
    due: row.due,
    approvalsNeeded: row.approvals_needed,
    state: row.state,
    open: row.state === 'open',
    reviewers: await roundReviewers(db, roundId),
    createdBy: {id: row.created_by, name: row.creator_name},
    createdAt: row.created_at,
    closedAt: row.closed_at,
  };
}
