/**
 * The bin: deleting a document, listing what was deleted and restoring it.
 *
 * Deleting only marks the document's row (`deleted_at`, `deleted_by`): its versions,
 * review links and audit lines point at it, and those tables are append-only (their
 * triggers refuse every update and delete), so nothing is ever erased. For
 * `binDays` days the owner or an admin may restore it. After that it is purged on
 * read: the bin no longer lists it, restoring it is `not-found`, and it stays out of
 * every list for good. Its rows stay, as the audit log needs them.
 *
 * @module
 */
import type {Db, RowOf} from '../db/schema.js';
import type {UserActor} from './actor.js';
import {loadAnyDocument, loadDocument, noSuchDocument, requireDocumentWorker} from './access.js';
import {appendAudit} from './audit.js';
import {getDocument, type DocumentDetail} from './documents.js';
import {ModelError, type PersonRef} from './errors.js';
import {personColumns, personRef} from './joined-person.js';

/** How long a deleted document can be restored. */
export const binDays = 30;

/** A deleted document, as the bin lists it. */
export interface BinEntry {
  readonly id: string;
  readonly title: string;
  readonly owner: PersonRef;
  readonly deletedBy: PersonRef;
  readonly deletedAt: string;
  /** After this time it can no longer be restored. */
  readonly restorableUntil: string;
}

/** Moves document `id` to the bin. Owner or admin only (the people who may share it). */
export async function deleteDocument(db: Db, actor: UserActor, id: string, now: Date): Promise<BinEntry> {
  const {row, access} = await loadDocument(db, actor, id);
  requireOwnerOrAdmin(access.share, 'delete');
  await db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('documents')
      .set({deleted_at: now.toISOString(), deleted_by: actor.id})
      .where('id', '=', id)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    // Someone else deleted it between the read and now.
    if (Number(result.numUpdatedRows) === 0) throw noSuchDocument();
    await appendAudit(trx, actor, now, {action: 'document.deleted', documentId: id, detail: {title: row.title}});
  });
  const entry = (await binEntries(db, now).where('documents.id', '=', id).execute())[0];
  if (!entry) throw noSuchDocument();
  return toEntry(entry);
}

/** What `actor` may restore, most recently deleted first: admins everything, authors what they own. */
export async function listBin(db: Db, actor: UserActor, now: Date): Promise<BinEntry[]> {
  requireDocumentWorker(actor);
  let select = binEntries(db, now).orderBy('documents.deleted_at', 'desc').orderBy('documents.id');
  if (actor.role !== 'admin') select = select.where('documents.owner_id', '=', actor.id);
  return (await select.execute()).map(toEntry);
}

/** Takes document `id` out of the bin, as it was. `not-found` when it is not in the bin (or its days are over). */
export async function restoreDocument(db: Db, actor: UserActor, id: string, now: Date): Promise<DocumentDetail> {
  const {row, access} = await loadAnyDocument(db, actor, id);
  if (row.deleted_at === null || row.deleted_at < binCutoff(now)) {
    throw new ModelError('not-found', 'This document is not in the bin. Deleted documents can be restored for 30 days.');
  }
  requireOwnerOrAdmin(access.share, 'restore');
  await db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('documents')
      .set({deleted_at: null, deleted_by: null})
      .where('id', '=', id)
      .where('deleted_at', '=', row.deleted_at)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) throw noSuchDocument();
    await appendAudit(trx, actor, now, {action: 'document.restored', documentId: id, detail: {title: row.title}});
  });
  return getDocument(db, actor, id);
}

function requireOwnerOrAdmin(allowed: boolean, action: 'delete' | 'restore'): void {
  if (!allowed) throw new ModelError('forbidden', `Only the owner of this document or an admin can ${action} it.`);
}

/** Deletions before this time are past restoring. */
function binCutoff(now: Date): string {
  return new Date(now.getTime() - binDays * 24 * 60 * 60 * 1000).toISOString();
}

function binEntries(db: Db, now: Date) {
  return db
    .selectFrom('documents')
    .innerJoin('users as owner', 'owner.id', 'documents.owner_id')
    .innerJoin('users as deleter', 'deleter.id', 'documents.deleted_by')
    .select([
      'documents.id',
      'documents.title',
      'documents.deleted_at',
    ])
    .select(personColumns('owner'))
    .select(personColumns('deleter'))
    .where('documents.deleted_at', '>=', binCutoff(now));
}

function toEntry(row: RowOf<typeof binEntries>): BinEntry {
  const deletedAt = row.deleted_at ?? '';
  return {
    id: row.id,
    title: row.title,
    owner: personRef(row, 'owner'),
    deletedBy: personRef(row, 'deleter'),
    deletedAt,
    restorableUntil: new Date(Date.parse(deletedAt) + binDays * 24 * 60 * 60 * 1000).toISOString(),
  };
}
