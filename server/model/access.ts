/**
 * Who may do what with a document. This is the one place the rules live:
 *
 * - admins may do everything;
 * - authors read and edit documents they own or that are shared with them, and
 *   only owners share them;
 * - approvers (authors with the flag) may also read every document and release;
 * - supporters and reviewers never see documents directly: reviewers see the one
 *   version a link was made for, supporters the reviews of people they support.
 *
 * @module
 */
import type {ExpressionBuilder} from 'kysely';
import type {Database, DocumentsTable, Db} from '../db/schema.js';
import {isApprover, type UserActor} from './actor.js';
import {ModelError} from './errors.js';

/** What one person may do with one document. */
export interface DocumentAccess {
  readonly read: boolean;
  readonly edit: boolean;
  readonly share: boolean;
  readonly release: boolean;
}

/** A document row with what the actor may do with it. */
export interface AccessibleDocument {
  readonly row: DocumentsTable;
  readonly access: DocumentAccess;
}

/** The rules, for a document `ownerId` that is (or is not) `shared` with `actor`. */
export function documentAccess(actor: UserActor, ownerId: string, shared: boolean): DocumentAccess {
  if (actor.role === 'admin') return {read: true, edit: true, share: true, release: true};
  if (actor.role !== 'author') return {read: false, edit: false, share: false, release: false};
  const owner = ownerId === actor.id;
  const editor = owner || shared;
  const approver = isApprover(actor);
  return {read: editor || approver, edit: editor, share: owner, release: approver};
}

/**
 * A condition on `documents` for queries: the document is owned by user `userId` or
 * shared with them (what makes an author its editor in `documentAccess`).
 */
export function ownedOrSharedWith(eb: ExpressionBuilder<Database, 'documents'>, userId: string) {
  return eb.or([
    eb('documents.owner_id', '=', userId),
    eb.exists(
      eb
        .selectFrom('document_shares')
        .select('document_shares.user_id')
        .whereRef('document_shares.document_id', '=', 'documents.id')
        .where('document_shares.user_id', '=', userId)
    ),
  ]);
}

/**
 * Loads a document the actor may read. Throws `not-found` both when there is no
 * such document and when the actor may not see it, so ids reveal nothing. A
 * document in the bin is not found either (`server/model/bin.ts` reads those).
 */
export async function loadDocument(db: Db, actor: UserActor, id: string): Promise<AccessibleDocument> {
  const found = await loadAnyDocument(db, actor, id);
  if (found.row.deleted_at !== null) throw noSuchDocument();
  return found;
}

/** `loadDocument`, but also finds a document in the bin. */
export async function loadAnyDocument(db: Db, actor: UserActor, id: string): Promise<AccessibleDocument> {
  const row = await db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw noSuchDocument();
  const share = await db
    .selectFrom('document_shares')
    .select('user_id')
    .where('document_id', '=', id)
    .where('user_id', '=', actor.id)
    .executeTakeFirst();
  const access = documentAccess(actor, row.owner_id, share !== undefined);
  if (!access.read) throw noSuchDocument();
  return {row, access};
}

/** Throws `forbidden` with a plain message unless `access` allows `action`. */
export function requireAccess(access: DocumentAccess, action: 'edit' | 'share' | 'release'): void {
  if (access[action]) return;
  const messages = {
    edit: 'You can read this document but not change it. Ask its owner to share it with you.',
    share: 'Only the owner of this document or an admin can share it.',
    release: 'Only admins and approvers can release documents.',
  } as const;
  throw new ModelError('forbidden', messages[action]);
}

/** Throws `forbidden` unless the actor works on documents at all (authors and admins). */
export function requireDocumentWorker(actor: UserActor): void {
  if (actor.role !== 'admin' && actor.role !== 'author') {
    throw new ModelError('forbidden', 'Only authors and admins work on documents.');
  }
}

/** The error for a document that does not exist or that the actor may not see. */
export function noSuchDocument(): ModelError {
  return new ModelError('not-found', 'There is no such document, or you do not have access to it.');
}
