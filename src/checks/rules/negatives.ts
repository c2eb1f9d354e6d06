import {finding, type BlockFinding, type BlockRule, type Token} from '../rule.js';
import {sentenceWords} from '../sentence-words.js';
import {contractions} from '../words/contractions.js';
import {negators} from '../words/negators.js';
import {isProse, severityOf, why} from './word-rule-support.js';

/** Whether a lower-case word makes its clause negative ("not", "never", "don't"). */
export function isNegator(word: string): boolean {
  return negators.has(word) || contractions.get(word)?.negative === true;
}

const clauseBreak = /[,;:–—(]/;

/**
 * Whether the negator at `words[i]` is part of a "Do not …" / "Don't …" / "Never …"
 * instruction at the start of a sentence or clause ("If you feel dizzy, do not drive").
 * NHS style keeps these as they are: a clear "Do not" for things people must not do.
 */
export function isSafetyInstruction(words: readonly Token[], lower: readonly string[], i: number, text: string): boolean {
  const startsClause = (k: number): boolean => {
    if (k === 0) return true;
    const previous = words[k - 1];
    const current = words[k];
    if (!previous || !current) return false;
    if (lower[k - 1] === 'please') return startsClause(k - 1);
    return clauseBreak.test(text.slice(previous.to, current.from));
  };
  const word = lower[i];
  if (word === "don't" || word === 'never') return startsClause(i);
  return word === 'not' && lower[i - 1] === 'do' && startsClause(i - 1);
}

/**
 * Flags a sentence that says what not to do (info), on its first negative word: "not",
 * "no", "never", "without", "unless", "cannot" or a negative contraction. A sentence with a
 * "Do not …", "Don't …" or "Never …" instruction is never flagged: for safety warnings the
 * NHS prefers a clear "Do not" ("Do not take 2 doses"). Easy read only by default.
 */
export const negatives: BlockRule = {
  id: 'negatives',
  description: 'Say what to do, not what not to do.',
  scope: 'block',
  defaults: {
    'easy-read': {enabled: true, severity: 'info'},
    plain: {enabled: false, severity: 'info'},
  },
  check({block, sentences, settings}) {
    if (!isProse(block.kind)) return [];
    const severity = severityOf(settings, 'severity', 'info');
    const findings: BlockFinding[] = [];
    for (const sentence of sentences) {
      const {tokens: words, lower} = sentenceWords(sentence);
      // A sentence with a "Do not" instruction is a safety warning: leave all of it alone.
      if (lower.some((word, i) => isNegator(word) && isSafetyInstruction(words, lower, i, block.text))) continue;
      const token = words[lower.findIndex(isNegator)];
      if (!token) continue;
      findings.push(
        finding('negatives', severity, token.from, token.to, 'Try saying what to do, not what not to do.', why.negatives)
      );
    }
    return findings;
  },
};
