/**
 * The OpenMoji symbol index: which symbols the picture picker offers, and the words
 * each one can be found by.
 *
 * The index is built from `openmoji/data/openmoji.json` by `generate-symbol-data.ts`
 * and stored in `symbol-data.json`, so the browser never loads the 2 MB source file.
 * A Node test checks that the stored data still matches the installed package.
 *
 * This module has no DOM and no Node imports: it runs in the browser, in Node and in
 * the Vite config.
 *
 * @module
 */
import type {SymbolRecord} from './symbol-record.js';

/** The credit stored with every OpenMoji picture. */
export const OPENMOJI_CREDIT = 'OpenMoji – the open-source emoji and icon project. Licence: CC BY-SA 4.0';

/** The licence stored with every OpenMoji picture. */
export const OPENMOJI_LICENCE = 'CC BY-SA 4.0';

/**
 * The stable path under which the app serves OpenMoji SVGs (`/openmoji/1F48A.svg`).
 * Documents store this path, whatever URL the picker used to show its tiles.
 */
export const OPENMOJI_PATH = '/openmoji/';

/**
 * OpenMoji groups left out of the index: flags, skin-tone and hair components, and
 * the extra Unicode symbols (potions, jars, …) add noise and no easy-read meaning.
 */
export const SKIPPED_GROUPS: readonly string[] = ['flags', 'component', 'extras-unicode'];

/** The fields of one `openmoji.json` entry that the index reads. */
export interface OpenMojiRecord {
  readonly hexcode: string;
  readonly group: string;
  readonly annotation: string;
  readonly tags: string;
  readonly openmoji_tags: string;
  readonly skintone: string | number;
  readonly order: number | string;
}

/** A symbol the picker can offer. */
export interface PictureSymbol {
  /** OpenMoji hexcode, which is also the SVG file name: `1F48A`. */
  readonly hexcode: string;
  /** Plain words for the tile label and the default alt text: `pill`. */
  readonly label: string;
  /** The other words it can be found by (OpenMoji tags), lowercase. */
  readonly words: readonly string[];
  /** Position in OpenMoji's own order, used to break ties deterministically. */
  readonly rank: number;
  /** Stems of the label's words (see {@link stem}). */
  readonly labelStems: readonly string[];
  /** Stems of `words`, without the label's stems. */
  readonly wordStems: readonly string[];
}

/** The searchable index: every offered symbol, in OpenMoji order. */
export interface SymbolIndex {
  readonly symbols: readonly PictureSymbol[];
  /** Symbols by exact label, for synonym look-ups. */
  readonly byLabel: ReadonlyMap<string, PictureSymbol>;
}

/**
 * Splits text into lowercase words: accents are dropped and anything that is not a
 * letter or digit separates words ("X-ray" → `['x', 'ray']`). Never throws.
 */
export function splitWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
}

/**
 * Reduces an English word to a rough singular stem so "tablets" finds "tablet" and
 * "injuries" finds "injury". Deliberately simple: it only folds plurals, because
 * health words differ too much for a real stemmer to help ("medical" ≠ "medicine").
 */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (/(x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (/(ss|us|is)$/.test(word)) return word;
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

/**
 * Checks that parsed JSON looks like `openmoji.json` and returns its entries.
 * Throws a `TypeError` naming the first bad entry, so a changed package format fails
 * loudly at generation time instead of producing an empty index.
 */
export function parseOpenMojiData(json: unknown): OpenMojiRecord[] {
  if (!Array.isArray(json)) throw new TypeError(`openmoji.json should hold an array, not ${typeof json}`);
  json.forEach((entry: unknown, i) => {
    const fields = entry as Record<string, unknown> | null;
    const ok =
      typeof fields === 'object' &&
      fields !== null &&
      ['hexcode', 'group', 'annotation', 'tags', 'openmoji_tags'].every((key) => typeof fields[key] === 'string');
    if (!ok) throw new TypeError(`openmoji.json entry ${i} lacks the expected text fields: ${JSON.stringify(entry)}`);
  });
  return json as OpenMojiRecord[];
}

/**
 * Chooses the symbols to offer and reduces each to a {@link SymbolRecord}, in
 * OpenMoji order. Left out: {@link SKIPPED_GROUPS}, skin-tone variants, and the
 * "facing right" copies of people, which look the same in a small tile.
 */
export function buildSymbolRecords(entries: readonly OpenMojiRecord[]): SymbolRecord[] {
  return entries
    .filter((entry) => !SKIPPED_GROUPS.includes(entry.group))
    .filter((entry) => entry.skintone === '' && !entry.annotation.includes('facing right'))
    .map((entry, i) => ({entry, order: Number(entry.order) || Number.MAX_SAFE_INTEGER, i}))
    .sort((a, b) => a.order - b.order || a.i - b.i)
    .map(({entry}): SymbolRecord => {
      const label = entry.annotation.trim();
      const labelWords = new Set(splitWords(label));
      const words = new Set(splitWords(`${entry.tags} ${entry.openmoji_tags}`).filter((word) => !labelWords.has(word)));
      return [entry.hexcode, label, [...words].join(' ')];
    });
}

/** Builds the in-memory index from stored records. Records keep their order. */
export function createSymbolIndex(records: readonly SymbolRecord[]): SymbolIndex {
  const symbols = records.map(([hexcode, label, text], rank): PictureSymbol => {
    const words = text === '' ? [] : text.split(' ');
    const labelStems = unique(splitWords(label).map(stem));
    const wordStems = unique(words.map(stem)).filter((s) => !labelStems.includes(s));
    return {hexcode, label, words, rank, labelStems, wordStems};
  });
  const byLabel = new Map<string, PictureSymbol>();
  for (const symbol of symbols) if (!byLabel.has(symbol.label)) byLabel.set(symbol.label, symbol);
  return {symbols, byLabel};
}

let loading: Promise<SymbolIndex> | undefined;

/**
 * Loads the stored OpenMoji index (a separate chunk in the built app, about 40 KB
 * gzipped) and builds it once. Later calls return the same promise.
 */
export function loadSymbolIndex(): Promise<SymbolIndex> {
  loading ??= import('./symbol-data.js').then(({symbolRecords}) => createSymbolIndex(symbolRecords));
  return loading;
}

/** The stable document path of a symbol's SVG: `/openmoji/1F48A.svg`. */
export function openMojiSrc(hexcode: string): string {
  return `${OPENMOJI_PATH}${hexcode}.svg`;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
