/**
 * Facts about the request that depend on whether a proxy is trusted: the caller's
 * address, whether the connection is https, and the app's own origin.
 *
 * @module
 */
import type {Context} from 'hono';
import type {AppEnv} from './env.js';

/**
 * The caller's address: the socket's, or with `trustProxy` the first address in
 * `X-Forwarded-For`. `'unknown'` when there is no socket (tests calling `app.request`).
 */
export function clientAddress(c: Context<AppEnv>, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  return c.env?.incoming?.socket.remoteAddress ?? 'unknown';
}

/** Whether the browser reached the app over https (directly, or through a trusted proxy). */
export function isHttps(c: Context<AppEnv>, trustProxy: boolean): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true;
  return trustProxy && c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() === 'https';
}

/** The app's origin as the browser sees it, such as `https://studio.example.nhs.uk`. */
export function selfOrigin(c: Context<AppEnv>, trustProxy: boolean): string {
  const url = new URL(c.req.url);
  const host = (trustProxy && c.req.header('x-forwarded-host')?.split(',')[0]?.trim()) || url.host;
  return `${isHttps(c, trustProxy) ? 'https' : 'http'}://${host}`;
}
