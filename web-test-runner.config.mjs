// Browser tests: every `*.test.ts` under src/ and test/ (not `*.node.test.ts`),
// in Debian's headless Chromium. No browser is ever downloaded.
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {defaultReporter} from '@web/test-runner';
import {fromRollup} from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';
import rollupJson from '@rollup/plugin-json';
import {fileURLToPath} from 'node:url';
import {summaryReporter} from './scripts/wtr-summary-reporter.mjs';

// Some dependencies are CommonJS (pluralize and normalize-strings under text-readability,
// parts of mammoth). Vite converts them itself; the test runner serves files as they are.
const commonjs = fromRollup(rollupCommonjs);
const json = fromRollup(rollupJson);

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

export default {
  files: ['src/**/*.test.ts', 'test/**/*.test.ts', '!**/*.node.test.ts'],
  nodeResolve: {browser: true},
  // One test file at a time: keyboard tests need the page to have focus, and two pages
  // in one browser take it from each other.
  concurrency: 1,
  // Documents keep pictures as `/openmoji/<HEX>.svg` (served by Vite in the app); here they
  // come straight from the package.
  middleware: [
    function openMojiPictures(context, next) {
      if (context.url.startsWith('/openmoji/')) {
        context.url = `/node_modules/openmoji/color/svg/${context.url.slice('/openmoji/'.length)}`;
      }
      return next();
    },
  ],
  mimeTypes: {'**/node_modules/**/*.json': 'js', '**/*.json': 'js'},
  plugins: [
    json({include: ['**/node_modules/**/*.json', '**/src/**/*.json']}),
    commonjs({
      include: ['**/node_modules/**'],
      // v29 otherwise exports only `__require` and no `default`.
      strictRequires: false,
    }),
    // esbuild must be given the tsconfig, or it ignores experimentalDecorators and
    // Lit throws "Unsupported decorator location: field".
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox', // tests run as root, and Chromium refuses root without it
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking', // the network is closed: avoid refused connections
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-quic',
        ],
      },
    }),
  ],
  filterBrowserLogs: ({args}) => !String(args?.[0] ?? '').startsWith('Lit is in dev mode'),
  reporters: [defaultReporter(), summaryReporter({label: 'browser'})],
  testFramework: {config: {timeout: 20000}},
  testsFinishTimeout: 300000,
};
