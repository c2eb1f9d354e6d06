import {finding, type BlockFinding, type BlockRule} from '../rule.js';
import type {Suggestion} from '../types.js';
import {nounStarts} from './noun-starts.js';
import {bodyKinds, capitalise, numberSetting, trimmedSpan, wordCount} from './structure-util.js';

/**
 * Flags long sentences in body text. Settings: `warn` and `error`, the word counts above
 * which a sentence is a warning or an error (easy read 15/20, plain English 20/40).
 *
 * The fix splits the sentence in two at an "and", "but" or "because" near its middle:
 * "and" is dropped ("…with food. Drink…"), "but" starts the second sentence ("But…"), and
 * "because" becomes "This is because…". The end punctuation is kept on the second part.
 */
export const sentenceLength: BlockRule = {
  id: 'sentence-length',
  description: 'Keep sentences short.',
  scope: 'block',
  defaults: {
    'easy-read': {enabled: true, warn: 15, error: 20},
    plain: {enabled: true, warn: 20, error: 40},
  },
  check({block, sentences, settings}) {
    if (!bodyKinds.has(block.kind)) return [];
    const warn = numberSetting(settings, 'warn', 15);
    const error = numberSetting(settings, 'error', 20);
    const why = `Easy read and NHS guidance: keep sentences to ${warn} words or fewer.`;
    const findings: BlockFinding[] = [];
    for (const sentence of sentences) {
      const count = wordCount(sentence);
      if (count <= warn) continue;
      const {from, to} = trimmedSpan(sentence);
      const split = splitSentence(block.text.slice(from, to));
      findings.push(
        finding(
          'sentence-length',
          count > error ? 'error' : 'warning',
          from,
          to,
          `This sentence has ${count} words. Try ${warn} or fewer.`,
          why,
          split ? [split] : []
        )
      );
    }
    return findings;
  },
};


const linkPattern = /(,?)\s+(and|but|because)\s+(\S)/giu;
const wordPattern = /\S+/gu;

/**
 * Splits a sentence's text at the clause link nearest its middle, leaving at least 3 words
 * on each side. Returns `undefined` when there is no safe place to split.
 */
export function splitSentence(text: string): Suggestion | undefined {
  const end = /[.!?]+["')\]]*$/u.exec(text);
  const body = end ? text.slice(0, end.index) : text;
  const endPunctuation = end ? end[0] : '';
  const starts = Array.from(body.matchAll(wordPattern), (word) => word.index);
  const total = starts.length;
  let best: {at: number; link: string; rest: number} | undefined;
  let bestDistance = Infinity;
  let before = 0;
  for (const match of body.matchAll(linkPattern)) {
    const link = (match[2] ?? '').toLowerCase();
    const rest = match.index + match[0].length - 1;
    // Links come in order, so the count of words before each one only moves forward.
    while (before < total && (starts[before] ?? Infinity) < match.index) before++;
    const after = total - before - 1;
    if (before < 3 || after < 3) continue;
    const next = /^[\p{L}']+/u.exec(body.slice(rest, rest + 40))?.[0].toLowerCase() ?? '';
    if (link === 'and' && match[1] !== ',' && nounStarts.has(next)) continue;
    const distance = Math.abs(before - after);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = {at: match.index, link, rest};
    }
  }
  if (!best) return undefined;
  const first = body.slice(0, best.at).replace(/[,;:]\s*$/u, '');
  const second = body.slice(best.rest);
  const opening = best.link === 'and' ? capitalise(second) : best.link === 'but' ? `But ${second}` : `This is because ${second}`;
  return {label: 'Split into 2 sentences', replacement: `${first}. ${opening}${endPunctuation}`};
}

