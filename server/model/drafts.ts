/**
 * Saving drafts, with optimistic concurrency: each save names the revision it
 * started from and is refused with the current draft (`RevisionConflictError`) if
 * someone saved in between. Nothing is ever silently overwritten.
 *
 * Saves are group-committed (`committed` in group-commit.ts): on SQLite, saves that
 * arrive while a commit is under way are written together in the next transaction,
 * so many saves share one disk sync. Every save still gets its own revision check,
 * its own audit line and its own answer, and no answer is given before its
 * transaction is on disk.
 *
 * @module
 */
import {sql} from 'kysely';
import type {DocumentFile} from '../../src/document/document-file.js';
import type {Db, DocumentStatus} from '../db/schema.js';
import type {UserActor} from './actor.js';
import {loadDocument, ownedOrSharedWith, requireAccess} from './access.js';
import {appendAudit} from './audit.js';
import {currentDraft} from './documents.js';
import {RevisionConflictError} from './errors.js';
import {committed} from './group-commit.js';

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
  const saved = await committed(db, (trx) => writeSave(trx, request));
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
async function writeSave(trx: Db, {actor, id, draft, now}: SaveRequest): Promise<SavedDraft | null> {
  const savedAt = now.toISOString();
  const revision = draft.revision + 1;
  const result = await trx
    .updateTable('documents')
    .set({
      draft_content: JSON.stringify(draft.content),
      draft_revision: revision,
      draft_saved_by: actor.id,
      draft_saved_at: savedAt,
      title: draft.content.meta.title,
      review_by: draft.content.meta.reviewBy,
      status: sql<DocumentStatus>`case when status = 'released' then 'draft' else status end`,
    })
    .where('id', '=', id)
    .where('draft_revision', '=', draft.revision)
    .where('deleted_at', 'is', null)
    .where((eb) =>
      actor.role === 'admin' ? eb.lit(true) : eb.and([eb.lit(actor.role === 'author'), ownedOrSharedWith(eb, actor.id)])
    )
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) return null;
  await appendAudit(trx, actor, now, {action: 'draft.saved', documentId: id, detail: {revision}});
  return {revision, savedAt};
}

/** Works out why a save wrote nothing, and throws that: not found, read-only, or a conflict. */
async function explainRefusal(db: Db, {actor, id}: SaveRequest): Promise<never> {
  const {row, access} = await loadDocument(db, actor, id);
  requireAccess(access, 'edit');
  throw new RevisionConflictError(await currentDraft(db, row));
}
