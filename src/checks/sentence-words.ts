import type {Sentence, Token} from './rule.js';
import {normaliseWord, wordHash} from './words/term-index.js';

/**
 * A sentence's word tokens and their normalised text, made once per sentence and shared by
 * every rule that reads words (most word rules do). Sentences are immutable, so the view is
 * cached per sentence object and lives as long as the sentence does.
 */

/** The `word` tokens of a sentence, in order, and each one's {@link normaliseWord} form. */
export interface SentenceWords {
  readonly tokens: readonly Token[];
  /** `lower[i]` is `normaliseWord(tokens[i].text)`: lower case, with straight apostrophes. */
  readonly lower: readonly string[];
  /** `hashes[i]` is `wordHash(lower[i])`, for `TermIndex.find`. */
  readonly hashes: Uint32Array;
}

const views = new WeakMap<Sentence, SentenceWords>();

/** The word view of a sentence (see {@link SentenceWords}); the same object on every call. */
export function sentenceWords(sentence: Sentence): SentenceWords {
  let view = views.get(sentence);
  if (view === undefined) {
    const tokens: Token[] = [];
    const lower: string[] = [];
    for (const token of sentence.tokens) {
      if (token.kind !== 'word') continue;
      tokens.push(token);
      lower.push(normaliseWord(token.text));
    }
    const hashes = new Uint32Array(lower.length);
    for (let i = 0; i < lower.length; i++) hashes[i] = wordHash(lower[i]!);
    view = {tokens, lower, hashes};
    views.set(sentence, view);
  }
  return view;
}
