import {placeFindings, sameBlockFindings} from '../place-findings.js';
import type {BlockFinding, DocumentRule, Token} from '../rule.js';
import type {Finding} from '../types.js';
import {bodyKinds, booleanSetting, numberSetting} from './structure-util.js';

/**
 * Checks the use of bold in body text (paragraphs, rows, list items, hard-word meanings;
 * bold glossary terms are fine).
 *
 * Easy read uses bold sparingly for key or hard words: a bold run of more than `maxRunWords`
 * words is a warning on that run, and bold words making up more than `maxShare` of the body
 * words (in a document of at least `minWords` words) is a warning on the whole document.
 * Plain English follows the NHS rule "do not use bold to emphasise text": with `anyBold`,
 * every bold run is a warning.
 */
export const boldForKeyWords: DocumentRule<BoldFacts> = {
  id: 'bold-for-key-words',
  description: 'Use bold only for a few key words.',
  scope: 'document',
  defaults: {
    'easy-read': {enabled: true, maxRunWords: 3, maxShare: 0.1, minWords: 20, anyBold: false},
    plain: {enabled: true, maxRunWords: 3, maxShare: 0.1, minWords: 20, anyBold: true},
  },
  collect({block, sentences}, {settings}) {
    if (!bodyKinds.has(block.kind)) return notBody;
    const maxRunWords = numberSetting(settings, 'maxRunWords', 3);
    const anyBold = booleanSetting(settings, 'anyBold', false);
    const tokens: Token[] = [];
    for (const sentence of sentences) for (const token of sentence.tokens) if (token.kind !== 'symbol') tokens.push(token);
    const runs = block.runs.filter((run) => run.format === 'bold');
    if (runs.length === 0) return {bodyWords: tokens.length, boldWords: 0, findings: []};
    const findings: BlockFinding[] = [];
    let boldWords = 0;
    // Runs and tokens are both in text order, so one pass with a moving start counts them.
    let start = 0;
    let counted = -1;
    for (const run of runs) {
      while (start < tokens.length && (tokens[start]?.to ?? Infinity) <= run.from) start++;
      let count = 0;
      for (let i = start; i < tokens.length && (tokens[i]?.from ?? Infinity) < run.to; i++) {
        count++;
        // A token split over two runs counts once towards the bold share.
        if (i > counted) {
          boldWords++;
          counted = i;
        }
      }
      if (count === 0) continue;
      if (anyBold) {
        findings.push(result(run, 'Do not use bold to make words stand out.', nhsWhy));
      } else if (count > maxRunWords) {
        findings.push(result(run, `Only bold a few key words, not ${count} words.`, easyReadWhy));
      }
    }
    return {bodyWords: tokens.length, boldWords, findings};
  },
  combine(collected, {settings}) {
    const maxShare = numberSetting(settings, 'maxShare', 0.1);
    const minWords = numberSetting(settings, 'minWords', 20);
    const anyBold = booleanSetting(settings, 'anyBold', false);
    const findings: Finding[] = [];
    let bodyWords = 0;
    let boldWords = 0;
    for (let index = 0; index < collected.length; index++) {
      const facts = collected[index]!;
      bodyWords += facts.bodyWords;
      boldWords += facts.boldWords;
      if (facts.findings.length > 0) findings.push(...placeFindings(facts.findings, index));
    }
    if (!anyBold && bodyWords >= minWords && boldWords / bodyWords > maxShare) {
      const message = `Too much bold text: ${boldWords} of ${bodyWords} words. Bold only key words.`;
      findings.push({...result({from: 0, to: 0}, message, easyReadWhy), block: -1});
    }
    return findings;
  },
  same: sameBoldFacts,
};

/** What one block tells the rule: its body words, its bold words and its bold-run findings. */
interface BoldFacts {
  readonly bodyWords: number;
  readonly boldWords: number;
  readonly findings: readonly BlockFinding[];
}

const notBody: BoldFacts = Object.freeze({bodyWords: 0, boldWords: 0, findings: []});

const easyReadWhy = 'Easy read guidance: use bold for a few key or hard words only.';
const nhsWhy = 'NHS guidance: do not use bold to emphasise text.';

function result(run: {from: number; to: number}, message: string, why: string): BlockFinding {
  return {rule: 'bold-for-key-words', severity: 'warning', message, why, from: run.from, to: run.to, suggestions: []};
}

/** Whether two blocks tell the rule the same. */
function sameBoldFacts(a: BoldFacts, b: BoldFacts): boolean {
  return a.bodyWords === b.bodyWords && a.boldWords === b.boldWords && sameBlockFindings(a.findings, b.findings);
}
