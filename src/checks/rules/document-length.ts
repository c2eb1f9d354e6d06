import type {DocumentRule} from '../rule.js';
import {groupDigits, numberSetting, wordCount} from './structure-util.js';

/**
 * Flags a long document: more than `maxWords` words in all its blocks (easy read 1,000).
 * Page counts (more than 20 or 24 pages) need the export's pagination and are not checked.
 * Off in the plain English profile (2,500 words when turned on).
 */
export const documentLength: DocumentRule = {
  id: 'document-length',
  description: 'Keep the document short, or split it.',
  scope: 'document',
  defaults: {
    'easy-read': {enabled: true, maxWords: 1000},
    plain: {enabled: false, maxWords: 2500},
  },
  check({facts, settings}) {
    const maxWords = numberSetting(settings, 'maxWords', 1000);
    let words = 0;
    for (const {sentences} of facts) for (const sentence of sentences) words += wordCount(sentence);
    if (words <= maxWords) return [];
    return [
      {
        rule: 'document-length',
        severity: 'warning',
        message: `This document has ${groupDigits(words)} words. Try to keep it under ${groupDigits(maxWords)}.`,
        why: `Easy read guidance: keep a document under ${groupDigits(maxWords)} words, or split it.`,
        block: -1,
        from: 0,
        to: 0,
        suggestions: [],
      },
    ];
  },
};
