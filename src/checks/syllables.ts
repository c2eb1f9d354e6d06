import {syllable} from 'syllable';
import type {Token} from './rule.js';
import {integerSyllables, numberSyllables, timeSyllables} from './spoken-numbers.js';
import {tokenize} from './tokenize.js';

/**
 * Syllable counts for readability scores and the long-words check.
 *
 * Words use the `syllable` package plus an exceptions map of words it gets wrong that
 * matter in health text (area 3, diabetes 4, anxiety 4, anaesthesia 4). Letter
 * abbreviations count the letters as spoken: "NHS" 3, "GP" 2, "ICU" 3, "A&E" 3
 * ("W" is 3, "&" is "and"). An all-capital word counts as letters when it has no vowel,
 * is 3 letters or fewer (unless it is a common word written in capitals, "CALL", "THE"),
 * or is a known initialism ("COPD"); otherwise it is read as a word ("COVID", "NICE").
 * Hyphenated words add up their parts ("x-ray" 2, "COVID-19" 4).
 *
 * Numbers, times and dates count their spoken syllables (see `spoken-numbers.ts`).
 * Phone numbers, URLs and emails count a fixed 2: they are one word each for the reader,
 * and counting every digit would let one phone number swamp a short passage's score.
 * A symbol read aloud counts as its name ("&" 1, "%" 2); an emoji counts 1.
 */

/** Words the `syllable` package miscounts, lower case. */
const EXCEPTIONS: ReadonlyMap<string, number> = new Map([
  ['area', 3], ['areas', 3], ['idea', 3], ['ideas', 3], ['diabetes', 4], ['anxiety', 4],
  ['anxieties', 4], ['anxious', 2], ['anaesthesia', 4], ['anesthesia', 4], ['anaesthetic', 4],
  ['anesthetic', 4], ['anaesthetics', 4], ['anesthetics', 4], ['anaesthetist', 4], ['anesthetist', 4],
  ['behaviour', 3], ['behavior', 3], ['behaviours', 3], ['everybody', 4], ['dietitian', 4],
  ['dietician', 4], ['fluid', 2], ['fluids', 2], ['going', 2], ['doing', 2], ['seeing', 2],
  ['poem', 2], ['poems', 2], ['poet', 2], ['poetry', 3], ['science', 2], ['sciences', 3],
  ['scientist', 3], ['measles', 2], ['nausea', 3], ['theatre', 3], ['theatres', 3],
  ['theater', 3], ['busier', 3], ['museum', 3], ['ruin', 2], ['cruel', 2], ['fuel', 2],
  ['diarrhea', 4], ['diarrhoea', 4], ['medicine', 3], ['medicines', 3], ['hospital', 3],
  ['appointment', 3], ['medication', 4], ['prescription', 3], ['x-ray', 2], ['x-rays', 2],
  ['ideal', 3], ['ideals', 3], ['ideally', 4], ['nhs', 3], ['gp', 2], ['gps', 2], ['a&e', 3], ['icu', 3], ['e.g.', 2], ['i.e.', 2],
]);

/** All-capital words of 4 or more letters with a vowel that are still read as letters. */
const INITIALISMS: ReadonlySet<string> = new Set(['COPD', 'ADHD', 'NHSE', 'DVLA', 'MRSA', 'PTSD', 'CPAP', 'DNACPR', 'ADSS']);

/** Common words of 3 letters or fewer that people write in capitals for emphasis. */
const SHOUTED_WORDS: ReadonlySet<string> = new Set(
  ('A I ALL AM AN AND ANY ARE AS ASK AT BAD BE BED BIG BUT BY CAN CUT DAY DO EAT END FOR GET GO GOT HAD HAS HE ' +
    'HER HIM HIS HOT HOW IF ILL IN IS IT ITS LET MAY ME MY NEW NO NOT NOW OF OFF OLD ON ONE OR OUR ' +
    'OUT PUT RED RUN SAY SEE SHE SIT SO THE TO TOO TOP TRY TWO UP US USE WAS WAY WE WET WHO WHY YES YET YOU').split(' ')
);

const SYMBOL_NAMES: Readonly<Record<string, number>> = {
  '%': 2, '=': 2, $: 2, '€': 2, '§': 2, '°': 2, '÷': 3, '≤': 6, '≥': 6, '©': 3, '#': 1,
};

const MAX_CACHE = 20_000;
/** Longer words than this (the longest English word has 45 letters) skip the package. */
const MAX_PACKAGE_WORD = 60;
const wordCache = new Map<string, number>();
/** {@link syllables} by text: the long-words check asks about the same few thousand words again and again. */
const textCache = new Map<string, number>();

function letterSyllables(letters: string): number {
  let total = 0;
  for (const char of letters) {
    if (char === 'W' || char === 'w') total += 3;
    else if (/[\p{L}&]/u.test(char)) total += 1;
  }
  return total;
}

function readAsLetters(core: string): boolean {
  if (INITIALISMS.has(core)) return true;
  if (!/[AEIOUY]/.test(core)) return true;
  return core.length <= 3 && !SHOUTED_WORDS.has(core);
}

function plainWordSyllables(word: string): number {
  const exception = EXCEPTIONS.get(word.toLowerCase());
  if (exception !== undefined) return exception;
  if (/^(?:\p{L}\.){2,}$/u.test(word)) return letterSyllables(word);
  const capitals = /^([A-Z][A-Z&]*[A-Z])(?:s|'s)?$/.exec(word);
  if (capitals?.[1] !== undefined && readAsLetters(capitals[1])) return letterSyllables(capitals[1]);
  if (/^\d/.test(word)) return integerSyllables(word) || 1;
  const lower = word.toLowerCase();
  // The package counts Latin letters only; any other script gets one syllable per word.
  if (!/[a-z]/.test(lower)) return 1;
  // The package slows down sharply on very long input (a 100,000-letter "word" takes
  // seconds), and no real word is this long: count vowel groups instead, up to a bound.
  if (lower.length > MAX_PACKAGE_WORD) return clampSyllables(lower.match(/[aeiouy]+/g)?.length ?? 0);
  return Math.max(1, spelledSyllables(lower));
}

/** The most syllables a very long "word" counts for: real words have far fewer. */
const MAX_LONG_WORD_SYLLABLES = 10;

function clampSyllables(count: number): number {
  return Math.min(MAX_LONG_WORD_SYLLABLES, Math.max(1, count));
}

/**
 * A one-syllable word ending in a silent e ("base", "guide", "nine", "there"), then a common
 * second part of a compound or a suffix ("line", "ty", "fore").
 */
const SILENT_E_HEAD =
  /^([^aeiouy]*[aeiouy]{1,2}[^aeiouy]{1,2}e)((?:line|time|style|wise|sick|sight|bleed|teen|ty|tie|fore|less|ful|ness|ment|ly|work|way|day|side|care|stone|book|room|place|port)s?)$/;
/** Prefixes that end in a vowel sounded apart from the next one ("mono-amine"). */
const HIATUS_PREFIX = /^(mono|bio|neo|iso)(?=[aeiou])/;

/**
 * Syllables of a lower-case Latin word: the `syllable` package, corrected for the patterns
 * it gets wrong, each checked against the dictionary counts of `words/syllable-test-words.ts`:
 * - a silent-e word joined to more ("base|line", "nine|ty", "there|fore"): the parts add up;
 * - "-es" after a hissing sound ("nurs|es", "wash|es", "reach|es") adds 1 to the stem, and
 *   "-ed" after a sound other than t or d ("help|ed") adds nothing;
 * - "-cious", "-tious", "-gious", "-llion" and "-geon" are one sound less ("conscious",
 *   "million", "surgeon");
 * - "-gue"/"-que" ("tongue", "unique") and a final "-ye" ("bye") are silent;
 * - "-iety" is 3 ("so|ci|e|ty"), "-ieth" one more than "-y" ("twen|ti|eth"), and "mono-",
 *   "bio-", "neo-", "iso-" before a vowel are 2 ("mono|amine").
 */
function spelledSyllables(word: string): number {
  const compound = SILENT_E_HEAD.exec(word);
  if (compound) return spelledSyllables(compound[1]!) + spelledSyllables(compound[2]!);
  const prefix = HIATUS_PREFIX.exec(word);
  if (prefix && word.length > prefix[0].length + 2) return 2 + spelledSyllables(word.slice(prefix[0].length));
  if (/^[^aeiou]+ye$/.test(word)) return 1;
  if (word.endsWith('iety') && word.length > 5) return spelledSyllables(word.slice(0, -4)) + 3;
  if (word.endsWith('ieth') && word.length > 5) return spelledSyllables(`${word.slice(0, -4)}y`) + 1;
  if (/(?:ch|sh|[sxzcg])es$/.test(word) && /[aeiouy]/.test(word.slice(0, -3))) return spelledSyllables(word.slice(0, -2)) + 1;
  if (/[^aeioutd]ed$/.test(word) && !/[^aeiou]red$/.test(word) && /[aeiouy]/.test(word.slice(0, -3))) {
    return spelledSyllables(word.slice(0, -2));
  }
  if (/(?:[in]gue|que)$/.test(word) && word.length > 4) return spelledSyllables(word.slice(0, -2));
  const merged = word.replace(/([cgt])ious/g, '$1ous').replace(/llion/g, 'llon').replace(/geon$/, 'gon');
  return Math.max(1, syllable(merged));
}

function wordSyllables(text: string): number {
  const cached = wordCache.get(text);
  if (cached !== undefined) return cached;
  const normal = text.replace(/[\u00ad\u200c\u200d]/g, '').replace(/’/g, "'");
  let count = EXCEPTIONS.get(normal.toLowerCase());
  if (count === undefined) {
    const parts = normal.split(/[-\u2010\u2011]/).filter((part) => part.length > 0);
    count = parts.length > 1 ? parts.reduce((sum, part) => sum + plainWordSyllables(part), 0) : plainWordSyllables(normal);
  }
  if (wordCache.size >= MAX_CACHE) wordCache.clear();
  wordCache.set(text, count);
  return count;
}

function dateSyllables(text: string): number {
  let total = 0;
  for (const part of text.split(/[\s/.,-]+/)) {
    if (!part) continue;
    total += /^\d/.test(part) ? numberSyllables(part) : wordSyllables(part);
  }
  return Math.max(1, total);
}

/**
 * The syllables of one token, by its kind (see the module doc). Always at least 1.
 */
export function tokenSyllables(token: Token): number {
  switch (token.kind) {
    case 'word':
      return wordSyllables(token.text);
    case 'number':
      return numberSyllables(token.text);
    case 'time':
      return timeSyllables(token.text);
    case 'date':
      return dateSyllables(token.text);
    case 'phone':
    case 'url':
    case 'email':
      return 2;
    case 'symbol':
      return SYMBOL_NAMES[token.text] ?? 1;
  }
}

/**
 * The syllables in `word` as read aloud. `word` is normally one token; text with several
 * tokens ("blood test") gets the sum, and text with no token (punctuation, "") gets 0.
 */
export function syllables(word: string): number {
  const cached = textCache.get(word);
  if (cached !== undefined) return cached;
  let total = 0;
  // Plain lower-case letters are one word token: no need to tokenize.
  if (isLowerAsciiWord(word)) total = wordSyllables(word);
  else for (const token of tokenize(word)) total += tokenSyllables(token);
  if (textCache.size >= MAX_CACHE) textCache.clear();
  textCache.set(word, total);
  return total;
}

function isLowerAsciiWord(word: string): boolean {
  if (word.length === 0) return false;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 97 || code > 122) return false;
  }
  return true;
}

/** Whether `word` has 3 or more syllables (a "polysyllable" in SMOG terms). */
export function isPolysyllable(word: string): boolean {
  return syllables(word) >= 3;
}
