import {finding, type BlockFinding, type BlockRule} from '../rule.js';
import {sentenceWords} from '../sentence-words.js';
import type {Suggestion} from '../types.js';
import {negativePrefixExceptions, negativePrefixWords} from '../words/negators.js';
import {matchCase} from '../words/text-case.js';
import {isNegator} from './negatives.js';
import {isProse, severityOf, why} from './word-rule-support.js';

/** Whether `text[from, to)` (the gap between two words) has punctuation that starts a new clause. */
function hasClauseBreak(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (',;:–—()'.includes(text[at]!)) return true;
  return false;
}
const restrictiveModals: ReadonlySet<string> = new Set(['may', 'must', 'should', 'can']);
const atLeast = /\b(?:no|not) (?:fewer|less) than\b/giu;
const thanGate = /than/iu;

/** The positive form of a negative-prefix word ("uncommon" → "common"), or `null`. */
function positiveOf(word: string): string | null {
  if (negativePrefixWords.has(word)) return word.replace(/^(?:non-?|dis|im|in|ir|il)/, '');
  if (word.startsWith('un') && word.length > 4 && ![...negativePrefixExceptions].some((stem) => word.startsWith(stem))) {
    return word.slice(2);
  }
  return null;
}

const twoNegatives = 'Two negatives together are hard to follow. Say it positively.';

/**
 * Flags double negatives and exceptions to exceptions: "not unusual", "no fewer than",
 * two negative words in one clause ("you cannot go without a letter"), a negative followed
 * by "unless" anywhere in the sentence ("Do not stop unless your doctor says so"), and
 * "may not … until". "neither … nor" counts as one negative. Fixes are offered where
 * mechanical: "not uncommon" → "common", "no fewer than" → "at least". Easy read error,
 * plain English warning.
 */
export const doubleNegatives: BlockRule = {
  id: 'double-negatives',
  description: 'Avoid double negatives.',
  scope: 'block',
  defaults: {
    'easy-read': {enabled: true, severity: 'error'},
    plain: {enabled: true, severity: 'warning'},
  },
  check({block, sentences, settings}) {
    if (!isProse(block.kind)) return [];
    const severity = severityOf(settings, 'severity', 'error');
    const text = block.text;
    const findings: BlockFinding[] = [];
    const add = (from: number, to: number, message: string, suggestions: readonly Suggestion[] = []) => {
      if (findings.some((other) => from < other.to && to > other.from)) return;
      findings.push(finding('double-negatives', severity, from, to, message, why.doubleNegatives, suggestions));
    };
    atLeast.lastIndex = 0;
    // "no fewer than" needs a "than": a much cheaper look first.
    for (let found = thanGate.test(text) ? atLeast.exec(text) : null; found; found = atLeast.exec(text)) {
      const replacement = matchCase(found[0], 'at least');
      add(found.index, found.index + found[0].length, `Write “at least”, not “${found[0]}”.`, [
        {label: `Write “${replacement}”`, replacement},
      ]);
    }
    for (const sentence of sentences) {
      const {tokens: words, lower} = sentenceWords(sentence);
      let clauseStart = 0;
      let firstNegator = -1;
      let sentenceNegator = -1;
      for (let i = 0; i < words.length; i++) {
        const word = words[i];
        const previousWord = words[i - 1];
        if (!word) continue;
        if (previousWord && hasClauseBreak(text, previousWord.to, word.from)) {
          clauseStart = i;
          firstNegator = -1;
        }
        const current = lower[i] ?? '';
        const positive = lower[i - 1] === 'not' ? positiveOf(current) : null;
        if (positive && previousWord) {
          const replacement = matchCase(text.slice(previousWord.from, word.to), positive);
          add(previousWord.from, word.to, twoNegatives, [{label: `Write “${replacement}”`, replacement}]);
        }
        const negative = isNegator(current) && !(current === 'nor' && lower.slice(clauseStart, i).includes('neither'));
        if (current === 'until' && sentenceNegator >= 0 && restrictiveModals.has(lower[sentenceNegator - 1] ?? '')) {
          add(words[sentenceNegator]?.from ?? word.from, word.to, twoNegatives);
        }
        if (!negative) continue;
        if (current === 'unless' && sentenceNegator >= 0) {
          add(words[sentenceNegator]?.from ?? word.from, word.to, twoNegatives);
        } else if (firstNegator >= 0) {
          add(words[firstNegator]?.from ?? word.from, word.to, twoNegatives);
        }
        if (firstNegator < 0) firstNegator = i;
        if (sentenceNegator < 0) sentenceNegator = i;
      }
    }
    return findings.sort((a, b) => a.from - b.from);
  },
};
