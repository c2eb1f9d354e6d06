/**
 * Finds OpenMoji symbols for the words people write in easy-read health information.
 *
 * Pure functions over a {@link SymbolIndex}: no DOM, no I/O, never throws on user text.
 *
 * @module
 */
import {HEALTH_CONCEPTS} from './health-concepts.js';
import {splitWords, stem, type PictureSymbol, type SymbolIndex} from './symbol-index.js';

/**
 * Words too common to say what a picture should show ("take your medicine" is about
 * medicine). Numbers are kept: "2 tablets" may well want a "2" picture.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about after again all also am an and any are as at be been before being but by can could did do does ' +
    'doing done for from get gets getting give go goes going got had has have he her here him his how i if in ' +
    'into is it its just keep let lets like make may me might more most must my need needs no not now of ' +
    'on once one only or our out over please put same say see she should so some such take takes taking tell ' +
    'than that the their them then there these they this those to too up us use very want was we were what ' +
    'when where which while who why will with would you your yours'
  ).split(' ')
);

/** The most symbols {@link searchSymbols} returns unless told otherwise. */
export const DEFAULT_LIMIT = 60;

/** Options for {@link searchSymbols}. */
export interface SearchOptions {
  /**
   * The text of the row the picture is for. With no query, symbols matching it come
   * first; with a query, it breaks ties between equal matches. Default: none.
   */
  readonly context?: string;
  /** The most symbols to return (default: {@link DEFAULT_LIMIT}); `total` counts them all. */
  readonly limit?: number;
}

/** What {@link searchSymbols} found. */
export interface SearchResult {
  /** The best symbols, best first, at most `limit` of them. */
  readonly symbols: readonly PictureSymbol[];
  /** How many symbols matched in all. */
  readonly total: number;
}

/** A search word: its stem, and whether it may still be half typed (so prefixes count). */
export interface SearchWord {
  readonly stem: string;
  readonly partial: boolean;
}

// Scores for one search word. The tiers never overlap: any exact match beats any
// prefix match, which beats any concept-only match. A concept bonus only reorders
// symbols within the exact tier (so "doctor" shows "health worker" before "male doctor").
const EXACT_LABEL = 100;
const EXACT_WORD = 90;
const PREFIX_LABEL = 50;
const PREFIX_WORD = 45;
const SYNONYM_ONLY = 40; // minus up to 5 for later synonyms, so still below any prefix match
const SYNONYM_BONUS = 15;
const MIN_PREFIX = 3;

// Concepts keyed by their words' stems, space-separated ("blood test" → "blood test",
// "tablets" → "tablet"), so text and keys are folded the same way.
const conceptsByStems = new Map<string, readonly string[]>(
  Object.entries(HEALTH_CONCEPTS).map(([concept, labels]) => [conceptStems(concept), labels])
);
const LONGEST_CONCEPT = Math.max(...[...conceptsByStems.keys()].map((key) => key.split(' ').length));

/**
 * Finds symbols for `query`, best first. Each word of the query scores a symbol by
 * exact label or tag match, then prefix match (only for the last word, while it may
 * still be half typed), then a health synonym; a symbol's score is the sum over the
 * words. Ties go to the symbol matching the row's `context` best, then to
 * OpenMoji's order, so results are deterministic.
 *
 * With an empty query, suggests pictures for the row: first the pictures of the
 * {@link HEALTH_CONCEPTS} its words name (see {@link suggestionConcepts}), then the
 * symbols whose names match its words, then the common health symbols, so the picker
 * never opens empty.
 */
export function searchSymbols(index: SymbolIndex, query: string, options: SearchOptions = {}): SearchResult {
  const limit = options.limit ?? DEFAULT_LIMIT;
  const contextWords = searchWords(options.context ?? '', false);
  const queryWords = searchWords(query, !/\s$/.test(query));
  if (queryWords.length === 0) {
    const all = new Set([
      ...conceptSymbols(index, options.context ?? ''),
      ...rank(index.symbols, contextWords, []),
      ...starterSymbols(index),
    ]);
    return {symbols: [...all].slice(0, limit), total: all.size};
  }
  const found = rank(index.symbols, queryWords, contextWords);
  return {symbols: found.slice(0, limit), total: found.length};
}

/**
 * The {@link HEALTH_CONCEPTS} that `text` names, in the order it names them, each once.
 * The longest phrase wins ("blood test" rather than "blood", then "test"). These are the
 * words a row's pictures are suggested for, so the picker shows them in its search box.
 */
export function suggestionConcepts(text: string): string[] {
  const stems = splitWords(text).map(stem);
  const found = new Set<string>();
  for (let i = 0; i < stems.length; ) {
    let length = Math.min(LONGEST_CONCEPT, stems.length - i);
    while (length > 0 && !conceptsByStems.has(stems.slice(i, i + length).join(' '))) length--;
    if (length === 0) {
      i++;
      continue;
    }
    found.add(stems.slice(i, i + length).join(' '));
    i += length;
  }
  return [...found];
}

/** The common health symbols, in {@link HEALTH_CONCEPTS} order, each once. */
export function starterSymbols(index: SymbolIndex): PictureSymbol[] {
  const labels = new Set(Object.values(HEALTH_CONCEPTS).flat());
  return [...labels].map((label) => index.byLabel.get(label)).filter((symbol) => symbol !== undefined);
}

/**
 * How well one symbol matches a list of search words: the sum of the word scores,
 * 0 when no word matches. Exported for tests and for explaining a ranking.
 */
export function scoreSymbol(symbol: PictureSymbol, words: readonly SearchWord[]): number {
  let total = 0;
  for (const word of words) total += scoreWord(symbol, word);
  return total;
}

/**
 * Turns text into search words: lowercase, plural-folded, without stop words or
 * single letters. When `lastPartial` is true the last word may be half typed.
 */
export function searchWords(text: string, lastPartial: boolean): SearchWord[] {
  const words = splitWords(text).filter((word) => !STOP_WORDS.has(word) && (word.length > 1 || /\d/.test(word)));
  const stems = [...new Set(words.map(stem))];
  return stems.map((s, i) => ({stem: s, partial: lastPartial && i === stems.length - 1 && s === stem(words.at(-1)!)}));
}

function rank(
  symbols: readonly PictureSymbol[],
  words: readonly SearchWord[],
  tieBreakWords: readonly SearchWord[]
): PictureSymbol[] {
  if (words.length === 0) return [];
  return symbols
    .map((symbol) => ({symbol, score: scoreSymbol(symbol, words), tieBreak: scoreSymbol(symbol, tieBreakWords)}))
    .filter((match) => match.score > 0)
    .sort((a, b) => b.score - a.score || b.tieBreak - a.tieBreak || a.symbol.rank - b.symbol.rank)
    .map((match) => match.symbol);
}

/**
 * The pictures for the concepts `text` names: the best picture of each concept in the
 * order they appear, then each one's second best, and so on, so every concept the row
 * names gets one of the first pictures.
 */
function conceptSymbols(index: SymbolIndex, text: string): PictureSymbol[] {
  const lists = suggestionConcepts(text).map((key) => conceptsByStems.get(key)!);
  const longest = Math.max(0, ...lists.map((labels) => labels.length));
  const symbols: PictureSymbol[] = [];
  for (let rankIndex = 0; rankIndex < longest; rankIndex++) {
    for (const labels of lists) {
      const symbol = labels[rankIndex] === undefined ? undefined : index.byLabel.get(labels[rankIndex]!);
      if (symbol) symbols.push(symbol);
    }
  }
  return symbols;
}

function conceptStems(concept: string): string {
  return splitWords(concept).map(stem).join(' ');
}

function scoreWord(symbol: PictureSymbol, word: SearchWord): number {
  const direct = directScore(symbol, word);
  const position = conceptsByStems.get(word.stem)?.indexOf(symbol.label) ?? -1;
  if (position < 0) return direct;
  // Earlier synonyms are the better pictures: give them the bigger bonus.
  const nearFirst = Math.min(position, 5);
  return direct > 0 ? direct + SYNONYM_BONUS - nearFirst : SYNONYM_ONLY - nearFirst;
}

function directScore(symbol: PictureSymbol, word: SearchWord): number {
  if (symbol.labelStems.includes(word.stem)) return EXACT_LABEL;
  if (symbol.wordStems.includes(word.stem)) return EXACT_WORD;
  if (!word.partial || word.stem.length < MIN_PREFIX) return 0;
  if (symbol.labelStems.some((s) => s.startsWith(word.stem))) return PREFIX_LABEL;
  if (symbol.wordStems.some((s) => s.startsWith(word.stem))) return PREFIX_WORD;
  return 0;
}
