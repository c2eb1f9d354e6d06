/**
 * Release records: a frozen account of each release of a document — which version,
 * when, by whom, its check summary, the picture credits, the "Checked by" credit and
 * the audit entry — numbered 1, 2, … per document. Only `public` and `supersededBy`
 * ever change (the database refuses anything else, see `server/db/migration-releases.ts`).
 *
 * Who may read one: anyone when it is public; otherwise whoever may read its
 * document (`server/model/access.ts`). Admins and approvers publish and unpublish.
 *
 * @module
 */
import type {DocumentFile} from '../../src/document/document-file.js';
import type {Picture} from '../../src/document/schema.js';
import type {Db, RowOf} from '../db/schema.js';
import {pictureCredits, type PictureCredit} from '../leaflet/pictures.js';
import {readLeafletSettings} from '../leaflet/settings.js';
import type {UserActor} from './actor.js';
import {loadDocument, requireAccess} from './access.js';
import {appendAudit} from './audit.js';
import {checkedByCredit, type CheckedByCredit} from './checked-by.js';
import {readStoredDocument} from './content.js';
import {ModelError, type PersonRef} from './errors.js';
import {isRecord, parseRecord} from './json.js';
import {newId} from './tokens.js';
import {readCheckSummary, type CheckSummary} from './versions.js';

/** A release released by override: why, and when it must be reviewed again. */
export interface ReleaseOverride {
  readonly reason: string;
  readonly reviewAgainBy: string | null;
}

/** A release in a list. */
export interface ReleaseSummary {
  readonly id: string;
  readonly number: number;
  readonly versionId: string;
  readonly releasedAt: string;
  /** `YYYY-MM-DD` or `''`. */
  readonly reviewBy: string;
  readonly public: boolean;
  readonly supersededBy: string | null;
}

/** The whole record, with the released content. */
export interface ReleaseRecord extends ReleaseSummary {
  readonly documentId: string;
  readonly title: string;
  readonly versionNumber: number;
  readonly releasedBy: PersonRef;
  readonly checkSummary: CheckSummary;
  readonly pictureCredits: readonly PictureCredit[];
  readonly checkedBy: CheckedByCredit | null;
  /** The audit entry of the release: its id and where to read it. */
  readonly audit: {readonly id: number; readonly href: string};
  readonly override: ReleaseOverride | null;
  readonly content: DocumentFile;
}

/** What the release transaction knows. */
export interface ReleaseFacts {
  readonly documentId: string;
  readonly versionId: string;
  readonly override: ReleaseOverride | null;
}

/**
 * Writes the release record for a release that just succeeded. Call it inside the
 * release transaction, after the `document.released` audit entry is appended (the
 * record links to it). Marks the document's previous release as superseded by this
 * one. Returns the new release's id.
 */
export async function recordRelease(trx: Db, actor: UserActor, facts: ReleaseFacts, now: Date): Promise<string> {
  const version = await trx
    .selectFrom('versions')
    .select(['number', 'title', 'content', 'check_summary'])
    .where('id', '=', facts.versionId)
    .executeTakeFirstOrThrow();
  const audit = await trx
    .selectFrom('audit_log')
    .select((eb) => eb.fn.max('id').as('id'))
    .where('action', '=', 'document.released')
    .where('version_id', '=', facts.versionId)
    .executeTakeFirst();
  if (audit?.id === undefined || audit.id === null) throw new Error('recordRelease needs the release audit entry first.');
  const previous = await trx
    .selectFrom('releases')
    .select(['id', 'number'])
    .where('document_id', '=', facts.documentId)
    .orderBy('number', 'desc')
    .executeTakeFirst();
  const content = readStoredDocument(version.content);
  const settings = await readLeafletSettings(trx);
  const id = newId();
  await trx
    .insertInto('releases')
    .values({
      id,
      document_id: facts.documentId,
      number: (previous?.number ?? 0) + 1,
      version_id: facts.versionId,
      version_number: version.number,
      title: version.title,
      released_at: now.toISOString(),
      released_by: actor.id,
      review_by: content.meta.reviewBy,
      check_summary: version.check_summary,
      picture_credits: JSON.stringify(pictureCredits(picturesOf(content.doc))),
      checked_by: JSON.stringify(await checkedByCredit(trx, facts.versionId, settings.groupName)),
      audit_id: Number(audit.id),
      override: facts.override ? JSON.stringify(facts.override) : null,
      public: 0,
      superseded_by: null,
    })
    .execute();
  if (previous) await trx.updateTable('releases').set({superseded_by: id}).where('id', '=', previous.id).execute();
  return id;
}

/** A document's releases, newest first. Anyone who may read the document. */
export async function listReleases(db: Db, actor: UserActor, documentId: string): Promise<ReleaseSummary[]> {
  await loadDocument(db, actor, documentId);
  const rows = await releaseRows(db).where('releases.document_id', '=', documentId).orderBy('releases.number', 'desc').execute();
  return rows.map(toSummary);
}

/**
 * One release. A public release is shown to anyone, `actor` `null` included;
 * otherwise it is `not-found` (or `unauthenticated` for nobody signed in) unless
 * `actor` may read its document.
 */
export async function getRelease(db: Db, actor: UserActor | null, id: string): Promise<ReleaseRecord> {
  const row = await releaseRows(db).select('versions.content').where('releases.id', '=', id).executeTakeFirst();
  if (!row) throw noSuchRelease();
  if (row.public !== 1) {
    if (!actor) throw new ModelError('unauthenticated', 'Please sign in.');
    await loadDocument(db, actor, row.document_id).catch(() => {
      throw noSuchRelease();
    });
  }
  return toRecord(row);
}

/** Shows a release at `/r/{id}` (or stops showing it). Admins and approvers. Audited. */
export async function setReleasePublic(db: Db, actor: UserActor, id: string, value: boolean, now: Date): Promise<ReleaseRecord> {
  const release = await getRelease(db, actor, id);
  const {access} = await loadDocument(db, actor, release.documentId);
  requireAccess(access, 'release');
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('releases').set({public: value ? 1 : 0}).where('id', '=', id).execute();
    await appendAudit(trx, actor, now, {
      action: value ? 'release.published' : 'release.unpublished',
      documentId: release.documentId,
      versionId: release.versionId,
      detail: {releaseId: id, number: release.number},
    });
  });
  return getRelease(db, actor, id);
}

/** The error for a release that does not exist or that the actor may not see. */
export function noSuchRelease(): ModelError {
  return new ModelError('not-found', 'There is no such release, or you do not have access to it.');
}

function releaseRows(db: Db) {
  return db
    .selectFrom('releases')
    .innerJoin('versions', 'versions.id', 'releases.version_id')
    .innerJoin('users', 'users.id', 'releases.released_by')
    .selectAll('releases')
    .select(['users.name as released_by_name']);
}

function toSummary(row: RowOf<typeof releaseRows>): ReleaseSummary {
  return {
    id: row.id,
    number: row.number,
    versionId: row.version_id,
    releasedAt: row.released_at,
    reviewBy: row.review_by,
    public: row.public === 1,
    supersededBy: row.superseded_by,
  };
}

function toRecord(row: RowOf<typeof releaseRows> & {content: string}): ReleaseRecord {
  const credits: unknown = JSON.parse(row.picture_credits);
  const checkedBy: unknown = JSON.parse(row.checked_by);
  const override = row.override ? parseRecord(row.override) : null;
  return {
    ...toSummary(row),
    documentId: row.document_id,
    title: row.title,
    versionNumber: row.version_number,
    releasedBy: {id: row.released_by, name: row.released_by_name},
    checkSummary: readCheckSummary(row.check_summary),
    pictureCredits: Array.isArray(credits) ? credits.filter(isCredit) : [],
    checkedBy: readCredit(checkedBy),
    audit: {id: row.audit_id, href: `/api/documents/${row.document_id}/audit`},
    override: override
      ? {reason: String(override['reason'] ?? ''), reviewAgainBy: typeof override['reviewAgainBy'] === 'string' ? override['reviewAgainBy'] : null}
      : null,
    content: readStoredDocument(row.content),
  };
}

function readCredit(value: unknown): CheckedByCredit | null {
  if (!isRecord(value) || typeof value['text'] !== 'string') return null;
  const names = Array.isArray(value['names']) ? value['names'].filter((n): n is string => typeof n === 'string') : [];
  return {
    text: value['text'],
    groupName: String(value['groupName'] ?? ''),
    checkedOn: String(value['checkedOn'] ?? ''),
    approvals: typeof value['approvals'] === 'number' ? value['approvals'] : 0,
    names,
  };
}

function isCredit(value: unknown): value is PictureCredit {
  return isRecord(value) && typeof value['picture'] === 'string' && typeof value['credit'] === 'string' && typeof value['licence'] === 'string';
}

/** Every row picture in a document's JSON, in order. */
function picturesOf(doc: Record<string, unknown>): Picture[] {
  const content = doc['content'];
  if (!Array.isArray(content)) return [];
  return content.flatMap((node: unknown) => {
    if (!isRecord(node) || node['type'] !== 'row' || !isRecord(node['attrs'])) return [];
    const picture = node['attrs']['picture'];
    if (!isRecord(picture) || typeof picture['src'] !== 'string') return [];
    const text = (key: string) => (typeof picture[key] === 'string' ? picture[key] : '');
    return [{src: picture['src'], alt: text('alt'), credit: text('credit'), licence: text('licence'), symbol: text('symbol')}];
  });
}
