/**
 * A Vite plugin that makes the picture picker's OpenMoji SVGs available at
 * `/openmoji/<HEX>.svg`, the stable path that documents store.
 *
 * - Dev server: serves each indexed symbol's SVG straight from `node_modules/openmoji`.
 * - Build: copies `openmoji/<HEX>.svg` into the output folder for every symbol in the
 *   index (2,031 files, 6.0 MB, 1.9 MB if gzipped one by one), not all 4,495 colour
 *   SVGs (14 MB) of the package.
 *
 * Only symbols in `symbol-data.json` are served, in dev and build alike, so a picture
 * that works in dev also works when built.
 *
 * @example
 * ```ts
 * // vite.config.ts
 * import {openMojiPlugin} from './src/pictures/vite-plugin-openmoji.js';
 * export default defineConfig({plugins: [openMojiPlugin()]});
 * ```
 *
 * @module
 */
import {copyFile, mkdir, readFile} from 'node:fs/promises';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import type {Logger, Plugin} from 'vite';
import {symbolRecords} from './symbol-data.js';
import {OPENMOJI_PATH} from './symbol-index.js';

/** Options for {@link openMojiPlugin}. */
export interface OpenMojiPluginOptions {
  /** The folder of colour SVGs. Default: `color/svg` in the `openmoji` package Vite's root resolves. */
  readonly svgDir?: string;
}

/** Creates the plugin. See the module doc. */
export function openMojiPlugin(options: OpenMojiPluginOptions = {}): Plugin {
  const hexcodes = new Set(symbolRecords.map(([hexcode]) => hexcode));
  let svgDir = options.svgDir ?? '';
  let logger: Logger | undefined;

  return {
    name: 'easy-read-openmoji',
    configResolved(config) {
      logger = config.logger;
      if (svgDir !== '') return;
      // Resolve from the project root, not this file: the config is bundled elsewhere.
      const require = createRequire(join(config.root, 'package.json'));
      svgDir = join(dirname(require.resolve('openmoji/package.json')), 'color', 'svg');
    },
    configureServer(server) {
      server.middlewares.use(OPENMOJI_PATH, (req, res, next) => {
        // Connect strips the mount path: req.url is "/1F48A.svg" (plus any query).
        const match = /^\/([0-9A-F]+(?:-[0-9A-F]+)*)\.svg(?:\?.*)?$/.exec(req.url ?? '');
        if (req.method !== 'GET' && req.method !== 'HEAD') {
          next();
          return;
        }
        if (!match || !hexcodes.has(match[1]!)) {
          // A plain 404, not the app's index.html that Vite's fallback would send.
          res.statusCode = 404;
          res.end();
          return;
        }
        readFile(join(svgDir, `${match[1]}.svg`)).then(
          (svg) => {
            res.setHeader('Content-Type', 'image/svg+xml');
            res.setHeader('Cache-Control', 'max-age=3600');
            res.end(req.method === 'HEAD' ? undefined : svg);
          },
          (error: unknown) => next(error)
        );
      });
    },
    // Copied after the bundle is written rather than emitted as assets: Vite would
    // otherwise print one line per file, 2,000 lines in every build log.
    async writeBundle(output) {
      if (!output.dir) return;
      const folder = join(output.dir, OPENMOJI_PATH);
      await mkdir(folder, {recursive: true});
      await Promise.all([...hexcodes].map((hexcode) => copyFile(join(svgDir, `${hexcode}.svg`), join(folder, `${hexcode}.svg`))));
      logger?.info(`openmoji: copied ${hexcodes.size} SVGs to ${folder}`);
    },
  };
}
