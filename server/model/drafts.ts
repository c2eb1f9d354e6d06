/**
 * Saving drafts, with optimistic concurrency: each save names the revision it
 * started from and is refused with the current draft (`RevisionConflictError`) if
 * someone saved in between. Nothing is ever silently overwritten.
 *
 * Saves are group-committed (`committed` in group-commit.ts): on SQLite, saves that
 * arrive while a commit is under way are written together in the next transaction,
 * so many saves share one disk sync. Every save still gets its own revision check,
 * its own audit line and its own answer, and no answer is given before its
 * transaction is on disk. On PostgreSQL a save and its audit line are one statement.
 *
 * @module
 */
import {sql, type QueryCreator} from 'kysely';
import type {DocumentFile} from '../../src/document/document-file.js';
import type {Database, Db, DocumentStatus} from '../db/schema.js';
import type {UserActor} from './actor.js';
import {loadDocument, ownedOrSharedWith, requireAccess} from './access.js';
import {appendAudit, type AuditRecord} from './audit.js';
import {currentDraft} from './documents.js';
import {RevisionConflictError} from './errors.js';
import {committed, isPostgres, writtenWithAudit} from './group-commit.js';

/** A save: the revision it started from and the new content (already canonical). */
export interface DraftSave {
  readonly revision: number;
  readonly content: DocumentFile;
}

/** What a successful save returns. */
export interface SavedDraft {
  readonly revision: number;
  readonly savedAt: string;
}

/**
 * Saves a new draft of document `id` over `draft.revision`. Throws
 * `RevisionConflictError` (with the current draft) if that revision is not the latest,
 * `not-found` if the actor cannot see the document, and `forbidden` if they may only
 * read it. Saving a released document makes it a draft again. Audited.
 */
export async function saveDraft(db: Db, actor: UserActor, id: string, draft: DraftSave, now: Date): Promise<SavedDraft> {
  const request: SaveRequest = {actor, id, draft, now};
  const saved = isPostgres(db) ? await writeSaveAtOnce(db, request) : await committed(db, (trx) => writeSave(trx, request));
  return saved ?? explainRefusal(db, request);
}

interface SaveRequest {
  readonly actor: UserActor;
  readonly id: string;
  readonly draft: DraftSave;
  readonly now: Date;
}

/**
 * Writes one save inside a transaction, or returns `null` (writing nothing) when the
 * revision is stale or the actor may not edit. One guarded UPDATE does the permission
 * check, the revision check and the write, so a save costs one statement and its
 * audit line.
 */
async function writeSave(trx: Db, request: SaveRequest): Promise<SavedDraft | null> {
  const result = await guardedUpdate(trx, request).executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) return null;
  await appendAudit(trx, request.actor, request.now, savedAudit(request));
  return saved(request);
}

/**
 * On PostgreSQL, the same as {@link writeSave} in one statement: the guarded UPDATE
 * and the audit line made only when it wrote. Concurrent saves of one revision wait
 * for each other's row lock, and each then checks the revision against the row as
 * committed, so exactly one of them writes.
 */
async function writeSaveAtOnce(db: Db, request: SaveRequest): Promise<SavedDraft | null> {
  const wrote = await writtenWithAudit(db, (qc) => guardedUpdate(qc, request).returning('id'), request.actor, request.now, savedAudit(request));
  return wrote ? saved(request) : null;
}

/** The UPDATE that writes the save only if the revision is the latest and the actor may edit. */
function guardedUpdate(qc: QueryCreator<Database>, {actor, id, draft, now}: SaveRequest) {
  return qc
    .updateTable('documents')
    .set({
      draft_content: JSON.stringify(draft.content),
      draft_revision: draft.revision + 1,
      draft_saved_by: actor.id,
      draft_saved_at: now.toISOString(),
      title: draft.content.meta.title,
      review_by: draft.content.meta.reviewBy,
      status: sql<DocumentStatus>`case when status = 'released' then 'draft' else status end`,
    })
    .where('id', '=', id)
    .where('draft_revision', '=', draft.revision)
    .where('deleted_at', 'is', null)
    .where((eb) =>
      actor.role === 'admin' ? eb.lit(true) : eb.and([eb.lit(actor.role === 'author'), ownedOrSharedWith(eb, actor.id)])
    );
}

function savedAudit({id, draft}: SaveRequest): AuditRecord {
  return {action: 'draft.saved', documentId: id, detail: {revision: draft.revision + 1}};
}

function saved({draft, now}: SaveRequest): SavedDraft {
  return {revision: draft.revision + 1, savedAt: now.toISOString()};
}

/** Works out why a save wrote nothing, and throws that: not found, read-only, or a conflict. */
async function explainRefusal(db: Db, {actor, id}: SaveRequest): Promise<never> {
  const {row, access} = await loadDocument(db, actor, id);
  requireAccess(access, 'edit');
  throw new RevisionConflictError(await currentDraft(db, row));
}
