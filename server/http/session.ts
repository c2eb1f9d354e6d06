/**
 * The session cookie: reading it on every API request, and setting and clearing it.
 * The cookie is HttpOnly (scripts cannot read it), SameSite=Strict (other sites'
 * requests do not carry it) and Secure whenever the browser uses https.
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

/** Sets the cookie for a new session. */
export function setSessionCookie(c: Context<AppEnv>, config: ServerConfig, session: NewSession): void {
  setCookie(c, sessionCookie, session.token, {
    path: '/',
    httpOnly: true,
    sameSite: 'Strict',
    secure: isHttps(c, config.trustProxy),
    expires: new Date(session.expiresAt),
  });
}

/** Clears the session cookie. */
export function clearSessionCookie(c: Context<AppEnv>, config: ServerConfig): void {
  deleteCookie(c, sessionCookie, {path: '/', httpOnly: true, sameSite: 'Strict', secure: isHttps(c, config.trustProxy)});
}
