import type {DocumentRule} from '../rule.js';
import type {Finding} from '../types.js';
import {numberSetting, paragraphKinds, wordCount} from './structure-util.js';

/** One block's body sentences with words, and their words. */
interface SentenceTotals {
  readonly words: number;
  readonly sentences: number;
}

const noSentences: SentenceTotals = Object.freeze({words: 0, sentences: 0});

/**
 * Flags a document whose sentences are long on average. Only paragraphs and row text count:
 * headings and list items are short fragments that would pull the mean down.
 * Settings: `max` (the highest good mean; easy read 12, plain English 20) and
 * `minSentences` (documents with fewer body sentences are not judged).
 * The finding is about the whole document (block -1).
 */
export const sentenceLengthAverage: DocumentRule<SentenceTotals> = {
  id: 'sentence-length-average',
  description: 'Keep the average sentence short.',
  scope: 'document',
  defaults: {
    'easy-read': {enabled: true, max: 12, minSentences: 3},
    plain: {enabled: true, max: 20, minSentences: 3},
  },
  collect({block, sentences}) {
    if (!paragraphKinds.has(block.kind)) return noSentences;
    let words = 0;
    let counted = 0;
    for (const sentence of sentences) {
      const count = wordCount(sentence);
      if (count === 0) continue;
      words += count;
      counted++;
    }
    return {words, sentences: counted};
  },
  combine(collected, {settings}) {
    const max = numberSetting(settings, 'max', 12);
    const minSentences = numberSetting(settings, 'minSentences', 3);
    let totalWords = 0;
    let totalSentences = 0;
    for (let i = 0; i < collected.length; i++) {
      totalWords += collected[i]!.words;
      totalSentences += collected[i]!.sentences;
    }
    if (totalSentences === 0 || totalSentences < minSentences) return [];
    const mean = totalWords / totalSentences;
    if (mean <= max) return [];
    const shown = Math.round(mean * 10) / 10;
    const result: Finding = {
      rule: 'sentence-length-average',
      severity: 'warning',
      message: `Sentences have ${shown} words on average. Aim for ${max} or fewer.`,
      why: 'Plain English guidance (Crystal Mark): keep the average sentence length low.',
      block: -1,
      from: 0,
      to: 0,
      suggestions: [],
    };
    return [result];
  },
  same: (a, b) => a.words === b.words && a.sentences === b.sentences,
};
