import {finding, type BlockFinding, type BlockRule} from '../rule.js';
import {sentenceWords} from '../sentence-words.js';
import {TermIndex, normaliseWord} from '../words/term-index.js';
import {vagueExceptionsBefore, vagueQuantities, type VagueWord} from '../words/vague-quantities.js';
import {isAllowed, isProse, severityOf, why} from './word-rule-support.js';

const index = new TermIndex<VagueWord['kind']>(
  vagueQuantities.map((word) => [word.phrase, word.kind]),
  {inflect: false}
);

/** "most important", "most likely": "most" making a superlative, not an amount. */
const adjectiveEnding = /(?:ly|ful|ant|ent|ive|able|ible|ous|al|ic|ed|est|ing)$|^(?:important|common|serious|useful|likely|people's)$/;

const messages: Readonly<Record<VagueWord['kind'], string>> = {
  amount: 'How many? Try a number, like “1 in 10”.',
  time: 'When or how often? Try a time, like “within 2 days”.',
};

/**
 * Points out vague amounts and times ("some", "many", "a few", "soon", "regularly") and
 * suggests a number or a time instead ("1 in 10", "within 2 days"). Often fine in easy read
 * ("some people feel sick"), so it is only information. Fixed phrases ("the most", "at
 * most", "how many", "as soon as you can") and superlatives ("most important") are skipped.
 */
export const vagueQuantitiesRule: BlockRule = {
  id: 'vague-quantities',
  description: 'Be specific about amounts and times.',
  scope: 'block',
  defaults: {
    'easy-read': {enabled: true, severity: 'info'},
    plain: {enabled: true, severity: 'info'},
  },
  check({block, sentences, profile, settings}) {
    if (!isProse(block.kind)) return [];
    const severity = severityOf(settings, 'severity', 'info');
    const findings: BlockFinding[] = [];
    for (const sentence of sentences) {
      const {tokens: words, lower, hashes} = sentenceWords(sentence);
      for (const hit of index.find(words, block.text, lower, hashes)) {
        const at = words.findIndex((word) => word.from === hit.from);
        const before = words[at - 1];
        const after = words.find((word) => word.from >= hit.to);
        if (!hit.key.includes(' ') && before && vagueExceptionsBefore.has(lower[at - 1] ?? '')) continue;
        if (hit.key === 'most' && after && adjectiveEnding.test(normaliseWord(after.text))) continue;
        if (isAllowed(profile, hit.key)) continue;
        findings.push(finding('vague-quantities', severity, hit.from, hit.to, messages[hit.value], why.vague));
      }
    }
    return findings;
  },
};
