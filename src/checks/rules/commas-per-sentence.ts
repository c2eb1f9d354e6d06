import {finding, type BlockFinding, type BlockRule} from '../rule.js';
import {findSeries} from './lists-use-bullets.js';
import {bodyKinds, numberSetting, trimmedSpan} from './structure-util.js';

/**
 * Flags sentences with many commas, a sign of nested clauses. Commas inside numbers
 * ("1,000") do not count. A sentence that is really a list is left to `lists-use-bullets`,
 * which offers a fix, so the same sentence is not flagged twice.
 * Settings: `warn` and `error`, the comma counts above which a sentence is flagged
 * (easy read 1/2, plain English 3/5).
 */
export const commasPerSentence: BlockRule = {
  id: 'commas-per-sentence',
  description: 'Use few commas in a sentence.',
  scope: 'block',
  defaults: {
    'easy-read': {enabled: true, warn: 1, error: 2},
    plain: {enabled: true, warn: 3, error: 5},
  },
  check({block, sentences, settings}) {
    if (!bodyKinds.has(block.kind)) return [];
    const warn = numberSetting(settings, 'warn', 1);
    const error = numberSetting(settings, 'error', 2);
    const findings: BlockFinding[] = [];
    for (const sentence of sentences) {
      const count = countCommas(sentence.text);
      if (count <= warn) continue;
      const {from, to} = trimmedSpan(sentence);
      if ((findSeries(block.text.slice(from, to))?.items.length ?? 0) >= 3) continue;
      findings.push(
        finding(
          'commas-per-sentence',
          count > error ? 'error' : 'warning',
          from,
          to,
          `This sentence has ${count} commas. Try splitting it up.`,
          'Easy read guidance: use simple punctuation and short sentences.'
        )
      );
    }
    return findings;
  },
};

const commaPattern = /,/gu;
const numberComma = /^\d,\d{3}(?!\d)/u;

/** Counts the commas in a text, leaving out commas inside numbers ("1,000"). */
export function countCommas(text: string): number {
  let count = 0;
  for (const match of text.matchAll(commaPattern)) {
    const around = text.slice(Math.max(0, match.index - 1), match.index + 5);
    if (!numberComma.test(around)) count++;
  }
  return count;
}
