import {inflections, type Inflection} from './inflect.js';

/** The part of a token the index needs: where a word is and what it says. */
export interface WordSpan {
  readonly from: number;
  readonly to: number;
  readonly text: string;
}

/** One place a listed term was found. */
export interface TermHit<T> {
  readonly from: number;
  readonly to: number;
  /** The listed term, lower case. */
  readonly key: string;
  readonly value: T;
  /** How the found text differs from the listed form. */
  readonly inflection: Inflection;
  /** Which word of a phrase carries the inflection (0 for single words). */
  readonly inflected: number;
}

interface Form<T> {
  readonly key: string;
  readonly value: T;
  readonly inflection: Inflection;
  readonly inflected: number;
}

interface Phrase<T> extends Form<T> {
  readonly words: readonly string[];
}

/** Lower-cases a word and straightens its apostrophes, the form all lookups use. */
export function normaliseWord(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('’') || lower.includes('‘') ? lower.replace(/[’‘]/g, "'") : lower;
}

const space = /^[ \t\u00a0]+$/;

/**
 * A quick 32-bit hash of a normalised word (FNV-1a over its UTF-16 code units). A
 * {@link TermIndex} keeps a bit per hash of its first words, so `find` can pass over the
 * many words no list holds without a map lookup; a sentence's `sentenceWords` view has
 * each word's hash ready.
 */
export function wordHash(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** Bits in a {@link TermIndex}'s filter: a power of two, big enough to keep false hits rare. */
const FILTER_BITS = 1 << 16;

/**
 * Finds listed words and phrases in tokenized text in one pass over the tokens, so a
 * check costs O(words) however long the list is. Single words match their inflected
 * forms ("assisted" for "assist"); phrases match a plural last word ("risk factors") and
 * an inflected first word ("passed urine"). A possessive "'s" is ignored ("physician's").
 * Where terms overlap, the longest wins. Build an index once (at module load, or once per
 * organisation word list) and reuse it.
 */
export class TermIndex<T> {
  private readonly singles = new Map<string, Form<T>>();
  private readonly phrases = new Map<string, Phrase<T>[]>();
  /** One bit per {@link wordHash} (modulo the size) of every single word and phrase's first word. */
  private readonly filter = new Int32Array(FILTER_BITS >>> 5);

  /** `entries` are `[term, value]` pairs; terms are matched case-insensitively. */
  constructor(entries: Iterable<readonly [string, T]>, options: {readonly inflect?: boolean} = {}) {
    const inflect = options.inflect ?? true;
    const list = [...entries].map(([term, value]) => [normaliseWord(term).trim(), value] as const);
    // Listed forms first, so a listed word always beats another word's inflection.
    for (const [key, value] of list) this.add(key.split(/\s+/), {key, value, inflection: '', inflected: 0});
    for (const [key, value] of inflect ? list : []) {
      const words = key.split(/\s+/);
      const lastIndex = words.length - 1;
      for (const [form, inflection] of inflections(words[0] ?? '')) {
        if (inflection) this.add([form, ...words.slice(1)], {key, value, inflection, inflected: 0});
      }
      if (lastIndex > 0) {
        for (const [form, inflection] of inflections(words[lastIndex] ?? '')) {
          if (inflection === 's') this.add([...words.slice(0, lastIndex), form], {key, value, inflection, inflected: lastIndex});
        }
      }
    }
    for (const phrases of this.phrases.values()) phrases.sort((a, b) => b.words.length - a.words.length);
    for (const word of [...this.singles.keys(), ...this.phrases.keys()]) {
      const bit = wordHash(word) & (FILTER_BITS - 1);
      this.filter[bit >>> 5]! |= 1 << (bit & 31);
    }
  }

  /** Whether the index has no terms. */
  get empty(): boolean {
    return this.singles.size === 0 && this.phrases.size === 0;
  }

  /**
   * The terms found among `words` (in text order), not overlapping. `text` is the text the
   * word offsets point into; it is used to check that the words of a phrase are separated
   * by spaces only. `lower`, when given, must be `words.map((word) => normaliseWord(word.text))`,
   * and `hashes`, when given, `lower.map(wordHash)` (a sentence's `sentenceWords` view has both).
   */
  find(
    words: readonly WordSpan[],
    text: string,
    lower: readonly string[] = words.map((word) => normaliseWord(word.text)),
    hashes?: ArrayLike<number>
  ): TermHit<T>[] {
    const hits: TermHit<T>[] = [];
    const filter = this.filter;
    for (let i = 0; i < words.length; i++) {
      const start = words[i];
      const first = lower[i];
      if (!start || first === undefined) continue;
      if (hashes !== undefined) {
        const bit = hashes[i]! & (FILTER_BITS - 1);
        // Not in the filter: no single word or phrase starts with this word; only a possessive can match.
        if ((filter[bit >>> 5]! & (1 << (bit & 31))) === 0 && !mayBePossessive(first)) continue;
      }
      const candidates = this.phrases.get(first);
      if (candidates !== undefined) {
        const phrase = this.phraseAt(candidates, words, lower, i, text);
        if (phrase) {
          const end = words[i + phrase.words.length - 1];
          if (end) hits.push({from: start.from, to: end.to, ...formOf(phrase)});
          i += phrase.words.length - 1;
          continue;
        }
      }
      const single = this.singles.get(first);
      if (single) {
        hits.push({from: start.from, to: start.to, ...formOf(single)});
        continue;
      }
      // A possessive ("physician's", "patients'") matches its word.
      const apostropheS = first.endsWith("'s");
      if (!apostropheS && !first.endsWith("s'")) continue;
      const base = this.singles.get(first.slice(0, apostropheS ? -2 : -1));
      if (base) hits.push({from: start.from, to: start.to - (apostropheS ? 2 : 1), ...formOf(base)});
    }
    return hits;
  }

  private phraseAt(candidates: readonly Phrase<T>[], words: readonly WordSpan[], lower: readonly string[], at: number, text: string): Phrase<T> | undefined {
    for (const candidate of candidates) if (this.matchesAt(candidate, words, lower, at, text)) return candidate;
    return undefined;
  }

  private add(words: readonly string[], form: Form<T>): void {
    const first = words[0];
    if (!first) return;
    if (words.length === 1) {
      if (!this.singles.has(first)) this.singles.set(first, form);
      return;
    }
    const list = this.phrases.get(first) ?? [];
    const joined = words.join(' ');
    if (list.some((phrase) => phrase.words.join(' ') === joined)) return;
    list.push({...form, words});
    this.phrases.set(first, list);
  }

  private matchesAt(phrase: Phrase<T>, words: readonly WordSpan[], lower: readonly string[], at: number, text: string): boolean {
    for (let k = 1; k < phrase.words.length; k++) {
      const previous = words[at + k - 1];
      const word = words[at + k];
      if (!previous || !word || lower[at + k] !== phrase.words[k]) return false;
      if (!space.test(text.slice(previous.to, word.from))) return false;
    }
    return true;
  }
}

const APOSTROPHE = 39;
const LOWER_S = 115;

/** Whether `word` ends in "'s" or "s'", read from its last two character codes (most words are passed over here). */
function mayBePossessive(word: string): boolean {
  const length = word.length;
  if (length < 2) return false;
  const last = word.charCodeAt(length - 1);
  const before = word.charCodeAt(length - 2);
  return (last === LOWER_S && before === APOSTROPHE) || (last === APOSTROPHE && before === LOWER_S);
}

function formOf<T>(form: Form<T>): Omit<TermHit<T>, 'from' | 'to'> {
  return {key: form.key, value: form.value, inflection: form.inflection, inflected: form.inflected};
}
