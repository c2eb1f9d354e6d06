import type {DocumentRule} from '../rule.js';
import type {Finding} from '../types.js';
import {numberSetting, paragraphKinds, wordCount} from './structure-util.js';

/**
 * Flags a document whose sentences are long on average. Only paragraphs and row text count:
 * headings and list items are short fragments that would pull the mean down.
 * Settings: `max` (the highest good mean; easy read 12, plain English 20) and
 * `minSentences` (documents with fewer body sentences are not judged).
 * The finding is about the whole document (block -1).
 */
export const sentenceLengthAverage: DocumentRule = {
  id: 'sentence-length-average',
  description: 'Keep the average sentence short.',
  scope: 'document',
  defaults: {
    'easy-read': {enabled: true, max: 12, minSentences: 3},
    plain: {enabled: true, max: 20, minSentences: 3},
  },
  check({facts, settings}) {
    const max = numberSetting(settings, 'max', 12);
    const minSentences = numberSetting(settings, 'minSentences', 3);
    let totalWords = 0;
    let totalSentences = 0;
    for (const fact of facts) {
      if (!paragraphKinds.has(fact.block.kind)) continue;
      for (const sentence of fact.sentences) {
        const count = wordCount(sentence);
        if (count === 0) continue;
        totalWords += count;
        totalSentences++;
      }
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
};
