/**
 * The Easy Read Studio server as a value: `createApp` builds the Hono app (the JSON
 * API under `/api` and the built app from `dist/`) and does no I/O, so tests call
 * `app.request()` without a socket. `server/index.ts` opens the database and listens.
 *
 * @module
 */
import {createRoute, OpenAPIHono, z} from '@hono/zod-openapi';
import {sql} from 'kysely';
import {HTTPException} from 'hono/http-exception';
import {limitBodySize} from './http/body-limit.js';
import {corsForAllowedOrigins} from './http/cors.js';
import {csrfGuard} from './http/csrf.js';
import type {AppDeps, AppEnv} from './http/env.js';
import {handleError, handleNotFound, validationHook} from './http/errors.js';
import {securityHeaders} from './http/security-headers.js';
import {loadSession} from './http/session.js';
import {staticApp} from './http/static-app.js';
import {registerAuditRoutes} from './routes/audit-routes.js';
import {registerCheckerWordRoutes} from './routes/checker-word-routes.js';
import {registerDocumentRoutes} from './routes/document-routes.js';
import {registerGroupSessionRoutes} from './routes/group-session-routes.js';
import {registerInvolvementRoutes} from './routes/involvement-routes.js';
import {registerReleaseRoutes} from './routes/release-routes.js';
import {registerReviewRoutes} from './routes/review-routes.js';
import {registerRoundRoutes} from './routes/round-routes.js';
import {jsonResponse, registerSecuritySchemes, type RouteDeps} from './routes/route-kit.js';
import {registerSessionRoutes} from './routes/session-routes.js';
import {registerUserRoutes} from './routes/user-routes.js';
import {registerVersionRoutes} from './routes/version-routes.js';

export type {AppDeps} from './http/env.js';

/** The API's version, shown in the OpenAPI document. */
export const apiVersion = '1.0.0';

const healthRoute = createRoute({
  method: 'get',
  path: '/api/health',
  tags: ['System'],
  summary: 'Whether the server and its database answer',
  responses: {200: jsonResponse(z.object({ok: z.literal(true)}), 'All well.')},
});

/**
 * Builds the app. `deps.db` must already be migrated (see `server/db/migrations.ts`).
 * Middleware order matters: security headers wrap everything; CORS answers
 * preflights before anything else and marks every API answer; the body limit runs
 * before anything reads a body; the session is loaded before the CSRF check that
 * needs it; route validators run last, after both.
 */
export function createApp(deps: AppDeps): OpenAPIHono<AppEnv> {
  const routeDeps: RouteDeps = {...deps, now: deps.now ?? (() => new Date())};
  const {config} = deps;
  const app = new OpenAPIHono<AppEnv>({defaultHook: validationHook});

  app.use('*', securityHeaders(config));
  app.use('/api/*', corsForAllowedOrigins(config));
  app.use(
    '/api/*',
    limitBodySize(config.maxBodyBytes, () => {
      throw new HTTPException(413, {
        message: `The request is too large. The most the server accepts is ${Math.floor(config.maxBodyBytes / 1024)} KB.`,
      });
    })
  );
  app.use('/api/*', loadSession(deps, routeDeps.now));
  app.use('/api/*', csrfGuard(config));

  app.openapi(healthRoute, async (c) => {
    await sql`select 1`.execute(deps.db);
    return c.json({ok: true} as const, 200);
  });
  registerSessionRoutes(app, routeDeps);
  registerUserRoutes(app, routeDeps);
  registerDocumentRoutes(app, routeDeps);
  registerVersionRoutes(app, routeDeps);
  registerReviewRoutes(app, routeDeps);
  registerInvolvementRoutes(app, routeDeps);
  registerRoundRoutes(app, routeDeps);
  registerGroupSessionRoutes(app, routeDeps);
  registerCheckerWordRoutes(app, routeDeps);
  registerAuditRoutes(app, routeDeps);
  registerReleaseRoutes(app, routeDeps);

  registerSecuritySchemes(app);
  app.doc('/api/openapi.json', {
    openapi: '3.0.3',
    info: {
      title: 'Easy Read Studio API',
      version: apiVersion,
      description:
        'Write, check, review and release easy read health information. Errors are always `{"error": "plain message"}`. ' +
        'Changes need the session cookie and the `X-CSRF-Token` header, except setup, sign-in and review-link feedback.',
    },
  });

  app.use('*', staticApp(config.distDir));
  app.notFound(handleNotFound);
  app.onError(handleError);
  return app;
}
