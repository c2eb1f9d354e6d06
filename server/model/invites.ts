/**
 * Review links. A link carries a 128-bit random token; only its SHA-256 is stored.
 * Each link opens exactly one version of one document, until it expires or is
 * revoked. Volunteers need no account or password.
 *
 * @module
 */
import type {Db, InvitesTable} from '../db/schema.js';
import type {InviteActor, UserActor} from './actor.js';
import {loadDocument, requireAccess} from './access.js';
import {appendAudit} from './audit.js';
import {ModelError, type PersonRef} from './errors.js';
import {hashToken, newId, newToken} from './tokens.js';

/**
 * Every column of an invite, each by name: for queries that run on every answer, since a
 * query that asks for `invites.*` is not kept as a named statement on PostgreSQL (see
 * `server/db/named-statements.ts`). The type makes a new column fail to compile until added.
 */
export const inviteColumns = Object.values({
  id: 'invites.id',
  document_id: 'invites.document_id',
  version_id: 'invites.version_id',
  token_hash: 'invites.token_hash',
  reviewer_id: 'invites.reviewer_id',
  label: 'invites.label',
  created_by: 'invites.created_by',
  created_at: 'invites.created_at',
  expires_at: 'invites.expires_at',
  revoked_at: 'invites.revoked_at',
  round_id: 'invites.round_id',
  person_id: 'invites.person_id',
} satisfies {[Column in keyof InvitesTable]: `invites.${Column}`});

/** Whether a link still works. */
export type InviteState = 'open' | 'expired' | 'revoked';

/** A review link, without its token. */
export interface InviteSummary {
  readonly id: string;
  readonly documentId: string;
  readonly versionId: string;
  readonly versionNumber: number;
  readonly reviewer: PersonRef | null;
  readonly label: string;
  readonly createdBy: PersonRef;
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly revokedAt: string | null;
  readonly state: InviteState;
}

/** A link just made. `token` is shown once and never stored. */
export interface NewInvite extends InviteSummary {
  readonly token: string;
}

/** What an author gives to make a link. */
export interface InviteRequest {
  readonly versionId: string;
  /** The reviewer it is for, if they are in the studio (lets their supporter answer for them). */
  readonly reviewerId?: string | null;
  /** Words to tell links apart, such as "Thursday group". Defaults to the reviewer's name. */
  readonly label?: string;
  /** How many days the link works (default `ServerConfig.inviteDays`). */
  readonly days?: number;
}

/** The most days a link may last. */
export const maxInviteDays = 90;

/**
 * Makes a review link for one version. Editors of the document only. Moves a draft
 * document to "in review". Audited.
 */
export async function createInvite(
  db: Db,
  actor: UserActor,
  documentId: string,
  input: InviteRequest,
  defaultDays: number,
  now: Date
): Promise<NewInvite> {
  const {access} = await loadDocument(db, actor, documentId);
  requireAccess(access, 'edit');
  const version = await db
    .selectFrom('versions')
    .select(['id'])
    .where('id', '=', input.versionId)
    .where('document_id', '=', documentId)
    .executeTakeFirst();
  if (!version) throw new ModelError('not-found', 'This document has no such version.');
  let reviewerName: string | null = null;
  if (input.reviewerId) {
    const reviewer = await db
      .selectFrom('users')
      .select(['name', 'role', 'disabled'])
      .where('id', '=', input.reviewerId)
      .executeTakeFirst();
    if (!reviewer || reviewer.disabled === 1 || reviewer.role !== 'reviewer') {
      throw new ModelError('invalid', 'Review links can only be made for reviewers.');
    }
    reviewerName = reviewer.name;
  }
  const days = Math.min(input.days ?? defaultDays, maxInviteDays);
  const label = input.label?.trim() || (reviewerName ? `Review link for ${reviewerName}` : 'Review link');
  const expiresAt = new Date(now.getTime() + days * 86_400_000);
  const {id, token} = await db.transaction().execute(async (trx) => {
    const made = await insertInvite(trx, actor, {documentId, versionId: version.id, reviewerId: input.reviewerId ?? null, label, expiresAt}, now);
    await appendAudit(trx, actor, now, {
      action: 'invite.created',
      documentId,
      versionId: version.id,
      detail: {inviteId: made.id, reviewerId: input.reviewerId ?? null, days},
    });
    return made;
  });
  const [summary] = await inviteSummaries(db, now, 'invites.id', id);
  if (!summary) throw new Error(`Invite ${id} vanished after it was made.`);
  return {...summary, token};
}

/** Where a new link points and who it is for; `roundId` and `personId` for a review round's links. */
export interface InviteRow {
  readonly documentId: string;
  readonly versionId: string;
  readonly reviewerId?: string | null;
  readonly roundId?: string;
  readonly personId?: string;
  readonly label: string;
  readonly expiresAt: Date;
}

/**
 * Writes a new link inside the caller's transaction (which audits it) and moves a
 * draft document to "in review". Checks nothing: the caller has. Returns the token,
 * which is not stored.
 */
export async function insertInvite(trx: Db, actor: UserActor, row: InviteRow, now: Date): Promise<{id: string; token: string}> {
  const token = newToken(16);
  const id = newId();
  await trx
    .insertInto('invites')
    .values({
      id,
      document_id: row.documentId,
      version_id: row.versionId,
      token_hash: hashToken(token),
      reviewer_id: row.reviewerId ?? null,
      label: row.label,
      created_by: actor.id,
      created_at: now.toISOString(),
      expires_at: row.expiresAt.toISOString(),
      revoked_at: null,
      round_id: row.roundId ?? null,
      person_id: row.personId ?? null,
    })
    .execute();
  await trx
    .updateTable('documents')
    .set({status: 'in-review'})
    .where('id', '=', row.documentId)
    .where('status', '=', 'draft')
    .execute();
  return {id, token};
}

/** A document's links, newest first. Anyone who may read the document. */
export async function listInvites(db: Db, actor: UserActor, documentId: string, now: Date): Promise<InviteSummary[]> {
  await loadDocument(db, actor, documentId);
  return inviteSummaries(db, now, 'invites.document_id', documentId);
}

/** Stops a link working at once. Editors of its document only; revoking twice is harmless. Audited. */
export async function revokeInvite(db: Db, actor: UserActor, inviteId: string, now: Date): Promise<InviteSummary> {
  const invite = await db.selectFrom('invites').selectAll().where('id', '=', inviteId).executeTakeFirst();
  if (!invite) throw noSuchInvite();
  const {access} = await loadDocument(db, actor, invite.document_id);
  requireAccess(access, 'edit');
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('invites')
      .set({revoked_at: now.toISOString()})
      .where('id', '=', inviteId)
      .where('revoked_at', 'is', null)
      .execute();
    await appendAudit(trx, actor, now, {
      action: 'invite.revoked',
      documentId: invite.document_id,
      versionId: invite.version_id,
      detail: {inviteId},
    });
  });
  const [summary] = await inviteSummaries(db, now, 'invites.id', inviteId);
  if (!summary) throw noSuchInvite();
  return summary;
}

/**
 * The link for `token`, with an actor for the audit log. Throws `not-found` for an
 * unknown token and `gone` for one that expired or was revoked.
 */
export async function openInvite(db: Db, token: string, now: Date): Promise<{invite: InvitesTable; actor: InviteActor}> {
  const invite = await db.selectFrom('invites').selectAll().where('token_hash', '=', hashToken(token)).executeTakeFirst();
  if (!invite) throw noSuchInvite();
  requireOpen(invite, now);
  return {invite, actor: {kind: 'invite', inviteId: invite.id, label: invite.label}};
}

/** Throws `gone` with a plain message if the link expired or was revoked. */
export function requireOpen(invite: InvitesTable, now: Date): void {
  if (stateOf(invite, now) !== 'open') {
    throw new ModelError('gone', 'This review link no longer works. Ask the person who sent it for a new one.');
  }
}

/** Links matching `column = value`, newest first. */
export async function inviteSummaries(
  db: Db,
  now: Date,
  column: 'invites.id' | 'invites.document_id',
  value: string
): Promise<InviteSummary[]> {
  const rows = await db
    .selectFrom('invites')
    .innerJoin('versions', 'versions.id', 'invites.version_id')
    .innerJoin('users as creator', 'creator.id', 'invites.created_by')
    .leftJoin('users as reviewer', 'reviewer.id', 'invites.reviewer_id')
    .selectAll('invites')
    .select(['versions.number', 'creator.name as creator_name', 'reviewer.name as reviewer_name'])
    .where(column, '=', value)
    .orderBy('invites.created_at', 'desc')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    documentId: row.document_id,
    versionId: row.version_id,
    versionNumber: row.number,
    reviewer: row.reviewer_id ? {id: row.reviewer_id, name: row.reviewer_name ?? ''} : null,
    label: row.label,
    createdBy: {id: row.created_by, name: row.creator_name},
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
    state: stateOf(row, now),
  }));
}

function stateOf(invite: Pick<InvitesTable, 'revoked_at' | 'expires_at'>, now: Date): InviteState {
  if (invite.revoked_at !== null) return 'revoked';
  return invite.expires_at <= now.toISOString() ? 'expired' : 'open';
}

/** The error for an unknown link. */
export function noSuchInvite(): ModelError {
  return new ModelError('not-found', 'This review link is not right. Check you copied all of it.');
}
