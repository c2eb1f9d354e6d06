/**
 * Cross-site request forgery defence for every request that changes data
 * (POST, PUT, PATCH, DELETE):
 *
 * 1. The request must not come from another site: an `Origin` header, when sent,
 *    must be the app's own, and `Sec-Fetch-Site` must not say cross-site. The one
 *    exception is an `Origin` listed exactly in `ALLOWED_ORIGINS` (a site that embeds
 *    the app, see `cors.ts`): it passes this rule, and rule 2 still holds for it.
 * 2. Signed-in requests must carry the session's CSRF token in `X-CSRF-Token`. Pages
 *    get it from `POST /api/session` or `GET /api/me`; another site cannot read it.
 *
 * Requests that need no session (setup, sign-in, and feedback through a review link,
 * whose token is itself the secret) are checked by rule 1 and must be JSON, which a
 * plain HTML form on another site cannot send.
 *
 * @module
 */
import type {MiddlewareHandler} from 'hono';
import {HTTPException} from 'hono/http-exception';
import type {ServerConfig} from '../config.js';
import {sameSecret} from '../model/tokens.js';
import type {AppEnv} from './env.js';
import {signInNeeded} from './errors.js';
import {selfOrigin} from './request-info.js';

/** The header that carries the session's CSRF token. */
export const csrfHeader = 'X-CSRF-Token';

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Changes that need no session: `[method, path pattern]`. */
const sessionless: readonly (readonly [string, RegExp])[] = [
  ['POST', /^\/api\/setup$/],
  ['POST', /^\/api\/session$/],
  ['POST', /^\/api\/invite\/[^/]+\/feedback$/],
  ['PUT', /^\/api\/invite\/[^/]+\/answers\/[^/]+$/],
  ['POST', /^\/api\/invite\/[^/]+\/verdict$/],
];

/**
 * Whether `origin` names the app's own host. The scheme is not compared: behind a
 * proxy that ends https, the server itself sees http, and the host alone already
 * tells another site apart. `Origin: null` (sandboxed frames, some redirects) is refused.
 */
function sameHost(origin: string, self: string): boolean {
  try {
    return new URL(origin).host === new URL(self).host;
  } catch {
    return false;
  }
}

/** Middleware for `/api/*`; runs after `loadSession`. */
export function csrfGuard(config: ServerConfig): MiddlewareHandler<AppEnv> {
  return async function csrfGuard(c, next) {
    const method = c.req.method;
    if (!unsafeMethods.has(method)) return next();
    const origin = c.req.header('origin');
    const fetchSite = c.req.header('sec-fetch-site');
    const embedding = origin !== undefined && config.allowedOrigins.includes(origin);
    const foreignOrigin = origin !== undefined && !sameHost(origin, selfOrigin(c, config.trustProxy));
    if (!embedding && (foreignOrigin || fetchSite === 'cross-site' || fetchSite === 'same-site')) {
      throw new HTTPException(403, {message: 'This request came from another website, so it was refused.'});
    }
    if (sessionless.some(([m, pattern]) => m === method && pattern.test(c.req.path))) return next();
    const session = c.get('session');
    // Signing out with no session has nothing to protect; the route answers it.
    if (!session && method === 'DELETE' && c.req.path === '/api/session') return next();
    if (!session) throw signInNeeded();
    const token = c.req.header(csrfHeader);
    if (!token || !sameSecret(token, session.csrfToken)) {
      throw new HTTPException(403, {message: 'The security check on this page failed. Reload the page and try again.'});
    }
    return next();
  };
}
