/**
 * Finds OpenMoji symbols for the words people write in easy-read health information.
 *
 * Pure functions over a {@link SymbolIndex}: no DOM, no I/O, never throws on user text.
 *
 * @module
 */
import {splitWords, stem, type PictureSymbol, type SymbolIndex} from './symbol-index.js';

/**
 * Everyday health words and the symbols (by exact OpenMoji label) that show them
 * best, best first. OpenMoji's own tags miss many of these words ("appointment",
 * "tablets", "GP"), or match them with a poor picture first. A Node test checks that
 * every label here exists in the index.
 */
export const HEALTH_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  doctor: ['health worker', 'stethoscope'],
  gp: ['health worker', 'stethoscope'],
  surgery: ['health worker', 'hospital'],
  clinic: ['hospital', 'health worker'],
  nurse: ['health worker', 'female nurse', 'male nurse'],
  pharmacist: ['health worker', 'pill'],
  pharmacy: ['pill', 'pills'],
  chemist: ['pill', 'pills'],
  medicine: ['pill', 'pills', 'medication'],
  medication: ['pill', 'pills', 'medication'],
  tablet: ['pill', 'pills'],
  capsule: ['pill'],
  prescription: ['pill', 'clipboard'],
  hospital: ['hospital', 'ambulance'],
  ward: ['hospital', 'bed'],
  emergency: ['ambulance', 'SOS button'],
  appointment: ['calendar', 'spiral calendar', 'tear-off calendar'],
  date: ['calendar', 'spiral calendar'],
  phone: ['telephone', 'telephone receiver', 'mobile phone'],
  call: ['telephone receiver', 'telephone', 'mobile phone'],
  ring: ['telephone receiver', 'telephone'],
  text: ['mobile phone'],
  pain: ['face with head-bandage', 'backache', 'joint pain', 'knee pain'],
  hurt: ['face with head-bandage', 'adhesive bandage'],
  ache: ['face with head-bandage', 'backache'],
  sore: ['face with head-bandage'],
  headache: ['face with head-bandage'],
  blood: ['drop of blood'],
  bleed: ['drop of blood', 'adhesive bandage'],
  bleeding: ['drop of blood', 'adhesive bandage'],
  injection: ['syringe'],
  jab: ['syringe'],
  vaccine: ['syringe'],
  vaccination: ['syringe'],
  needle: ['syringe'],
  dentist: ['tooth', 'toothbrush'],
  teeth: ['tooth', 'toothbrush'],
  sick: ['face with thermometer', 'nauseated face', 'face vomiting'],
  ill: ['face with thermometer', 'nauseated face'],
  unwell: ['face with thermometer', 'nauseated face'],
  temperature: ['thermometer', 'face with thermometer'],
  fever: ['face with thermometer', 'thermometer'],
  cold: ['sneezing face'],
  flu: ['sneezing face', 'face with thermometer'],
  cough: ['person sneezing into elbow', 'sneezing face'],
  heart: ['anatomical heart'],
  breathe: ['lungs'],
  breathing: ['lungs'],
  eye: ['eye', 'eyes'],
  sight: ['eye', 'glasses'],
  optician: ['glasses', 'eye'],
  hearing: ['ear', 'ear with hearing aid'],
  scan: ['x-ray'],
  xray: ['x-ray'],
  test: ['test tube', 'stethoscope'],
  check: ['stethoscope', 'check mark button'],
  mask: ['face with medical mask'],
  plaster: ['adhesive bandage'],
  bandage: ['adhesive bandage'],
  wound: ['adhesive bandage'],
  letter: ['envelope'],
  post: ['envelope'],
  email: ['e-mail'],
  home: ['house'],
  time: ['alarm clock'],
  sleep: ['person in bed', 'sleeping face'],
  rest: ['person in bed'],
  eat: ['fork and knife with plate'],
  food: ['fork and knife with plate', 'green salad'],
  meal: ['fork and knife with plate'],
  drink: ['cup with straw', 'potable water'],
  water: ['potable water'],
  talk: ['speaking head', 'speech balloon'],
  speak: ['speaking head', 'speech balloon'],
  ask: ['person raising hand', 'red question mark'],
  question: ['red question mark'],
  help: ['SOS button', 'help others'],
  carer: ['help others', 'people holding hands'],
  support: ['help others', 'people holding hands'],
  friend: ['people hugging'],
  money: ['money bag', 'coin'],
  pregnant: ['pregnant woman'],
  pregnancy: ['pregnant woman'],
  exercise: ['person walking', 'person running'],
  wash: ['soap', 'shower'],
  wheelchair: ['person in manual wheelchair', 'wheelchair symbol'],
  form: ['clipboard'],
  write: ['writing hand'],
  yes: ['check mark button'],
  warning: ['warning'],
  danger: ['warning'],
  happy: ['grinning face'],
  sad: ['sad but relieved face'],
  worried: ['worried face'],
  scared: ['fearful face'],
  angry: ['angry face'],
};

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
// prefix match, which beats any synonym-only match. A synonym bonus only reorders
// symbols within the exact tier (so "doctor" shows "health worker" before "male doctor").
const EXACT_LABEL = 100;
const EXACT_WORD = 90;
const PREFIX_LABEL = 50;
const PREFIX_WORD = 45;
const SYNONYM_ONLY = 40; // minus up to 5 for later synonyms, so still below any prefix match
const SYNONYM_BONUS = 15;
const MIN_PREFIX = 3;

const synonymsByStem = new Map<string, readonly string[]>(
  Object.entries(HEALTH_SYNONYMS).map(([word, labels]) => [stem(word), labels])
);

/**
 * Finds symbols for `query`, best first. Each word of the query scores a symbol by
 * exact label or tag match, then prefix match (only for the last word, while it may
 * still be half typed), then a health synonym; a symbol's score is the sum over the
 * words. Ties go to the symbol matching the row's `context` best, then to
 * OpenMoji's order, so results are deterministic.
 *
 * With an empty query, returns the symbols for the row's words, then the common
 * health symbols from {@link HEALTH_SYNONYMS}, so the picker never opens empty.
 */
export function searchSymbols(index: SymbolIndex, query: string, options: SearchOptions = {}): SearchResult {
  const limit = options.limit ?? DEFAULT_LIMIT;
  const contextWords = searchWords(options.context ?? '', false);
  const queryWords = searchWords(query, !/\s$/.test(query));
  if (queryWords.length === 0) {
    const forContext = rank(index.symbols, contextWords, []);
    const seen = new Set(forContext);
    const all = [...forContext, ...starterSymbols(index).filter((symbol) => !seen.has(symbol))];
    return {symbols: all.slice(0, limit), total: all.length};
  }
  const found = rank(index.symbols, queryWords, contextWords);
  return {symbols: found.slice(0, limit), total: found.length};
}

/** The common health symbols, in {@link HEALTH_SYNONYMS} order, each once. */
export function starterSymbols(index: SymbolIndex): PictureSymbol[] {
  const labels = new Set(Object.values(HEALTH_SYNONYMS).flat());
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

function scoreWord(symbol: PictureSymbol, word: SearchWord): number {
  const direct = directScore(symbol, word);
  const position = synonymsByStem.get(word.stem)?.indexOf(symbol.label) ?? -1;
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
