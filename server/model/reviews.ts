/**
 * What a reviewer sees: one version of one document, through a link, with the
 * feedback already given on that link. Supporters see the same for the reviewers
 * they support.
 *
 * @module
 */
import type {DocumentFile} from '../../src/document/document-file.js';
import type {Db, InvitesTable} from '../db/schema.js';
import type {UserActor} from './actor.js';
import {readStoredDocument} from './content.js';
import {ModelError, type PersonRef} from './errors.js';
import {listFeedback, type Feedback} from './feedback.js';
import {noSuchInvite, openInvite, requireOpen} from './invites.js';
import {personColumns, personRef} from './joined-person.js';

/** One review: the version to read and the feedback so far. */
export interface ReviewView {
  readonly inviteId: string;
  readonly label: string;
  readonly expiresAt: string;
  readonly reviewer: PersonRef | null;
  readonly version: {
    readonly id: string;
    readonly number: number;
    readonly title: string;
    readonly createdAt: string;
    readonly content: DocumentFile;
  };
  readonly feedback: Feedback[];
}

/** A review waiting for someone a supporter supports. */
export interface SupportedReview {
  readonly inviteId: string;
  readonly label: string;
  readonly reviewer: PersonRef;
  readonly title: string;
  readonly versionNumber: number;
  readonly expiresAt: string;
}

/** The review behind a link. Throws `not-found` or `gone` for a bad link. */
export async function reviewByToken(db: Db, token: string, now: Date): Promise<ReviewView> {
  const {invite} = await openInvite(db, token, now);
  return reviewView(db, invite);
}

/**
 * The open reviews of the reviewers `actor` supports, soonest to expire first:
 * links made for one of them. Supporters only.
 */
export async function listSupportedReviews(db: Db, actor: UserActor, now: Date): Promise<SupportedReview[]> {
  requireSupporter(actor);
  const rows = await db
    .selectFrom('invites')
    .innerJoin('supports', 'supports.reviewer_id', 'invites.reviewer_id')
    .innerJoin('users as reviewer', 'reviewer.id', 'invites.reviewer_id')
    .innerJoin('versions', 'versions.id', 'invites.version_id')
    .select([
      'invites.id',
      'invites.label',
      'invites.expires_at',
      'versions.title',
      'versions.number',
    ])
    .select(personColumns('reviewer'))
    .where('supports.supporter_id', '=', actor.id)
    .where('invites.revoked_at', 'is', null)
    .where('invites.expires_at', '>', now.toISOString())
    .orderBy('invites.expires_at')
    .execute();
  return rows.map((row) => ({
    inviteId: row.id,
    label: row.label,
    reviewer: personRef(row, 'reviewer'),
    title: row.title,
    versionNumber: row.number,
    expiresAt: row.expires_at,
  }));
}

/** One review of a reviewer `actor` supports. Supporters only; throws `not-found` otherwise. */
export async function supportedReview(db: Db, actor: UserActor, inviteId: string, now: Date): Promise<ReviewView> {
  requireSupporter(actor);
  const invite = await db
    .selectFrom('invites')
    .innerJoin('supports', 'supports.reviewer_id', 'invites.reviewer_id')
    .selectAll('invites')
    .where('invites.id', '=', inviteId)
    .where('supports.supporter_id', '=', actor.id)
    .executeTakeFirst();
  if (!invite) throw noSuchInvite();
  requireOpen(invite, now);
  return reviewView(db, invite);
}

async function reviewView(db: Db, invite: InvitesTable): Promise<ReviewView> {
  const version = await db
    .selectFrom('versions')
    .select(['id', 'number', 'title', 'created_at', 'content'])
    .where('id', '=', invite.version_id)
    .executeTakeFirstOrThrow();
  const reviewer = invite.reviewer_id
    ? await db.selectFrom('users').select(['id', 'name']).where('id', '=', invite.reviewer_id).executeTakeFirst()
    : undefined;
  return {
    inviteId: invite.id,
    label: invite.label,
    expiresAt: invite.expires_at,
    reviewer: reviewer ?? null,
    version: {
      id: version.id,
      number: version.number,
      title: version.title,
      createdAt: version.created_at,
      content: readStoredDocument(version.content),
    },
    feedback: await listFeedback(db, invite.id),
  };
}

function requireSupporter(actor: UserActor): void {
  if (actor.role !== 'supporter') throw new ModelError('forbidden', 'Only supporters have reviews to help with.');
}
