/**
 * Sharing a document with other authors, who may then edit it. Only the owner (or
 * an admin) shares and unshares.
 *
 * @module
 */
import type {Db} from '../db/schema.js';
import type {UserActor} from './actor.js';
import {loadDocument, requireAccess} from './access.js';
import {appendAudit} from './audit.js';
import {ModelError, type PersonRef} from './errors.js';

/** Shares document `documentId` with author `userId`; sharing twice is harmless. Returns who it is shared with. */
export async function shareDocument(db: Db, actor: UserActor, documentId: string, userId: string, now: Date): Promise<PersonRef[]> {
  const {row, access} = await loadDocument(db, actor, documentId);
  requireAccess(access, 'share');
  const target = await db
    .selectFrom('users')
    .select(['id', 'role', 'disabled'])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!target || target.disabled === 1) throw new ModelError('not-found', 'There is no such person.');
  if (target.role !== 'author' && target.role !== 'admin') {
    throw new ModelError('invalid', 'Documents can only be shared with authors and admins.');
  }
  if (target.id === row.owner_id) throw new ModelError('invalid', 'This person already owns the document.');
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('document_shares')
      .values({document_id: documentId, user_id: userId, created_by: actor.id, created_at: now.toISOString()})
      .onConflict((oc) => oc.columns(['document_id', 'user_id']).doNothing())
      .execute();
    await appendAudit(trx, actor, now, {action: 'document.shared', documentId, detail: {userId}});
  });
  return listShares(db, documentId);
}

/** Stops sharing `documentId` with `userId`. Returns who it is still shared with. */
export async function unshareDocument(db: Db, actor: UserActor, documentId: string, userId: string, now: Date): Promise<PersonRef[]> {
  const {access} = await loadDocument(db, actor, documentId);
  requireAccess(access, 'share');
  await db.transaction().execute(async (trx) => {
    const result = await trx
      .deleteFrom('document_shares')
      .where('document_id', '=', documentId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    if (Number(result.numDeletedRows) === 0) {
      throw new ModelError('not-found', 'This document is not shared with that person.');
    }
    await appendAudit(trx, actor, now, {action: 'document.unshared', documentId, detail: {userId}});
  });
  return listShares(db, documentId);
}

/** Who a document is shared with, by name. */
export async function listShares(db: Db, documentId: string): Promise<PersonRef[]> {
  return db
    .selectFrom('document_shares')
    .innerJoin('users', 'users.id', 'document_shares.user_id')
    .select(['users.id', 'users.name'])
    .where('document_shares.document_id', '=', documentId)
    .orderBy('users.name')
    .execute();
}
