/**
 * Serves the built app from `dist/`. Paths that are not files and look like pages
 * (no file extension, the browser wants HTML) get `index.html`, so the app's own
 * routes such as `/review` work on reload. Everything else falls through to the
 * JSON 404. Only files named with their content hash under `/assets/` may be cached
 * for good; pages and every other file are `no-cache`. Scripts, styles and pictures may
 * be loaded by any site (`Access-Control-Allow-Origin: *`, no credentials), so the leaflet
 * viewer `/easy-read-document.js` works in an intranet page; pages may not.
 *
 * @module
 */
import {existsSync} from 'node:fs';
import {serveStatic} from '@hono/node-server/serve-static';
import type {Context, MiddlewareHandler, Next} from 'hono';
import type {AppEnv} from './env.js';

/** Middleware serving `distDir`. It touches the disk only when a request arrives. */
export function staticApp(distDir: string): MiddlewareHandler<AppEnv> {
  // Made on first use, once the folder exists: building the app must do no I/O,
  // and the app may be built after the server starts.
  let files: MiddlewareHandler<AppEnv> | undefined;
  let indexPage: MiddlewareHandler<AppEnv> | undefined;
  return async function staticApp(c: Context<AppEnv>, next: Next) {
    if (c.req.path === '/api' || c.req.path.startsWith('/api/')) return next();
    if (!files || !indexPage) {
      if (!existsSync(distDir)) return next();
      files = serveStatic<AppEnv>({root: distDir});
      indexPage = serveStatic<AppEnv>({root: distDir, path: 'index.html'});
    }
    const page = indexPage;
    let fallback = false;
    const served = await files(c, async () => {
      if (!looksLikePage(c)) return next();
      fallback = true;
      const response = await page(c, next);
      // serveStatic hands back next()'s result when the file is missing; only a Response was served.
      if (response instanceof Response) c.res = response;
    });
    if (served instanceof Response) c.res = served;
    // Outside /api nothing but a file answers 200.
    if (c.res.status === 200) {
      // A hashed name changes with the content, so that file never changes; anything else must be revalidated.
      c.res.headers.set('Cache-Control', !fallback && isHashedAsset(c.req.path) ? 'public, max-age=31536000, immutable' : 'no-cache');
      // Module scripts from another site need CORS; these files are the same for everyone.
      if (!fallback && /\.(?:js|css|svg|png|woff2?)$/.test(c.req.path)) c.res.headers.set('Access-Control-Allow-Origin', '*');
    }
  };
}

/** Whether `path` is a built asset named with its content hash, as Vite names them (`/assets/index-B2xQ9k_z.js`). */
function isHashedAsset(path: string): boolean {
  return /^\/assets\/(?:[^/]+\/)*[^/]+-[A-Za-z0-9_-]{8}\.[A-Za-z0-9]+$/.test(path);
}

function looksLikePage(c: Context<AppEnv>): boolean {
  const last = c.req.path.split('/').pop() ?? '';
  return !last.includes('.') && (c.req.header('accept') ?? '').includes('text/html');
}
