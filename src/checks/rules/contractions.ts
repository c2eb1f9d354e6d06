import {finding, type BlockFinding, type BlockRule} from '../rule.js';
import type {Severity} from '../types.js';
import {contractions as contractionList, type Contraction} from '../words/contractions.js';
import {normaliseWord} from '../words/term-index.js';
import {matchCase} from '../words/text-case.js';
import {flagOf, inside, isProse, quotedRanges, severityOf, why, wordTokens} from './word-rule-support.js';

/** NHS A to Z: "Don't" is fine as the heading of a Do and Don't list. */
const dontHeading = /^\s*don['’]t\s*:?\s*$/i;

function quotedForms(expansions: readonly string[]): string {
  return expansions.map((form) => `“${form}”`).join(' or ');
}

/**
 * Flags contractions and offers the full form as a fix ("can't" → "cannot", "Don't" →
 * "Do not"). Easy read: every contraction (Norfolk: "'cannot' instead of 'can't'"). Plain
 * English (NHS punctuation guide): negative contractions are an error, "should've" and the
 * like a warning, positive ones ("you'll") fine. Possessives ("doctor's"), "o'clock",
 * quoted speech and a "Don't" list heading are never flagged.
 */
export const contractions: BlockRule = {
  id: 'contractions',
  description: 'Write words in full: "cannot", not "can\'t".',
  scope: 'block',
  defaults: {
    'easy-read': {enabled: true, negative: 'warning', perfect: 'warning', positive: true, positiveSeverity: 'warning'},
    plain: {enabled: true, negative: 'error', perfect: 'warning', positive: false, positiveSeverity: 'info'},
  },
  check({block, sentences, settings}) {
    if (!isProse(block.kind)) return [];
    if (block.kind === 'heading' && dontHeading.test(block.text)) return [];
    const negative = severityOf(settings, 'negative', 'warning');
    const perfect = severityOf(settings, 'perfect', 'warning');
    const positive = flagOf(settings, 'positive', true);
    const positiveSeverity = severityOf(settings, 'positiveSeverity', 'warning');
    const severityFor = (entry: Contraction): Severity | null =>
      entry.negative ? negative : entry.perfect ? perfect : positive ? positiveSeverity : null;
    const quotes = quotedRanges(block.text);
    const findings: BlockFinding[] = [];
    for (const sentence of sentences) {
      for (const token of wordTokens(sentence)) {
        if (!/['’]/.test(token.text)) continue;
        const entry = contractionList.get(normaliseWord(token.text));
        const severity = entry ? severityFor(entry) : null;
        if (!entry || !severity || inside(quotes, token.from, token.to)) continue;
        const fixes = entry.expansions.map((form) => matchCase(token.text, form));
        findings.push(
          finding(
            'contractions',
            severity,
            token.from,
            token.to,
            `Write ${quotedForms(fixes)}, not “${token.text}”.`,
            why.contractions,
            fixes.map((replacement) => ({label: `Write “${replacement}”`, replacement}))
          )
        );
      }
    }
    return findings;
  },
};
