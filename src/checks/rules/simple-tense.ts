import {finding, type BlockFinding, type BlockRule} from '../rule.js';
import {sentenceWords} from '../sentence-words.js';
import {beForms} from '../words/participles.js';
import {isParticiple} from './passive-voice.js';
import {easyReadHint, isProse, severityOf, why} from './word-rule-support.js';

const modals: ReadonlySet<string> = new Set(['will', 'would', 'could', 'should', 'might', 'must', 'may', 'shall', 'can']);
const haveForms: ReadonlySet<string> = new Set(['has', 'have', 'had']);
const ing = (word: string): boolean => word.length > 4 && word.endsWith('ing');

/**
 * The length of a complex verb chain starting at `words[i]`, or 0:
 * - modal + "have" (+ "been") + participle: "would have been", "will have finished";
 * - "has/have/had been" + "-ing": "has been taking";
 * - "had" + participle: "had taken";
 * - "be" form + "being" + participle: "is being treated";
 * - "will/would" + "be" + "-ing": "will be staying".
 */
function chainAt(lower: readonly string[], i: number): number {
  // Read in place: a slice per word made garbage for every word of the block.
  const a = lower[i] ?? '';
  const b = lower[i + 1] ?? '';
  const c = lower[i + 2] ?? '';
  const d = lower[i + 3] ?? '';
  if (modals.has(a) && b === 'have') {
    if (c === 'been') return isParticiple(d) || ing(d) ? 4 : 3;
    return isParticiple(c) ? 3 : 0;
  }
  if (haveForms.has(a) && b === 'been' && ing(c)) return 3;
  if (a === 'had' && b !== 'been' && isParticiple(b)) return 2;
  if (beForms.has(a) && a !== 'being' && b === 'being' && isParticiple(c)) return 3;
  if ((a === 'will' || a === 'would') && b === 'be' && ing(c)) return 3;
  return 0;
}

/**
 * Points out complex tenses (info): perfect, progressive and conditional chains such as
 * "would have been", "has been taking", "is being treated". Easy read prefers the simple
 * present or past ("you take", "you took"). Low precision, so plain English has it off.
 */
export const simpleTense: BlockRule = {
  id: 'simple-tense',
  description: 'Prefer the simple present or past tense.',
  scope: 'block',
  defaults: easyReadHint,
  check({block, sentences, settings}) {
    const findings: BlockFinding[] = [];
    const severity = severityOf(settings, 'severity', 'info');
    for (const {tokens: words, lower} of isProse(block.kind) ? sentences.map(sentenceWords) : []) {
      for (let i = 0; i < words.length; i++) {
        const length = chainAt(lower, i);
        const start = words[i];
        const end = words[i + length - 1];
        if (!length || !start || !end) continue;
        findings.push(
          finding('simple-tense', severity, start.from, end.to, 'Try a simpler tense, like “you take” or “you took”.', why.simpleTense)
        );
        i += length - 1;
      }
    }
    return findings;
  },
};
