/**
 * Documents: creating, listing and reading them with their current draft. Saving
 * drafts is in `drafts.ts`.
 *
 * @module
 */
import {sql} from 'kysely';
import type {DocumentFile} from '../../src/document/document-file.js';
import type {Db, DocumentsTable, DocumentStatus, RowOf} from '../db/schema.js';
import type {UserActor} from './actor.js';
import {loadDocument, noSuchDocument, ownedOrSharedWith, requireDocumentWorker, type DocumentAccess} from './access.js';
import {appendAudit} from './audit.js';
import {readStoredDocument} from './content.js';
import {RevisionConflictError, type PersonRef} from './errors.js';
import {personColumns, personRef} from './joined-person.js';
import {listShares} from './shares.js';
import {newId} from './tokens.js';

/** A document in a list. */
export interface DocumentSummary {
  readonly id: string;
  readonly title: string;
  readonly status: DocumentStatus;
  readonly owner: PersonRef;
  /** `YYYY-MM-DD`, or `''` when the document has no review-by date. */
  readonly reviewBy: string;
  readonly revision: number;
  readonly savedBy: PersonRef;
  readonly savedAt: string;
  readonly createdAt: string;
}

/** Whether a document's review-by date has passed (`overdue`) or comes within 30 days (`soon`). */
export type ReviewDue = 'overdue' | 'soon' | null;

/** A document in the team list. */
export interface DocumentListItem extends DocumentSummary {
  readonly reviewDue: ReviewDue;
}

/** How many days before its review-by date a document counts as due. */
export const reviewSoonDays = 30;

/** A document with its draft. */
export interface DocumentDetail extends DocumentSummary {
  readonly content: DocumentFile;
  readonly sharedWith: PersonRef[];
  readonly releasedVersionId: string | null;
  /** What the person asking may do with it. */
  readonly access: DocumentAccess;
}

/** Filters for `listDocuments`. */
export interface DocumentQuery {
  /** Words in the title (case-insensitive). */
  readonly q?: string;
  readonly status?: DocumentStatus;
  readonly limit: number;
}

/** Creates a document owned by `actor`, with `content` (already canonical) as revision 1. Authors and admins only. */
export async function createDocument(db: Db, actor: UserActor, content: DocumentFile, now: Date): Promise<DocumentDetail> {
  requireDocumentWorker(actor);
  const id = newId();
  const at = now.toISOString();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('documents')
      .values({
        id,
        owner_id: actor.id,
        title: content.meta.title,
        status: 'draft',
        review_by: content.meta.reviewBy,
        draft_content: JSON.stringify(content),
        draft_revision: 1,
        draft_saved_by: actor.id,
        draft_saved_at: at,
        created_at: at,
        released_version_id: null,
      })
      .execute();
    await appendAudit(trx, actor, now, {action: 'document.created', documentId: id, detail: {title: content.meta.title}});
  });
  return getDocument(db, actor, id);
}

/**
 * The documents `actor` may read: admins and approvers see all, authors their own and
 * those shared with them. Documents whose review is overdue or due within 30 days of
 * `now` (by the server's clock, in UTC) come first, soonest date first; then the rest,
 * most recently saved first. Documents in the bin are left out, and so are untitled
 * ones with no words or pictures (started and left empty).
 */
export async function listDocuments(db: Db, actor: UserActor, query: DocumentQuery, now: Date): Promise<DocumentListItem[]> {
  requireDocumentWorker(actor);
  const today = now.toISOString().slice(0, 10);
  const soon = new Date(now.getTime() + reviewSoonDays * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
  let select = summaries(db)
    .where('documents.deleted_at', 'is', null)
    // Stored content is compact JSON, so a text node or a picture shows as these words.
    .where((eb) =>
      eb.or([
        eb('documents.title', '!=', ''),
        eb('documents.draft_content', 'like', '%"type":"text"%'),
        eb('documents.draft_content', 'like', '%"picture":{%'),
      ])
    )
    // Not due sorts after every date (`9999-99-99` is above any `YYYY-MM-DD` in either database).
    .orderBy(sql`case when documents.review_by <> '' and documents.review_by <= ${soon} then documents.review_by else '9999-99-99' end`)
    .orderBy('documents.draft_saved_at', 'desc')
    .orderBy('documents.id')
    .limit(query.limit);
  if (actor.role === 'author' && !actor.approver) {
    select = select.where((eb) => ownedOrSharedWith(eb, actor.id));
  }
  if (query.status) select = select.where('documents.status', '=', query.status);
  const words = query.q?.trim();
  if (words) {
    const pattern = `%${words.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    select = select.where(sql<boolean>`lower(documents.title) like ${pattern} escape '\\'`);
  }
  const rows = await select.execute();
  return rows.map((row) => ({...toSummary(row), reviewDue: reviewDue(row.review_by, today, soon)}));
}

function reviewDue(reviewBy: string, today: string, soon: string): ReviewDue {
  if (!reviewBy || reviewBy > soon) return null;
  return reviewBy < today ? 'overdue' : 'soon';
}

/** One document with its draft. Throws `not-found` if the actor may not read it. */
export async function getDocument(db: Db, actor: UserActor, id: string): Promise<DocumentDetail> {
  const {row, access} = await loadDocument(db, actor, id);
  const summary = await summaries(db).where('documents.id', '=', id).executeTakeFirstOrThrow();
  return {
    ...toSummary(summary),
    content: readStoredDocument(row.draft_content),
    sharedWith: await listShares(db, id),
    releasedVersionId: row.released_version_id,
    access,
  };
}

/** The draft as stored now, for a revision conflict. */
export async function currentDraft(db: Db, row: DocumentsTable): Promise<RevisionConflictError['current']> {
  const savedBy = await db.selectFrom('users').select(['id', 'name']).where('id', '=', row.draft_saved_by).executeTakeFirst();
  if (!savedBy) throw noSuchDocument();
  return {
    revision: row.draft_revision,
    content: readStoredDocument(row.draft_content),
    savedBy,
    savedAt: row.draft_saved_at,
  };
}

function summaries(db: Db) {
  return db
    .selectFrom('documents')
    .innerJoin('users as owner', 'owner.id', 'documents.owner_id')
    .innerJoin('users as saver', 'saver.id', 'documents.draft_saved_by')
    .select([
      'documents.id',
      'documents.title',
      'documents.status',
      'documents.review_by',
      'documents.draft_revision',
      'documents.draft_saved_at',
      'documents.created_at',
    ])
    .select(personColumns('owner'))
    .select(personColumns('saver'));
}

function toSummary(row: RowOf<typeof summaries>): DocumentSummary {
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    owner: personRef(row, 'owner'),
    reviewBy: row.review_by,
    revision: row.draft_revision,
    savedBy: personRef(row, 'saver'),
    savedAt: row.draft_saved_at,
    createdAt: row.created_at,
  };
}
