/**
 * Versions: immutable snapshots of a draft with its check summary.
 *
 * @module
 */
import {createRoute, z} from '@hono/zod-openapi';
import {requireSession} from '../http/session.js';
import {createVersion, getVersion, listVersions} from '../model/versions.js';
import {errorResponses, jsonBody, jsonResponse, signedIn, signedInChange, type Api, type RouteDeps} from './route-kit.js';
import {checkSummarySchema, conflictSchema, idParam, versionDetailSchema, versionSummarySchema} from './schemas.js';

const createVersionRoute = createRoute({
  method: 'post',
  path: '/api/documents/{id}/versions',
  tags: ['Versions'],
  summary: 'Snapshot the draft as a new, immutable version (editors)',
  description:
    '`revision` must be the current draft revision (else 409 with the current draft), ' +
    'so the version is exactly what the author saw.',
  security: signedInChange,
  request: {
    params: z.object({id: idParam}),
    body: jsonBody(z.object({revision: z.number().int().min(1), checkSummary: checkSummarySchema})),
  },
  responses: {
    201: jsonResponse(versionSummarySchema, 'The new version.'),
    409: jsonResponse(conflictSchema, 'The draft has moved on: the current draft.'),
    ...errorResponses(400, 401, 403, 404, 415),
  },
});

const listVersionsRoute = createRoute({
  method: 'get',
  path: '/api/documents/{id}/versions',
  tags: ['Versions'],
  summary: "A document's versions, newest first, without content",
  security: signedIn,
  request: {params: z.object({id: idParam})},
  responses: {200: jsonResponse(z.array(versionSummarySchema), 'The versions.'), ...errorResponses(401, 404)},
});

const getVersionRoute = createRoute({
  method: 'get',
  path: '/api/versions/{id}',
  tags: ['Versions'],
  summary: 'One version with its content',
  security: signedIn,
  request: {params: z.object({id: idParam})},
  responses: {200: jsonResponse(versionDetailSchema, 'The version.'), ...errorResponses(401, 404)},
});

/** Registers the version routes. */
export function registerVersionRoutes(app: Api, deps: RouteDeps): void {
  const {db, now} = deps;

  app.openapi(createVersionRoute, async (c) => {
    const version = await createVersion(db, requireSession(c).user, c.req.valid('param').id, c.req.valid('json'), now());
    return c.json(version, 201);
  });

  app.openapi(listVersionsRoute, async (c) =>
    c.json(await listVersions(db, requireSession(c).user, c.req.valid('param').id), 200)
  );

  app.openapi(getVersionRoute, async (c) => {
    const {detail} = await getVersion(db, requireSession(c).user, c.req.valid('param').id);
    return c.json(detail, 200);
  });
}
