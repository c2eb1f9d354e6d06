import {mkdir, rename} from 'node:fs/promises';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {build, defineConfig, type Plugin} from 'vite';
import {openMojiPlugin} from './src/pictures/vite-plugin-openmoji.js';
import {bundleSizes, formatSizes} from './scripts/bundle-sizes.js';

const port = Number(process.env['PORT'] ?? 5173);
const root = fileURLToPath(new URL('.', import.meta.url));
const dist = join(root, 'dist');
const guardedDecorators = join(root, 'src/embed/decorators.ts');

/** The embed bundles: one ES module each, with their on-demand chunks under `embed/`. */
const embedEntries = {'easy-read': 'src/embed/easy-read.ts', 'easy-read-document': 'src/viewer/easy-read-document.ts'};

/**
 * Every `lit/decorators.js` import in the embed bundles gets `src/embed/decorators.ts`,
 * whose `@customElement` skips a tag the page has already defined (see `src/embed/define.ts`).
 */
function guardedDefine(): Plugin {
  return {
    name: 'easy-read-guarded-define',
    enforce: 'pre',
    resolveId(source, importer) {
      return source === 'lit/decorators.js' && importer !== guardedDecorators ? guardedDecorators : null;
    },
  };
}

/**
 * In the embed bundles every `rem` in the elements' styles becomes a multiple of
 * `--er-rem` (which `src/embed/theme.ts` sets on each host, 16px unless the page sets
 * `--er-font-size`): a page whose root font size is odd (`html { font-size: 30px }`) must
 * not resize the widgets. Media queries keep `rem`, which there means the browser's
 * default size, not the page's.
 */
function fixedRem(): Plugin {
  return {
    name: 'easy-read-fixed-rem',
    transform(code, id) {
      if (!id.includes('/src/') || !id.endsWith('.ts') || !code.includes('css`')) return null;
      const lines = code.split('\n').map((line) => (line.includes('@media') ? line : line.replace(/(\d*\.?\d+)rem\b/gu, 'calc($1 * var(--er-rem, 16px))')));
      return {code: lines.join('\n'), map: null};
    },
  };
}

/**
 * After the app build: builds each embed bundle in library mode into the same `dist/`
 * (each self-contained, so a page needs one script tag), moves the docs page to
 * `/docs/index.html` (the address the server answers for `/docs`) and prints the bundles'
 * sizes against their budgets.
 */
function embedBundles(): Plugin {
  return {
    name: 'easy-read-embed-bundles',
    apply: 'build',
    async closeBundle() {
      for (const [name, entry] of Object.entries(embedEntries)) {
        await build({
          configFile: false,
          root,
          logLevel: 'warn',
          plugins: [guardedDefine(), fixedRem()],
          build: {
            target: 'es2022',
            outDir: dist,
            emptyOutDir: false,
            copyPublicDir: false,
            // The bundles run on other sites: preloading from the page's own origin would miss.
            modulePreload: false,
            lib: {entry, formats: ['es'], fileName: () => `${name}.js`},
            rollupOptions: {
              output: {
                chunkFileNames: 'embed/[name]-[hash].js',
                // The viewer alone is one file; the full bundle keeps its on-demand chunks apart.
                inlineDynamicImports: name === 'easy-read-document',
                // Library mode keeps the whitespace of ES output by default; these files go straight to browsers.
                minify: true,
              },
            },
          },
        });
      }
      await mkdir(join(dist, 'docs'), {recursive: true});
      await rename(join(dist, 'docs.html'), join(dist, 'docs/index.html'));
      console.log(`\nEmbed bundles (gzip, with their static imports):\n${formatSizes(bundleSizes(dist))}`);
    },
  };
}

/** In development `/docs` opens the docs page, as it does on the server (whose live examples need `guardedDefine`, below). */
function docsRoute(): Plugin {
  return {
    name: 'easy-read-docs-route',
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        if (req.url === '/docs' || req.url === '/docs/') req.url = '/docs.html';
        next();
      });
    },
  };
}

export default defineConfig({
  // Serves and copies the OpenMoji pictures the picture library offers (`/openmoji/<HEX>.svg`).
  plugins: [openMojiPlugin(), docsRoute(), embedBundles(), {...guardedDefine(), apply: 'serve'}],
  build: {
    target: 'es2022',
    sourcemap: false,
    rollupOptions: {input: {main: 'index.html', docs: 'docs.html'}},
  },
  server: {
    host: '127.0.0.1',
    port,
    strictPort: true,
    // In development the API runs in `npm start`'s server; forward to it.
    proxy: {'/api': `http://127.0.0.1:${process.env['API_PORT'] ?? 8080}`},
  },
});
