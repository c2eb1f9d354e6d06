/**
 * Versions: immutable snapshots of a draft, taken with the check results of the
 * moment. Reviews and releases always name a version, never the moving draft.
 *
 * @module
 */
import {sql} from 'kysely';
import type {DocumentFile} from '../../src/document/document-file.js';
import type {Db, RowOf} from '../db/schema.js';
import type {UserActor} from './actor.js';
import {loadDocument, requireAccess} from './access.js';
import {appendAudit} from './audit.js';
import {readStoredDocument} from './content.js';
import {currentDraft} from './documents.js';
import {ModelError, RevisionConflictError, type PersonRef} from './errors.js';
import {personColumns, personRef} from './joined-person.js';
import {parseRecord} from './json.js';
import {newId} from './tokens.js';

/** The checks' verdict on a version when it was taken. */
export interface CheckSummary {
  readonly errors: number;
  readonly warnings: number;
  readonly info: number;
  /** The UK reading age, if there was enough text to tell. */
  readonly readingAge?: number | null;
  /** The checks' plain verdict, such as "Easy to read". */
  readonly verdict?: string;
}

/** A version in a list. */
export interface VersionSummary {
  readonly id: string;
  readonly documentId: string;
  readonly number: number;
  /** The draft revision it was taken from. */
  readonly revision: number;
  readonly title: string;
  readonly checkSummary: CheckSummary;
  readonly createdBy: PersonRef;
  readonly createdAt: string;
}

/** A version with its content. */
export interface VersionDetail extends VersionSummary {
  readonly content: DocumentFile;
}

/** What a snapshot is taken from: the draft revision the author saw, and the checks' verdict on it. */
export interface VersionInput {
  readonly revision: number;
  readonly checkSummary: CheckSummary;
}

/**
 * Snapshots the draft at `revision` as the document's next version. Throws
 * `RevisionConflictError` if the draft has moved on, so the version is exactly what
 * the author saw. Editors only. Audited.
 */
export async function createVersion(db: Db, actor: UserActor, documentId: string, input: VersionInput, now: Date): Promise<VersionSummary> {
  const {access} = await loadDocument(db, actor, documentId);
  requireAccess(access, 'edit');
  const id = await db.transaction().execute((trx) => insertVersion(trx, actor, documentId, input, now));
  return (await getVersion(db, actor, id)).summary;
}

/**
 * Writes the next version inside the caller's transaction (audited there), so a
 * caller that does more with it (a review round) keeps or loses both together.
 * Checks only the revision: the caller has checked access. Throws
 * `RevisionConflictError` if the draft has moved on. Returns the new version's id.
 */
export async function insertVersion(trx: Db, actor: UserActor, documentId: string, input: VersionInput, now: Date): Promise<string> {
  // A no-op UPDATE on the document row: it checks the revision and, in PostgreSQL,
  // locks the row, so two snapshots at once get numbers one after the other.
  const touched = await trx
    .updateTable('documents')
    .set({draft_revision: sql<number>`draft_revision`})
    .where('id', '=', documentId)
    .where('draft_revision', '=', input.revision)
    .executeTakeFirst();
  const row = await trx.selectFrom('documents').selectAll().where('id', '=', documentId).executeTakeFirstOrThrow();
  if (Number(touched.numUpdatedRows) === 0) throw new RevisionConflictError(await currentDraft(trx, row));
  const last = await trx
    .selectFrom('versions')
    .select((eb) => eb.fn.max('number').as('number'))
    .where('document_id', '=', documentId)
    .executeTakeFirst();
  const number = Number(last?.number ?? 0) + 1;
  const id = newId();
  await trx
    .insertInto('versions')
    .values({
      id,
      document_id: documentId,
      number,
      title: row.title,
      content: row.draft_content,
      check_summary: JSON.stringify(input.checkSummary),
      draft_revision: row.draft_revision,
      created_by: actor.id,
      created_at: now.toISOString(),
    })
    .execute();
  await appendAudit(trx, actor, now, {
    action: 'version.created',
    documentId,
    versionId: id,
    detail: {number, revision: row.draft_revision, checkSummary: input.checkSummary},
  });
  return id;
}

/** A document's versions, newest first, without content. Anyone who may read the document. */
export async function listVersions(db: Db, actor: UserActor, documentId: string): Promise<VersionSummary[]> {
  await loadDocument(db, actor, documentId);
  const rows = await versionRows(db).where('versions.document_id', '=', documentId).orderBy('versions.number', 'desc').execute();
  return rows.map(toSummary);
}

/** One version with its content. Throws `not-found` if the actor may not read its document. */
export async function getVersion(db: Db, actor: UserActor, id: string): Promise<{summary: VersionSummary; detail: VersionDetail}> {
  const row = await versionRows(db).select('versions.content').where('versions.id', '=', id).executeTakeFirst();
  if (!row) throw new ModelError('not-found', 'There is no such version, or you do not have access to it.');
  await loadDocument(db, actor, row.document_id);
  const summary = toSummary(row);
  return {summary, detail: {...summary, content: readStoredDocument(row.content)}};
}

/** Reads a stored check summary. */
export function readCheckSummary(text: string): CheckSummary {
  const record = parseRecord(text);
  const count = (key: string): number => {
    const value = record[key];
    return typeof value === 'number' ? value : 0;
  };
  const readingAge = record['readingAge'];
  const verdict = record['verdict'];
  return {
    errors: count('errors'),
    warnings: count('warnings'),
    info: count('info'),
    ...(typeof readingAge === 'number' || readingAge === null ? {readingAge} : {}),
    ...(typeof verdict === 'string' ? {verdict} : {}),
  };
}

function versionRows(db: Db) {
  return db
    .selectFrom('versions')
    .innerJoin('users as creator', 'creator.id', 'versions.created_by')
    .select([
      'versions.id',
      'versions.document_id',
      'versions.number',
      'versions.draft_revision',
      'versions.check_summary',
      'versions.title',
      'versions.created_at',
    ])
    .select(personColumns('creator'));
}

function toSummary(row: RowOf<typeof versionRows>): VersionSummary {
  return {
    id: row.id,
    documentId: row.document_id,
    number: row.number,
    revision: row.draft_revision,
    title: row.title,
    checkSummary: readCheckSummary(row.check_summary),
    createdBy: personRef(row, 'creator'),
    createdAt: row.created_at,
  };
}
