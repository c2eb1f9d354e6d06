/**
 * Reading the audit log. There is no route that changes it: entries are only
 * ever added, by the model, with the change they record.
 *
 * @module
 */
import {createRoute, z} from '@hono/zod-openapi';
import {requireSession} from '../http/session.js';
import {documentAudit, fullAudit} from '../model/audit.js';
import {errorResponses, jsonResponse, signedIn, type Api, type RouteDeps} from './route-kit.js';
import {auditEntrySchema, auditQuerySchema, idParam} from './schemas.js';

const documentAuditRoute = createRoute({
  method: 'get',
  path: '/api/documents/{id}/audit',
  tags: ['Audit'],
  summary: "A document's audit log, newest first",
  security: signedIn,
  request: {params: z.object({id: idParam}), query: auditQuerySchema},
  responses: {200: jsonResponse(z.array(auditEntrySchema), 'The entries.'), ...errorResponses(400, 401, 404)},
});

const fullAuditRoute = createRoute({
  method: 'get',
  path: '/api/audit',
  tags: ['Audit'],
  summary: 'The whole audit log, newest first (admins)',
  security: signedIn,
  request: {query: auditQuerySchema},
  responses: {200: jsonResponse(z.array(auditEntrySchema), 'The entries.'), ...errorResponses(400, 401, 403)},
});

/** Registers the audit routes. */
export function registerAuditRoutes(app: Api, deps: RouteDeps): void {
  const {db} = deps;

  app.openapi(documentAuditRoute, async (c) =>
    c.json(await documentAudit(db, requireSession(c).user, c.req.valid('param').id, c.req.valid('query')), 200)
  );

  app.openapi(fullAuditRoute, async (c) => c.json(await fullAudit(db, requireSession(c).user, c.req.valid('query')), 200));
}
