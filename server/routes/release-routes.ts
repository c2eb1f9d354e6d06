/**
 * Releases: the frozen records of released versions, their leaflets (HTML, tagged
 * PDF, Word), publishing, the print checks, and the public page `/r/{id}`.
 *
 * @module
 */
import {createRoute, z} from '@hono/zod-openapi';
import type {Context} from 'hono';
import {HTTPException} from 'hono/http-exception';
import type {Db} from '../db/schema.js';
import type {AppEnv} from '../http/env.js';
import {requireSession} from '../http/session.js';
import {ChromiumMissingError, ExportBusyError, sharedBrowserPool} from '../leaflet/browser-pool.js';
import {renderLeafletHtml} from '../leaflet/leaflet-html.js';
import {runPrintChecks} from '../leaflet/print-checks.js';
import {leafletMediaTypes, releaseLeaflet, releaseOutput, releasePage, versionLeafletHtml, versionPreviewHtml, type LeafletFormat} from '../leaflet/release-outputs.js';
import type {UserActor} from '../model/actor.js';
import {getRelease, listReleases, setReleasePublic, type ReleaseRecord} from '../model/releases.js';
import {getVersion} from '../model/versions.js';
import {errorResponses, jsonResponse, signedIn, signedInChange, type Api, type RouteDeps} from './route-kit.js';
import {errorSchema, idParam, printChecksSchema, releaseSchema, releaseSummarySchema} from './schemas.js';

/** The answer to any attempt to change a release. */
export const releaseFrozenMessage = 'A release cannot be changed. Release a new version instead.';

const params = {params: z.object({id: idParam})};
const unavailable = {503: jsonResponse(errorSchema, 'Chromium is missing on the server, or too many exports run at once.')};
const file = (type: string, description: string) => ({content: {[type]: {schema: z.string().openapi({format: 'binary'})}}, description});

const listRoute = createRoute({
  method: 'get',
  path: '/api/documents/{id}/releases',
  tags: ['Releases'],
  summary: "A document's releases, newest first",
  security: signedIn,
  request: params,
  responses: {200: jsonResponse(z.object({releases: z.array(releaseSummarySchema)}), 'The releases.'), ...errorResponses(401, 404)},
});

const getRoute = createRoute({
  method: 'get',
  path: '/api/releases/{id}',
  tags: ['Releases'],
  summary: 'A release record: content, "Checked by" credit, check summary, picture credits, audit link',
  description: 'Anyone may read a public release; others only by who may read its document.',
  request: params,
  responses: {200: jsonResponse(releaseSchema, 'The release.'), ...errorResponses(401, 404)},
});

const leafletRoutes = (['html', 'pdf', 'docx'] as const).map((format) => ({
  format,
  route: createRoute({
    method: 'get',
    path: `/api/releases/{id}/leaflet.${format}`,
    tags: ['Releases'],
    summary: {html: 'The leaflet as one accessible HTML page', pdf: 'The leaflet as a tagged A4 PDF', docx: 'The leaflet as a Word file'}[format],
    description: 'Rendered once per release and kept. Readable as the release record is.',
    request: params,
    responses: {200: file(leafletMediaTypes[format], 'The leaflet.'), ...errorResponses(401, 404), ...unavailable},
  }),
}));

const publishRoutes = ([true, false] as const).map((value) => ({
  value,
  route: createRoute({
    method: 'post',
    path: `/api/releases/{id}/${value ? 'publish' : 'unpublish'}`,
    tags: ['Releases'],
    summary: value ? 'Show the release to anyone at /r/{id} (admins, approvers)' : 'Stop showing it publicly (admins, approvers)',
    security: signedInChange,
    request: params,
    responses: {200: jsonResponse(releaseSchema, 'The release.'), ...errorResponses(401, 403, 404)},
  }),
}));

const releaseChecksRoute = createRoute({
  method: 'get',
  path: '/api/releases/{id}/print-checks',
  tags: ['Releases'],
  summary: 'The print checks on the released leaflet, laid out by Chromium on A4',
  request: params,
  responses: {200: jsonResponse(printChecksSchema, 'Findings, with the page each is on.'), ...errorResponses(401, 404), ...unavailable},
});

const versionChecksRoute = createRoute({
  method: 'get',
  path: '/api/versions/{id}/print-checks',
  tags: ['Versions'],
  summary: "The print checks on a version's leaflet, before release",
  security: signedIn,
  request: params,
  responses: {200: jsonResponse(printChecksSchema, 'Findings, with the page each is on.'), ...errorResponses(401, 404), ...unavailable},
});

const versionLeafletRoute = createRoute({
  method: 'get',
  path: '/api/versions/{id}/leaflet.html',
  tags: ['Versions'],
  summary: "A version's print preview: its leaflet page by page, as it will print",
  security: signedIn,
  request: params,
  responses: {200: file(leafletMediaTypes.html, 'The leaflet, marked as a preview.'), ...errorResponses(401, 404)},
});

const exportState = z.object({
  available: z.boolean(),
  message: z.string().nullable().openapi({description: 'Why the file cannot be made here, and how to add what is missing; null when it can.'}),
});

const exportsRoute = createRoute({
  method: 'get',
  path: '/api/leaflet-exports',
  tags: ['Releases'],
  summary: 'Which leaflet files this server can make (PDF and Word need Chromium)',
  security: signedIn,
  responses: {
    200: jsonResponse(z.object({html: exportState, pdf: exportState, docx: exportState}).openapi('LeafletExports'), 'Each format, and why it is missing.'),
    ...errorResponses(401),
  },
});

const frozenRoutes = (['put', 'patch', 'delete'] as const).map((method) =>
  createRoute({
    method,
    path: '/api/releases/{id}',
    tags: ['Releases'],
    summary: 'Refused: releases never change',
    security: signedInChange,
    request: params,
    responses: {405: jsonResponse(errorSchema, releaseFrozenMessage)},
  })
);

/** Registers the release routes and the public page `/r/{id}`. */
export function registerReleaseRoutes(app: Api, deps: RouteDeps): void {
  const {db, now} = deps;
  const pool = sharedBrowserPool();

  app.openapi(listRoute, async (c) => c.json({releases: await listReleases(db, requireSession(c).user, c.req.valid('param').id)}, 200));

  app.openapi(getRoute, async (c) => {
    const release = await readable(c, db);
    openToEveryOrigin(c, release);
    return c.json(release, 200);
  });

  app.openapi(exportsRoute, async (c) => {
    requireSession(c);
    const message = await pool.missing();
    const state = {available: message === null, message};
    return c.json({html: {available: true, message: null}, pdf: state, docx: state}, 200);
  });

  for (const {format, route} of leafletRoutes) {
    app.openapi(route, async (c) => {
      const release = await readable(c, db);
      const body = format === 'html'
        ? Buffer.from(await releasePage(db, pool, release, await newerHref(db, release, c.get('session')?.user ?? null), now()), 'utf8')
        : await exporting(releaseOutput(db, pool, release, format, now()), format === 'pdf' ? 'The PDF' : 'The Word file');
      openToEveryOrigin(c, release);
      return fileResponse(c, body, format, release.title);
    });
  }

  for (const {value, route} of publishRoutes) {
    app.openapi(route, async (c) => c.json(await setReleasePublic(db, requireSession(c).user, c.req.valid('param').id, value, now()), 200));
  }

  app.openapi(releaseChecksRoute, async (c) => {
    const release = await readable(c, db);
    const html = renderLeafletHtml(await releaseLeaflet(db, release));
    return c.json(await exporting(runPrintChecks(pool, html), 'The print check'), 200);
  });

  app.openapi(versionChecksRoute, async (c) => {
    const {detail} = await getVersion(db, requireSession(c).user, c.req.valid('param').id);
    return c.json(await exporting(runPrintChecks(pool, await versionLeafletHtml(db, detail, now())), 'The print check'), 200);
  });

  app.openapi(versionLeafletRoute, async (c) => {
    const {detail} = await getVersion(db, requireSession(c).user, c.req.valid('param').id);
    return fileResponse(c, Buffer.from(await versionPreviewHtml(db, pool, detail, now()), 'utf8'), 'html', detail.title);
  });

  for (const route of frozenRoutes) app.openapi(route, (c) => c.json({error: releaseFrozenMessage}, 405));

  app.get('/r/:id', async (c) => {
    const release = await getRelease(db, null, c.req.param('id')).catch(() => null);
    if (!release?.public) return c.html(notFoundPage, 404);
    return c.html(await releasePage(db, pool, release, await newerHref(db, release, null), now()), 200);
  });
}

const notFoundPage = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Not found</title></head>
<body><main><h1>Not found</h1><p>There is no leaflet at this address.</p></main></body></html>`;

/** The release the request may read: any public one, else by document access (anonymous: 401). */
function readable(c: Context<AppEnv>, db: Db): Promise<ReleaseRecord> {
  return getRelease(db, c.get('session')?.user ?? null, c.req.param('id') ?? '');
}

/**
 * Lets any site's pages read a public release without a session (`<er-document>` on an
 * intranet page). The CORS middleware replaces this with the exact origin, with
 * credentials, for the sites in `ALLOWED_ORIGINS`.
 */
function openToEveryOrigin(c: Context<AppEnv>, release: ReleaseRecord): void {
  if (release.public) c.header('Access-Control-Allow-Origin', '*');
}

/**
 * Where the newer release is read: its public page when it is public; else its leaflet
 * in the API when `reader` may read it; else `''` (there is one, but not for this
 * reader). `null` when nothing superseded `release`.
 */
async function newerHref(db: Db, release: ReleaseRecord, reader: UserActor | null): Promise<string | null> {
  if (!release.supersededBy) return null;
  const newer = await db.selectFrom('releases').select(['id', 'public']).where('id', '=', release.supersededBy).executeTakeFirstOrThrow();
  if (newer.public === 1) return `/r/${newer.id}`;
  const readable = reader ? await getRelease(db, reader, newer.id).then(() => true, () => false) : false;
  return readable ? `/api/releases/${newer.id}/leaflet.html` : '';
}

/**
 * Runs an export, turning the pool's refusals into a plain 503 and any other failure
 * into a 500 that names what could not be made (`what`, such as "The PDF").
 */
async function exporting<T>(job: Promise<T>, what: string): Promise<T> {
  return job.catch((error: unknown) => {
    if (error instanceof ExportBusyError || error instanceof ChromiumMissingError) throw new HTTPException(503, {message: error.message});
    console.error(`${what} could not be made:`, error);
    throw new HTTPException(500, {message: `${what} could not be made because of a fault on the server. Please try again. If it keeps happening, tell whoever runs the server.`});
  });
}

function fileResponse(c: Context<AppEnv>, body: Buffer, format: LeafletFormat, title: string): Response {
  const name = `${fileName(title)}.${format}`;
  const disposition = format === 'html' ? 'inline' : 'attachment';
  return c.body(new Uint8Array(body), 200, {
    'Content-Type': leafletMediaTypes[format],
    'Content-Disposition': `${disposition}; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}`,
  });
}

/** A file name from a title: "Getting your flu jab" → "getting-your-flu-jab". */
export function fileName(title: string): string {
  const slug = title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80);
  return slug || 'leaflet';
}
