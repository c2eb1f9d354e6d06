/**
 * Writes `symbol-data.json`, the picture picker's OpenMoji index, from the installed
 * `openmoji` package. Run it after updating openmoji:
 *
 * ```bash
 * node --import tsx src/pictures/generate-symbol-data.ts
 * ```
 *
 * `symbol-index.node.test.ts` fails when the stored file and the package disagree.
 *
 * @module
 */
import {readFileSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {buildSymbolRecords, parseOpenMojiData} from './symbol-index.js';
import type {SymbolRecord} from './symbol-record.js';

/** Where `symbol-data.json` lives (`symbol-data.ts` gives it its types). */
export const symbolDataFile = fileURLToPath(new URL('./symbol-data.json', import.meta.url));

/** The installed openmoji package's folder, found the way Node resolves it. */
export function openMojiPackageDir(): string {
  return dirname(createRequire(import.meta.url).resolve('openmoji/package.json'));
}

/** Reads the installed package: its version and the records the index offers. */
export function readOpenMoji(): {version: string; records: SymbolRecord[]} {
  const dir = openMojiPackageDir();
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {version?: unknown};
  const data = parseOpenMojiData(JSON.parse(readFileSync(join(dir, 'data', 'openmoji.json'), 'utf8')));
  return {version: String(pkg.version), records: buildSymbolRecords(data)};
}

/** The full text of `symbol-data.json` for these records. One record a line keeps diffs readable. */
export function renderSymbolData(version: string, records: readonly SymbolRecord[]): string {
  const lines = records.map((record, index) => `    ${JSON.stringify(record)}${index < records.length - 1 ? ',' : ''}`);
  return ['{', `  "version": ${JSON.stringify(version)},`, '  "records": [', ...lines, '  ]', '}', ''].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const {version, records} = readOpenMoji();
  writeFileSync(symbolDataFile, renderSymbolData(version, records));
  console.log(`Wrote ${records.length} symbols from openmoji ${version} to ${symbolDataFile}`);
}
