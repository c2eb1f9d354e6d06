import {leadWords} from './pattern-expand.js';

/**
 * Finds many regular-expression patterns in a text in one pass over its words, with the
 * same results as one big alternation `(?<![\p{L}\p{N}])(p1)(?![\p{L}\p{N}])|…` searched
 * from left to right: at each place, the first pattern in list order that matches wins, and
 * the search goes on after the match.
 *
 * Each pattern is filed under the words its matches can start with (see `pattern-expand.ts`).
 * A match starts where a word starts (the lookbehind), so the check walks the runs of
 * letters and digits, looks each one up, and tries only that word's patterns there, as one
 * sticky expression; where a pattern spells out its second word too, it is tried only
 * where the next run is that word. A pattern whose first words are not known is tried at every word; a
 * match must start with a letter or digit (the phrase lists' patterns all do). The
 * cost is linear in the text and barely grows with the list; build an index once (at module
 * load) and reuse it.
 */

/** One match: where, and the index of the pattern in the list. */
export interface PatternHit {
  readonly from: number;
  readonly to: number;
  readonly index: number;
}

/** The patterns tried at one word, in list order, as one sticky expression. */
interface Bucket {
  readonly pattern: RegExp;
  /** `groups[k]` is the capture group that holds pattern `indexes[k]`'s match. */
  readonly groups: readonly number[];
  readonly indexes: readonly number[];
}

const EDGE = '[\\p{L}\\p{N}]';
const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/** How many code units the letter or digit at `at` takes (2 for a surrogate pair), or 0 when it is neither. */
function wordCharWidth(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) ? 1 : 0;
  const point = text.codePointAt(at)!;
  const width = point > 0xffff ? 2 : 1;
  return WORD_CHAR.test(text.slice(at, at + width)) ? width : 0;
}

function captureGroups(source: string, flags: string): number {
  return new RegExp(`${source}|`, flags).exec('')!.length - 1;
}

/** `counts[i]` is how many capture groups `sources[i]` has. */
function bucket(sources: readonly string[], counts: readonly number[], indexes: readonly number[], flags: string): Bucket {
  const groups: number[] = [];
  let group = 1;
  const parts = indexes.map((index) => {
    groups.push(group);
    group += 1 + counts[index]!;
    return `(${sources[index]})`;
  });
  return {pattern: new RegExp(`(?<!${EDGE})(?:${parts.join('|')})(?!${EDGE})`, `${flags}y`), groups, indexes};
}

/**
 * The patterns that can start with one word: split by the word after it where that is
 * known, so a common first word ("a", "the") tries only the few patterns that can go on
 * with the text's next word.
 */
interface FirstWord {
  readonly bySecond: ReadonlyMap<string, Bucket>;
  /** The patterns whose second word is not known (and those tried everywhere), if any. */
  readonly rest: Bucket | undefined;
}

/** A set of patterns to find together; see the module doc. */
export class PatternIndex {
  private readonly buckets = new Map<string, FirstWord>();
  private readonly everywhere: Bucket | undefined;

  /**
   * `sources` are regular-expression sources; `flags` are the flags they are matched with
   * (`u` is always added; `g` and `y` must not be given).
   */
  constructor(sources: readonly string[], flags = 'iu') {
    const unicode = flags.includes('u') ? flags : `${flags}u`;
    // first word → second word (or '' when not known) → pattern indexes.
    const byWord = new Map<string, Map<string, Set<number>>>();
    const anywhere: number[] = [];
    const counts = sources.map((source) => captureGroups(source, unicode));
    sources.forEach((source, index) => {
      const leads = leadWords(source);
      if (leads === null) anywhere.push(index);
      for (const {first, second} of leads ?? []) {
        let seconds = byWord.get(first);
        if (!seconds) byWord.set(first, (seconds = new Map()));
        const key = second ?? '';
        let indexes = seconds.get(key);
        if (!indexes) seconds.set(key, (indexes = new Set()));
        indexes.add(index);
      }
    });
    const make = (indexes: Iterable<number>) => bucket(sources, counts, [...new Set([...indexes, ...anywhere])].sort((a, b) => a - b), unicode);
    for (const [word, seconds] of byWord) {
      const unknown = seconds.get('') ?? new Set<number>();
      const bySecond = new Map<string, Bucket>();
      for (const [second, indexes] of seconds) if (second !== '') bySecond.set(second, make([...indexes, ...unknown]));
      this.buckets.set(word, {bySecond, rest: unknown.size > 0 || anywhere.length > 0 ? make(unknown) : undefined});
    }
    this.everywhere = anywhere.length > 0 ? bucket(sources, counts, anywhere, unicode) : undefined;
  }

  /** Every match in `text`, in order, none overlapping. */
  find(text: string): PatternHit[] {
    const hits: PatternHit[] = [];
    const {starts, words} = wordRuns(text);
    let after = 0;
    for (let i = 0; i < words.length; i++) {
      const start = starts[i]!;
      if (start < after) continue;
      const byFirst = this.buckets.get(words[i]!);
      const next = words[i + 1];
      const found = byFirst === undefined ? this.everywhere : ((next === undefined ? undefined : byFirst.bySecond.get(next)) ?? byFirst.rest);
      if (found === undefined) continue;
      found.pattern.lastIndex = start;
      const match = found.pattern.exec(text);
      if (!match) continue;
      const k = found.groups.findIndex((group) => match[group] !== undefined);
      hits.push({from: start, to: start + match[0].length, index: found.indexes[k] ?? -1});
      after = start + match[0].length;
    }
    return hits;
  }
}

/** The runs of letters and digits in a text: where each starts, and each in lower case. */
interface WordRuns {
  readonly starts: readonly number[];
  readonly words: readonly string[];
}

let lastText: string | undefined;
let lastRuns: WordRuns = {starts: [], words: []};

/**
 * The word runs of `text`. Several rules look up the same block's text one after another,
 * so the last text's runs are kept and the text is read once for all of them.
 */
function wordRuns(text: string): WordRuns {
  if (text === lastText) return lastRuns;
  const starts: number[] = [];
  const words: string[] = [];
  // A walk over the characters, deciding ASCII ones by their code and others (and surrogate
  // pairs) by `WORD_CHAR`: the same runs as `[\p{L}\p{N}]+`, without a match object per word.
  const length = text.length;
  let at = 0;
  while (at < length) {
    const start = at;
    while (at < length) {
      const width = wordCharWidth(text, at);
      if (width === 0) break;
      at += width;
    }
    if (at > start) {
      starts.push(start);
      words.push(text.slice(start, at).toLowerCase());
    } else at += text.codePointAt(at)! > 0xffff ? 2 : 1;
  }
  lastText = text;
  lastRuns = {starts, words};
  return lastRuns;
}
