/**
 * Reviewers' feedback on a version: approve, or asks for changes, with comments.
 * A reviewer gives it through their link; a supporter may write it down for a
 * reviewer they support. Both are audited.
 *
 * @module
 */
import type {Db, InvitesTable, Verdict} from '../db/schema.js';
import type {Actor, UserActor} from './actor.js';
import {appendAudit} from './audit.js';
import {ModelError, type PersonRef} from './errors.js';
import {noSuchInvite, openInvite, requireOpen} from './invites.js';
import {newId} from './tokens.js';

/** One piece of feedback. */
export interface Feedback {
  readonly id: string;
  readonly inviteId: string;
  readonly versionId: string;
  /** Whom it is from, when known. */
  readonly reviewer: PersonRef | null;
  /** The supporter who wrote it down, or `null` when the reviewer used their link. */
  readonly recordedBy: PersonRef | null;
  readonly verdict: Verdict;
  readonly comments: string;
  readonly createdAt: string;
}

/** What a reviewer says. */
export interface FeedbackInput {
  readonly verdict: Verdict;
  readonly comments: string;
}

/** Records feedback given through a review link. Throws `not-found`/`gone` for a bad link. */
export async function recordFeedbackWithLink(db: Db, token: string, input: FeedbackInput, now: Date): Promise<Feedback> {
  const {invite, actor} = await openInvite(db, token, now);
  return insertFeedback(db, actor, invite, invite.reviewer_id, null, input, now);
}

/**
 * Records feedback a supporter wrote down for reviewer `input.for`. Only supporters,
 * only for reviewers they support, and only on a link made for that reviewer: a link
 * made for no one in particular is its holder's to answer.
 */
export async function recordFeedbackAsSupporter(
  db: Db,
  actor: UserActor,
  inviteId: string,
  input: FeedbackInput & {readonly for: string},
  now: Date
): Promise<Feedback> {
  if (actor.role !== 'supporter') {
    throw new ModelError('forbidden', 'Only supporters can record feedback for someone else.');
  }
  const invite = await db.selectFrom('invites').selectAll().where('id', '=', inviteId).executeTakeFirst();
  if (!invite) throw noSuchInvite();
  const supported = await db
    .selectFrom('supports')
    .select('reviewer_id')
    .where('supporter_id', '=', actor.id)
    .where('reviewer_id', '=', input.for)
    .executeTakeFirst();
  if (!supported) throw new ModelError('forbidden', 'You can only record feedback for people you support.');
  if (invite.reviewer_id === null) {
    throw new ModelError('forbidden', 'You can only record feedback on review links made for the people you support.');
  }
  if (invite.reviewer_id !== input.for) throw new ModelError('invalid', 'This review is for someone else.');
  requireOpen(invite, now);
  return insertFeedback(db, actor, invite, input.for, actor.id, input, now);
}

/** The feedback given through one link, oldest first. */
export async function listFeedback(db: Db, inviteId: string): Promise<Feedback[]> {
  const rows = await db
    .selectFrom('feedback')
    .leftJoin('users as reviewer', 'reviewer.id', 'feedback.reviewer_id')
    .leftJoin('users as recorder', 'recorder.id', 'feedback.recorded_by')
    .selectAll('feedback')
    .select(['reviewer.name as reviewer_name', 'recorder.name as recorder_name'])
    .where('feedback.invite_id', '=', inviteId)
    .orderBy('feedback.created_at')
    .orderBy('feedback.id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    inviteId: row.invite_id,
    versionId: row.version_id,
    reviewer: row.reviewer_id ? {id: row.reviewer_id, name: row.reviewer_name ?? ''} : null,
    recordedBy: row.recorded_by ? {id: row.recorded_by, name: row.recorder_name ?? ''} : null,
    verdict: row.verdict,
    comments: row.comments,
    createdAt: row.created_at,
  }));
}

async function insertFeedback(
  db: Db,
  actor: Actor,
  invite: InvitesTable,
  reviewerId: string | null,
  recordedBy: string | null,
  input: FeedbackInput,
  now: Date
): Promise<Feedback> {
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('feedback')
      .values({
        id,
        invite_id: invite.id,
        version_id: invite.version_id,
        reviewer_id: reviewerId,
        recorded_by: recordedBy,
        verdict: input.verdict,
        comments: input.comments.trim(),
        created_at: now.toISOString(),
      })
      .execute();
    await appendAudit(trx, actor, now, {
      action: 'feedback.recorded',
      documentId: invite.document_id,
      versionId: invite.version_id,
      detail: {feedbackId: id, inviteId: invite.id, verdict: input.verdict, reviewerId},
    });
  });
  const saved = (await listFeedback(db, invite.id)).find((f) => f.id === id);
  if (!saved) throw new Error(`Feedback ${id} vanished after it was saved.`);
  return saved;
}
