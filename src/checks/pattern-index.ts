import {firstWords} from './pattern-expand.js';

/**
 * Finds many regular-expression patterns in a text in one pass over its words, with the
 * same results as one big alternation `(?<![\p{L}\p{N}])(p1)(?![\p{L}\p{N}])|…` searched
 * from left to right: at each place, the first pattern in list order that matches wins, and
 * the search goes on after the match.
 *
 * Each pattern is filed under the words its matches can start with (see `pattern-expand.ts`).
 * A match starts where a word starts (the lookbehind), so the check walks the runs of
 * letters and digits, looks each one up, and tries only that word's patterns there, as one
 * sticky expression. A pattern whose first words are not known is tried at every word; a
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
const WORD_RUN = /[\p{L}\p{N}]+/gu;

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

/** A set of patterns to find together; see the module doc. */
export class PatternIndex {
  private readonly buckets = new Map<string, Bucket>();
  private readonly everywhere: Bucket | undefined;

  /**
   * `sources` are regular-expression sources; `flags` are the flags they are matched with
   * (`u` is always added; `g` and `y` must not be given).
   */
  constructor(sources: readonly string[], flags = 'iu') {
    const unicode = flags.includes('u') ? flags : `${flags}u`;
    const byWord = new Map<string, number[]>();
    const anywhere: number[] = [];
    const counts = sources.map((source) => captureGroups(source, unicode));
    sources.forEach((source, index) => {
      const words = firstWords(source);
      if (words === null) anywhere.push(index);
      for (const word of words ?? []) {
        const list = byWord.get(word);
        if (list) list.push(index);
        else byWord.set(word, [index]);
      }
    });
    for (const [word, indexes] of byWord) {
      const merged = [...indexes, ...anywhere].sort((a, b) => a - b);
      this.buckets.set(word, bucket(sources, counts, merged, unicode));
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
      const found = this.buckets.get(words[i]!) ?? this.everywhere;
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
  const runs = new RegExp(WORD_RUN.source, 'gu');
  for (let run = runs.exec(text); run; run = runs.exec(text)) {
    starts.push(run.index);
    words.push(run[0].toLowerCase());
  }
  lastText = text;
  lastRuns = {starts, words};
  return lastRuns;
}
