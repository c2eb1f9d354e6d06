import {finding, type BlockRule} from '../rule.js';
import type {Severity} from '../types.js';
import {picturePerIdea} from './picture-per-idea.js';
import {numberSetting, paragraphKinds, trimmedRange, wordCount} from './structure-util.js';

/**
 * Flags long paragraphs (paragraphs, row text and hard-word meanings; list items have their
 * own rule). Settings: `warnSentences`/`errorSentences` and `warnWords`/`errorWords`, the
 * counts above which a paragraph is a warning or an error; 0 turns a limit off.
 * Easy read: more than 3 sentences warns, more than 5 errs, more than 50 words warns.
 * Plain English: more than 3 sentences warns, more than 150 words warns, more than 250 errs.
 * One finding per paragraph, covering it, for the worse of the two problems. Row text
 * (a Markdown paragraph, a row of an easy read document) is not judged by its sentences
 * while picture-per-idea is on: that rule counts the row's sentences already.
 */
export const paragraphLength: BlockRule = {
  id: 'paragraph-length',
  description: 'Keep paragraphs short.',
  scope: 'block',
  defaults: {
    'easy-read': {enabled: true, warnSentences: 3, errorSentences: 5, warnWords: 50, errorWords: 0},
    plain: {enabled: true, warnSentences: 3, errorSentences: 0, warnWords: 150, errorWords: 250},
  },
  check({block, sentences, profile, settings}) {
    if (!paragraphKinds.has(block.kind) || sentences.length === 0) return [];
    const count = sentences.length;
    let words = 0;
    for (const sentence of sentences) words += wordCount(sentence);
    // In a row, picture-per-idea counts the sentences of the whole row, this block's among
    // them: a second finding for the same sentences would only repeat it.
    const rowCounted = block.kind === 'row-text' && profile.settings(picturePerIdea).enabled;
    const bySentences = rowCounted
      ? undefined
      : level(count, numberSetting(settings, 'warnSentences', 3), numberSetting(settings, 'errorSentences', 5));
    const byWords = level(words, numberSetting(settings, 'warnWords', 50), numberSetting(settings, 'errorWords', 0));
    if (!bySentences && !byWords) return [];
    const useWords = rank(byWords) > rank(bySentences);
    const severity = (useWords ? byWords : bySentences) ?? 'warning';
    const limit = useWords ? numberSetting(settings, 'warnWords', 50) : numberSetting(settings, 'warnSentences', 3);
    const message = useWords
      ? `This paragraph has ${words} words. Try ${limit} or fewer.`
      : `This paragraph has ${count} sentences. Try ${limit} or fewer.`;
    const {from, to} = trimmedRange(block.text);
    return [finding('paragraph-length', severity, from, to, message, why)];
  },
};

const why = 'NHS and easy read guidance: keep paragraphs to 3 short sentences.';

function level(value: number, warn: number, error: number): Severity | undefined {
  if (error > 0 && value > error) return 'error';
  if (warn > 0 && value > warn) return 'warning';
  return undefined;
}

function rank(severity: Severity | undefined): number {
  return severity === 'error' ? 2 : severity === 'warning' ? 1 : 0;
}
