// `npm start`: builds the app if dist/ is missing or older than its sources, then
// starts the server (server/index.ts through tsx), which prints its URL.
// Honours PORT (default 8080), HOST (default 127.0.0.1), DATA_DIR (default ./data)
// and DATABASE_URL (PostgreSQL instead of SQLite). Passes SIGINT/SIGTERM on.
import {spawn, spawnSync} from 'node:child_process';
import {existsSync, readdirSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const builtPage = join(root, 'dist', 'index.html');
const sources = ['index.html', 'vite.config.ts', 'src', 'public'];

/** The newest modification time (ms) of a file, or of any file under a folder. */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

if (!existsSync(join(root, 'index.html'))) {
  console.warn('There is no app to build yet (index.html is missing), so only the API will be served.');
} else if (!existsSync(builtPage) || statSync(builtPage).mtimeMs < Math.max(...sources.map((s) => newest(join(root, s))))) {
  console.log('Building the app…');
  const vite = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'vite.cmd' : 'vite');
  const build = spawnSync(vite, ['build', '--logLevel', 'warn'], {cwd: root, stdio: 'inherit'});
  if (build.status !== 0) {
    console.error('The app did not build. See the messages above.');
    process.exit(1);
  }
}

const server = spawn(process.execPath, ['--import', 'tsx', join(root, 'server', 'index.ts')], {
  cwd: root,
  stdio: 'inherit',
  env: process.env,
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.kill(signal));
}
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
