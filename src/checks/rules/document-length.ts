import type {DocumentRule} from '../rule.js';
import {groupDigits, numberSetting, wordCount} from './structure-util.js';

/**
 * Flags a long document: more than `maxWords` words in all its blocks (easy read 1,000).
 * Page counts (more than 20 or 24 pages) need the export's pagination and are not checked.
 * Off in the plain English profile (2,500 words when turned on).
 */
export const documentLength: DocumentRule<number> = {
  id: 'document-length',
  description: 'Keep the document short, or split it.',
  scope: 'document',
  defaults: {
    'easy-read': {enabled: true, maxWords: 1000},
    plain: {enabled: false, maxWords: 2500},
  },
  collect({sentences}) {
    let words = 0;
    for (const sentence of sentences) words += wordCount(sentence);
    return words;
  },
  combine(collected, {settings}) {
    const maxWords = numberSetting(settings, 'maxWords', 1000);
    let words = 0;
    for (let i = 0; i < collected.length; i++) words += collected[i]!;
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
  same: (a, b) => a === b,
};
