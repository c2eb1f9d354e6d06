/**
 * The session cookie: reading it on every API request, and setting and clearing it.
 * The cookie is HttpOnly (scripts cannot read it), SameSite=Strict (other sites'
 * requests do not carry it) and Secure whenever the browser uses https.
 *
 * With `ALLOWED_ORIGINS` set, a site that embeds the app must send the cookie on its
 * cross-site calls, so over https the cookie is `SameSite=None; Secure` instead. The
 * trade-off: then every site's requests carry it (not only the allowed ones), and
 * the defence against forged changes rests wholly on the CSRF guard (`csrf.ts`: the
 * Origin check and the session's `X-CSRF-Token`) instead of also on the browser;
 * other sites still cannot read answers (no CORS headers for them). Over plain http
 * browsers refuse `SameSite=None`, so the cookie stays Strict and embedding needs https.
 *
 * @module
 */
import type {Context, MiddlewareHandler} from 'hono';
import {deleteCookie, getCookie, setCookie} from 'hono/cookie';
import type {ServerConfig} from '../config.js';
import {findSession, type NewSession, type Session} from '../model/sessions.js';
import type {AppDeps, AppEnv} from './env.js';
import {signInNeeded} from './errors.js';
import {isHttps} from './request-info.js';

/** The session cookie's name. */
export const sessionCookie = 'er_session';

/** Middleware that looks up the session cookie and sets `c.var.session` (or `null`). */
export function loadSession(deps: AppDeps, now: () => Date): MiddlewareHandler<AppEnv> {
  return async function loadSession(c, next) {
    const token = getCookie(c, sessionCookie);
    c.set('session', token ? ((await findSession(deps.db, token, now())) ?? null) : null);
    await next();
  };
}

/** The signed-in session; throws 401 when there is none. */
export function requireSession(c: Context<AppEnv>): Session {
  const session = c.get('session');
  if (!session) throw signInNeeded();
  return session;
}

/** The cookie's attributes for this request: SameSite=None only for embedding over https (see above). */
function cookieAttributes(c: Context<AppEnv>, config: ServerConfig) {
  const secure = isHttps(c, config.trustProxy);
  const sameSite = secure && config.allowedOrigins.length > 0 ? 'None' : 'Strict';
  return {path: '/', httpOnly: true, sameSite, secure} as const;
}

/** Sets the cookie for a new session. */
export function setSessionCookie(c: Context<AppEnv>, config: ServerConfig, session: NewSession): void {
  setCookie(c, sessionCookie, session.token, {...cookieAttributes(c, config), expires: new Date(session.expiresAt)});
}

/** Clears the session cookie. */
export function clearSessionCookie(c: Context<AppEnv>, config: ServerConfig): void {
  deleteCookie(c, sessionCookie, cookieAttributes(c, config));
}
