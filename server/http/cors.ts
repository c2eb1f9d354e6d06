/**
 * Cross-origin calls to the API from the pages of other sites that embed the app,
 * such as an intranet (`ALLOWED_ORIGINS`). Only an `Origin` that is exactly one of
 * those gets CORS answers: `Access-Control-Allow-Origin` naming it, with credentials
 * (the session cookie), and a preflight (`OPTIONS` with
 * `Access-Control-Request-Method`) answered 204 with the methods and headers the API
 * uses. Any other origin gets no CORS headers at all, so its pages cannot read the
 * answers; its changes are refused anyway by the CSRF guard (`csrf.ts`). With no
 * allowed origins this middleware does nothing.
 *
 * A cross-site page sends the cookie only when it is `SameSite=None; Secure`, which
 * `session.ts` sets over https when there are allowed origins.
 *
 * @module
 */
import type {MiddlewareHandler} from 'hono';
import type {ServerConfig} from '../config.js';
import {csrfHeader} from './csrf.js';
import type {AppEnv} from './env.js';

/** The methods the API answers. */
const allowedMethods = 'GET, POST, PUT, PATCH, DELETE';
/** The request headers the API reads beyond the CORS-safelisted ones. */
const allowedHeaders = `Content-Type, ${csrfHeader}`;
/** How long a browser may keep a preflight's answer, in seconds. */
const preflightSeconds = 600;

/** Middleware for `/api/*`; runs before the body limit, session and CSRF guard, so a preflight needs none of them. */
export function corsForAllowedOrigins(config: ServerConfig): MiddlewareHandler<AppEnv> {
  return async function cors(c, next) {
    if (config.allowedOrigins.length === 0) return next();
    const origin = c.req.header('origin');
    const allowed = origin !== undefined && config.allowedOrigins.includes(origin) ? origin : undefined;
    if (allowed && c.req.method === 'OPTIONS' && c.req.header('access-control-request-method')) {
      return c.body(null, 204, {
        'Access-Control-Allow-Origin': allowed,
        'Access-Control-Allow-Credentials': 'true',
        'Access-Control-Allow-Methods': allowedMethods,
        'Access-Control-Allow-Headers': allowedHeaders,
        'Access-Control-Max-Age': String(preflightSeconds),
        Vary: 'Origin',
      });
    }
    await next();
    // The answer depends on Origin whenever some origins are allowed, for caches in between.
    c.res.headers.append('Vary', 'Origin');
    if (allowed) {
      c.res.headers.set('Access-Control-Allow-Origin', allowed);
      c.res.headers.set('Access-Control-Allow-Credentials', 'true');
    }
  };
}
