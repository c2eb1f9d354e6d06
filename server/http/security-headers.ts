/**
 * Security headers on every response, errors and static files included.
 *
 * @module
 */
import type {MiddlewareHandler} from 'hono';
import type {ServerConfig} from '../config.js';
import type {AppEnv} from './env.js';
import {isHttps} from './request-info.js';

/**
 * The Content-Security-Policy. Scripts come only from the app's own files: no inline
 * scripts, no `eval`. Inline *styles* are allowed because ProseMirror and Lit set
 * style attributes on the editor's elements. Pictures may be data or blob URLs
 * (pasted and uploaded pictures). `frame-ancestors` comes from the settings so an
 * intranet can embed the app.
 */
export function contentSecurityPolicy(frameAncestors: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
}

const frameOptionsFor: Readonly<Record<string, string>> = {"'self'": 'SAMEORIGIN', "'none'": 'DENY'};

/** Middleware that adds the headers after the response is made. API responses are also never cached. */
export function securityHeaders(config: ServerConfig): MiddlewareHandler<AppEnv> {
  const csp = contentSecurityPolicy(config.frameAncestors);
  // X-Frame-Options cannot list origins; send it only when it agrees with frame-ancestors.
  const frameOptions = frameOptionsFor[config.frameAncestors];
  return async function securityHeaders(c, next) {
    await next();
    const headers = c.res.headers;
    headers.set('Content-Security-Policy', csp);
    headers.set('X-Content-Type-Options', 'nosniff');
    headers.set('Referrer-Policy', 'no-referrer');
    headers.set('Cross-Origin-Opener-Policy', 'same-origin');
    // Public static files (marked for any origin by the static app) may be shown by other sites.
    headers.set('Cross-Origin-Resource-Policy', headers.get('Access-Control-Allow-Origin') === '*' ? 'cross-origin' : 'same-origin');
    headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
    if (frameOptions) headers.set('X-Frame-Options', frameOptions);
    if (isHttps(c, config.trustProxy)) headers.set('Strict-Transport-Security', 'max-age=31536000');
    if (c.req.path.startsWith('/api/')) headers.set('Cache-Control', 'no-store');
  };
}
