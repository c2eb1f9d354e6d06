import type {Profile, Sentence, Token} from './rule.js';
import {tokenSyllables} from './syllables.js';
import type {Scores} from './types.js';
import {allowedLongWords} from './words/allowed-long-words.js';

/**
 * Readability scores, computed from our own counts with no rounding before a formula.
 *
 * - Flesch Reading Ease: 206.835 − 1.015 × (words / sentences) − 84.6 × (syllables / words),
 *   clamped to 0…100 (short simple text would otherwise score above 100).
 * - Flesch–Kincaid grade: 0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59,
 *   never below 0 (a negative school grade means nothing).
 * - SMOG: 1.0430 × √(polysyllables × 30 / sentences) + 3.1291, the standard formula, used
 *   for any number of sentences (it scales a short text up to 30 sentences).
 * - UK reading age: Flesch–Kincaid grade + 5, clamped to {@link MIN_READING_AGE}…
 *   {@link MAX_READING_AGE}: the grade scale means nothing past university, and a freak
 *   text (one 200,000-letter "word") would otherwise give an age in the thousands. The
 *   grade itself is not clamped above, so "over 21" can still be told apart.
 *
 * Words are tokens other than symbols ("&", an emoji), as in the sentence rules; a number,
 * time, date, price, URL, email or phone number is one word of at most
 * {@link MAX_NUMBER_SYLLABLES} syllables. Syllables of words: see `syllables.ts`.
 * With no words at all every score is 0, and so is every score of text that is not English
 * (more than {@link FOREIGN_SHARE} of its words foreign, see {@link isForeignWord}): the
 * formulas are for English, and the verdict says so ({@link NOT_ENGLISH}). Under {@link MIN_WORDS} words the scores are
 * computed but the verdict is "Not enough text yet" and `meetsTarget` is false.
 */

/**
 * The most syllables a number, date, time, price, phone number, URL or email counts for.
 * Easy read asks for digits ("6 August 2026", "5pm", "£10"), and a reader takes each in as
 * one thing: counting "2024" as "twenty twenty-four" (5) would make the text the rules ask
 * for score as hard ("May 2024" would be 6 syllables).
 */
export const MAX_NUMBER_SYLLABLES = 2;

/** The youngest and oldest reading ages a score gives. */
export const MIN_READING_AGE = 5;
export const MAX_READING_AGE = 21;

/** Whether scores with this Flesch–Kincaid grade are above the oldest reading age (shown as "over 21"). */
export function isOverMaxReadingAge(fleschKincaidGrade: number): boolean {
  return fleschKincaidGrade + 5 > MAX_READING_AGE;
}

/** Below this many words the verdict is "Not enough text yet". */
export const MIN_WORDS = 10;

/** Counts for a span of text; they add up across blocks. */
export interface Counts {
  readonly words: number;
  readonly sentences: number;
  readonly syllables: number;
  /** Words of 3 or more syllables (SMOG's polysyllables). */
  readonly polysyllables: number;
  /** Ordinary words of 3 or more syllables that are not on an allow list. */
  readonly hardWords: number;
  /** Words that show the text is not English: in another script, or common Welsh words (see {@link isForeignWord}). */
  readonly foreignWords: number;
}

/** Counts of no text. */
export const emptyCounts: Counts = {words: 0, sentences: 0, syllables: 0, polysyllables: 0, hardWords: 0, foreignWords: 0};

/** Adds two sets of counts. */
export function addCounts(a: Counts, b: Counts): Counts {
  return {
    words: a.words + b.words,
    sentences: a.sentences + b.sentences,
    syllables: a.syllables + b.syllables,
    polysyllables: a.polysyllables + b.polysyllables,
    hardWords: a.hardWords + b.hardWords,
    foreignWords: a.foreignWords + b.foreignWords,
  };
}

const ENDINGS = ["'s", 's', 'es', 'ed', 'd', 'ing', 'ly'];

function inAllowList(word: string, allowed: ReadonlySet<string>): boolean {
  if (allowed.has(word)) return true;
  for (const ending of ENDINGS) {
    if (word.length > ending.length + 2 && word.endsWith(ending) && allowed.has(word.slice(0, -ending.length))) return true;
  }
  return false;
}

/**
 * Whether an ordinary word token is on the built-in list of familiar long words
 * ("hospital", "appointment") or the organisation's allowed words, plural and "-ed",
 * "-ing", "-ly" forms included.
 */
export function isAllowedWord(token: Token, profile: Profile): boolean {
  const word = token.text.toLowerCase().replace(/’/g, "'");
  return inAllowList(word, allowedLongWords) || inAllowList(word, profile.words.allowed);
}

/**
 * Whether a token of 3 or more syllables is a hard word: an ordinary word with a lower-case
 * letter (abbreviations such as "NHS" are another check's business) that is not allowed.
 */
function isHardWord(token: Token, profile: Profile): boolean {
  if (token.kind !== 'word') return false;
  // Without organisation words every profile answers alike: share one cache then.
  const key = profile.words.allowed.size === 0 ? noOrgWords : profile.words;
  let known = hardWordCache.get(key);
  if (!known) {
    known = new Map();
    hardWordCache.set(key, known);
  }
  let hard = known.get(token.text);
  if (hard === undefined) {
    hard = /\p{Ll}/u.test(token.text) && !isAllowedWord(token, profile);
    if (known.size >= 20_000) known.clear();
    known.set(token.text, hard);
  }
  return hard;
}

/**
 * Common Welsh words that English text does not use (Welsh is the other language of NHS
 * Wales leaflets): "mae", "yn", "y", "ar", "i'r", "chi", "eich", "gyda"…
 */
const welshWords: ReadonlySet<string> = new Set([
  'mae', "mae'r", 'yn', "yn'", 'y', 'yr', 'ar', "i'r", 'chi', 'eich', 'gyda', 'wedi', 'hefyd', 'neu', 'ydych', 'ydy', 'bod', 'ein', 'dy', "o'r", 'gan', 'ac',
]);

/**
 * Whether a word token shows the text is not English: its first letter is in a script
 * other than Latin (Arabic, Hebrew, Cyrillic, Greek, Chinese, Japanese…), or it is a
 * common Welsh word.
 */
export function isForeignWord(token: Token): boolean {
  const first = token.text.codePointAt(0) ?? 0;
  if (first < 0x80) return welshWords.has(token.text.toLowerCase().replace(/’/g, "'"));
  return /\p{L}/u.test(String.fromCodePoint(first)) && !/\p{Script=Latin}/u.test(String.fromCodePoint(first));
}

/** The share of {@link isForeignWord} words above which a span is not scored as English. */
export const FOREIGN_SHARE = 0.2;

/** The verdict of text that is not English. */
export const NOT_ENGLISH = 'Scores are for English text only';

/** {@link isHardWord} by word text, per organisation word list: the same long words come up again and again. */
const hardWordCache = new WeakMap<object, Map<string, boolean>>();
const noOrgWords = {};

/**
 * Counts the words, sentences, syllables, polysyllables and hard words of a block's
 * sentences. Sentences are counted as given, whatever their length (each easy read line
 * or bullet is a sentence, and short ones are kept).
 */
export function countBlock(sentences: readonly Sentence[], profile: Profile): Counts {
  let words = 0;
  let syllableCount = 0;
  let polysyllables = 0;
  let hardWords = 0;
  let foreignWords = 0;
  for (const sentence of sentences) {
    for (const token of sentence.tokens) {
      if (token.kind === 'symbol') continue;
      if (token.kind === 'word' && isForeignWord(token)) foreignWords++;
      const count = token.kind === 'word' ? tokenSyllables(token) : Math.min(MAX_NUMBER_SYLLABLES, tokenSyllables(token));
      words++;
      syllableCount += count;
      if (count < 3) continue;
      polysyllables++;
      if (isHardWord(token, profile)) hardWords++;
    }
  }
  return {words, sentences: sentences.length, syllables: syllableCount, polysyllables, hardWords, foreignWords};
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/**
 * Scores a span of text from its counts and judges it against the profile's reading age
 * target. Never returns NaN or an infinity.
 */
export function scoreCounts(counts: Counts, profile: Profile): Scores {
  const {words, sentences, syllables, polysyllables, hardWords, foreignWords} = counts;
  const english = foreignWords <= FOREIGN_SHARE * words;
  if (words <= 0 || sentences <= 0 || !english) {
    return {
      words: Math.max(0, words), sentences: Math.max(0, sentences), syllables: Math.max(0, syllables),
      polysyllables: Math.max(0, polysyllables), fleschReadingEase: 0, fleschKincaidGrade: 0, smog: 0,
      readingAge: 0, averageSentenceLength: 0, hardWordShare: 0, meetsTarget: false,
      verdict: english ? 'Not enough text yet' : NOT_ENGLISH,
    };
  }
  const wordsPerSentence = words / sentences;
  const syllablesPerWord = syllables / words;
  const fleschReadingEase = clamp(206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord, 0, 100);
  const fleschKincaidGrade = Math.max(0, 0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59);
  const smog = 1.043 * Math.sqrt((polysyllables * 30) / sentences) + 3.1291;
  const readingAge = clamp(fleschKincaidGrade + 5, MIN_READING_AGE, MAX_READING_AGE);
  const enough = words >= MIN_WORDS;
  const meetsTarget = enough && readingAge <= profile.readingAgeTarget;
  return {
    words,
    sentences,
    syllables,
    polysyllables,
    fleschReadingEase,
    fleschKincaidGrade,
    smog,
    readingAge,
    averageSentenceLength: wordsPerSentence,
    hardWordShare: hardWords / words,
    meetsTarget,
    verdict: !enough ? 'Not enough text yet' : meetsTarget ? 'Easy to read' : 'Hard to read',
  };
}
