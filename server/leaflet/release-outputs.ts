/**
 * The leaflets of releases and versions. A release's HTML, PDF and Word file are
 * each rendered once and stored in `release_outputs` (releases never change), so a
 * second download is a read. Its HTML is stored without notices; the notices that
 * depend on today ("There is a newer version", past its review-by date) are added
 * when it is served. A version's leaflet and its print preview are rendered each time.
 *
 * @module
 */
import type {Db} from '../db/schema.js';
import {checkedByCredit} from '../model/checked-by.js';
import type {ReleaseRecord} from '../model/releases.js';
import type {VersionDetail} from '../model/versions.js';
import {ChromiumMissingError, ExportBusyError, type BrowserPool} from './browser-pool.js';
import {buildLeaflet, type Leaflet, type LeafletNotices} from './leaflet.js';
import {renderLeafletDocx} from './leaflet-docx.js';
import {renderLeafletHtml, renderLeafletSheets, withNotices} from './leaflet-html.js';
import {renderLeafletPdf} from './leaflet-pdf.js';
import {printedPages} from './print-checks.js';
import {readLeafletSettings} from './settings.js';

/** The formats a leaflet comes in. */
export type LeafletFormat = 'html' | 'pdf' | 'docx';

/** Each format's media type. */
export const leafletMediaTypes: Readonly<Record<LeafletFormat, string>> = {
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

// Renders under way, so simultaneous first downloads of one file render it once.
const rendering = new Map<string, Promise<Buffer>>();

/** A release's leaflet as laid out, with `notices` (none for the stored files). */
export async function releaseLeaflet(db: Db, release: ReleaseRecord, notices: LeafletNotices = {}): Promise<Leaflet> {
  return buildLeaflet(release.content, {
    date: release.releasedAt.slice(0, 10),
    checkedBy: release.checkedBy?.text ?? null,
    settings: await readLeafletSettings(db),
    notices,
  });
}

/**
 * The stored file of `release` in `format`, rendering and storing it the first time.
 * Throws the pool's `ExportBusyError` or `ChromiumMissingError` for PDF and Word.
 */
export async function releaseOutput(db: Db, pool: BrowserPool, release: ReleaseRecord, format: LeafletFormat, now: Date): Promise<Buffer> {
  const stored = await db
    .selectFrom('release_outputs')
    .select('body')
    .where('release_id', '=', release.id)
    .where('format', '=', format)
    .executeTakeFirst();
  if (stored) return Buffer.from(stored.body, 'base64');
  const key = `${release.id}/${format}`;
  let job = rendering.get(key);
  if (!job) {
    job = renderAndStore(db, pool, release, format, now).finally(() => rendering.delete(key));
    rendering.set(key, job);
  }
  return job;
}

/**
 * The release's page as served: the stored HTML with today's notices. `newerHref` is
 * where its newer release is read (`''`: there is one this reader may not open;
 * `null`: there is none).
 */
export async function releasePage(db: Db, pool: BrowserPool, release: ReleaseRecord, newerHref: string | null, now: Date): Promise<string> {
  const html = (await releaseOutput(db, pool, release, 'html', now)).toString('utf8');
  const pastReviewBy = release.reviewBy !== '' && release.reviewBy < now.toISOString().slice(0, 10);
  if (newerHref === null && !pastReviewBy) return html;
  return withNotices(html, await releaseLeaflet(db, release, {...(newerHref === null ? {} : {newerHref}), pastReviewBy}));
}

/** A version's leaflet as it would be released: today's date and the credit its approvals would give. */
export async function versionLeafletHtml(db: Db, version: VersionDetail, now: Date): Promise<string> {
  return renderLeafletHtml(await versionLeaflet(db, version, now));
}

/**
 * A version's print preview: its leaflet page by page, each page a sheet with its
 * number, broken where Chromium breaks the printed pages. Where Chromium is missing or
 * busy it is the plain page (still marked as a preview), so the preview always opens.
 */
export async function versionPreviewHtml(db: Db, pool: BrowserPool, version: VersionDetail, now: Date): Promise<string> {
  const leaflet = await versionLeaflet(db, version, now);
  const html = renderLeafletHtml(leaflet);
  const pages = await printedPages(pool, html).catch((error: unknown) => {
    if (error instanceof ChromiumMissingError || error instanceof ExportBusyError) return null;
    throw error;
  });
  return pages ? renderLeafletSheets(leaflet, pages) : html;
}

async function versionLeaflet(db: Db, version: VersionDetail, now: Date): Promise<Leaflet> {
  const settings = await readLeafletSettings(db);
  const credit = await checkedByCredit(db, version.id, settings.groupName);
  return buildLeaflet(version.content, {date: now.toISOString().slice(0, 10), checkedBy: credit?.text ?? null, settings, notices: {preview: true}});
}

async function renderAndStore(db: Db, pool: BrowserPool, release: ReleaseRecord, format: LeafletFormat, now: Date): Promise<Buffer> {
  const leaflet = await releaseLeaflet(db, release);
  const html = renderLeafletHtml(leaflet);
  const body = format === 'html' ? Buffer.from(html, 'utf8') : format === 'pdf' ? await renderLeafletPdf(pool, html) : await renderLeafletDocx(leaflet, pool);
  await db
    .insertInto('release_outputs')
    .values({release_id: release.id, format, body: body.toString('base64'), created_at: now.toISOString()})
    .onConflict((oc) => oc.columns(['release_id', 'format']).doNothing())
    .execute();
  return body;
}
