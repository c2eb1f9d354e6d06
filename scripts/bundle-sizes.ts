/**
 * The embed bundles' sizes against their budgets: each entry with every chunk it imports
 * statically (what a page downloads before the first paint), gzipped. Chunks loaded with
 * `import()` (pictures, the symbol index, Word import, the review screen's extras) do not
 * count. Printed after `vite build` and by `npm run bench`; run alone with
 * `node --import tsx scripts/bundle-sizes.ts [dist]`.
 *
 * @module
 */
import {existsSync, readFileSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {gzipSync} from 'node:zlib';

/** The budgets, in gzipped bytes. */
export const budgets: Readonly<Record<string, number>> = {'easy-read.js': 100 * 1024, 'easy-read-document.js': 25 * 1024};

/** One entry's measured size. */
export interface BundleSize {
  readonly file: string;
  /** Gzipped bytes of the entry and its static imports. */
  readonly gzip: number;
  /** Bytes before gzip. */
  readonly raw: number;
  readonly budget: number;
  /** The files counted (the entry first). */
  readonly files: readonly string[];
}

/** `import … from "./x.js"`, `export … from "./x.js"` and `import "./x.js"`, minified or not; not `import("./x.js")`. */
const staticImport = /(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/gu;

function staticClosure(distDir: string, entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(staticImport)) visit(resolve(dirname(file), match[1]!));
  };
  visit(join(distDir, entry));
  return [...seen];
}

/** Measures every budgeted entry in `distDir`. Throws a `RangeError` when an entry is missing. */
export function bundleSizes(distDir: string): BundleSize[] {
  return Object.entries(budgets).map(([file, budget]) => {
    if (!existsSync(join(distDir, file))) throw new RangeError(`${file} is not in ${distDir}: run "npx vite build" first`);
    const files = staticClosure(distDir, file);
    const contents = files.map((path) => readFileSync(path));
    return {
      file,
      budget,
      files: files.map((path) => path.slice(distDir.length + 1)),
      raw: contents.reduce((sum, buffer) => sum + buffer.length, 0),
      // Each file is downloaded (and gzipped) on its own.
      gzip: contents.reduce((sum, buffer) => sum + gzipSync(buffer, {level: 9}).length, 0),
    };
  });
}

/** One line per entry: `easy-read.js  83.1 KB gzip (budget 100 KB) ok`. */
export function formatSizes(sizes: readonly BundleSize[]): string {
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  return sizes
    .map((size) => `${size.file.padEnd(22)} ${kb(size.gzip).padStart(6)} KB gzip (budget ${kb(size.budget)} KB) ${size.gzip <= size.budget ? 'ok' : 'OVER BUDGET'}`)
    .join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // Reports only, like the rest of `npm run bench`: an entry over budget says so and fails nothing.
  console.log(formatSizes(bundleSizes(resolve(process.argv[2] ?? 'dist'))));
}
