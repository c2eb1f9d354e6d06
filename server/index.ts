/**
 * Starts the server: opens the database (SQLite in `DATA_DIR`, or PostgreSQL at
 * `DATABASE_URL`), brings its schema up to date, and listens on `HOST:PORT`
 * (default 127.0.0.1:8080). Stops cleanly on SIGINT and SIGTERM.
 *
 * @module
 */
import {serve} from '@hono/node-server';
import {existsSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {createApp} from './app.js';
import {loadConfig} from './config.js';
import {openStorage} from './db/connect.js';
import {migrateToLatest} from './db/migrations.js';
import {closeSharedBrowserPool} from './leaflet/browser-pool.js';

const env = process.env;
const port = Number(env['PORT'] || 8080);
const host = env['HOST'] || '127.0.0.1';
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number, not "${env['PORT']}".`);
  process.exit(1);
}

const config = loadConfig(env);
const databaseUrl = env['DATABASE_URL'] || undefined;
const storage = openStorage({dataDir: resolve(env['DATA_DIR'] || 'data'), ...(databaseUrl ? {databaseUrl} : {})});
try {
  await migrateToLatest(storage);
} catch (error) {
  console.error(`Could not open the database: ${error instanceof Error ? error.message : String(error)}`);
  await storage.close();
  process.exit(1);
}
if (!existsSync(join(config.distDir, 'index.html'))) {
  const page = join(config.distDir, 'index.html');
  console.warn(`The app is not built (no ${page}), so only the API is served. Run \`npm start\` to build it.`);
}

const app = createApp({db: storage.db, config});
const server = serve({fetch: app.fetch, port, hostname: host}, (info) => {
  const shown = info.address.includes(':') ? `[${info.address}]` : info.address;
  console.log(`Easy Read Studio is running at http://${shown}:${info.port}`);
});

let stopping = false;
function stop(signal: string): void {
  if (stopping) return;
  stopping = true;
  console.log(`Stopping (${signal}).`);
  // Give open requests a moment to finish, but never hang on a stuck one.
  setTimeout(() => process.exit(1), 5000).unref();
  server.close(() => {
    Promise.all([storage.close(), closeSharedBrowserPool()]).then(
      () => process.exit(0),
      () => process.exit(1)
    );
  });
  if ('closeIdleConnections' in server) server.closeIdleConnections();
}
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
