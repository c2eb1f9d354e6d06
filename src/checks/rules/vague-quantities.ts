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

/** Phrases that say "how much" of a feeling as often as "how many": "It may hurt a little." */
const degreePhrases: ReadonlySet<string> = new Set(['a little', 'quite']);
/** Words after a degree phrase that show it says how much, not how many: "a little better". */
const degreeWords: ReadonlySet<string> = new Set(['more', 'less', 'better', 'worse', 'bit', 'sore', 'sick', 'tired', 'hot', 'cold', 'warm', 'uncomfortable', 'different']);

/**
 * Whether a degree phrase ending at `end` says how strongly, not how many: it ends its
 * clause ("hurt a little.", "a little, then…") or comes before a comparative or a feeling
 * ("a little better", "quite sore", "quite painful").
 */
function isDegree(text: string, end: number, after: {readonly from: number} | undefined, next: string | undefined): boolean {
  if (!after || /[,.;:!?)–—]/u.test(text.slice(end, after.from))) return true;
  return degreeWords.has(next ?? '') || adjectiveEnding.test(next ?? '');
}

const messages: Readonly<Record<VagueWord['kind'], string>> = {
  amount: 'How many? Try a number, like “1 in 10”.',
  time: 'When or how often? Try a time, like “within 2 days”.',
};

/**
 * Points out vague amounts and times ("some", "many", "a few", "soon", "regularly") and
 * suggests a number or a time instead ("1 in 10", "within 2 days"). Often fine in easy read
 * ("some people feel sick"), so it is only information. Fixed phrases ("the most", "at
 * most", "how many", "as soon as you can"), superlatives ("most important") and "a little"
 * or "quite" saying how strongly ("It may hurt a little.", "quite sore") are skipped.
 *
 * Off by default in easy read: on the quality set (`test/fixtures/quality/`) all 18 of its
 * findings on skilled easy read text were normal easy read ("Some people feel sick", "Most
 * people", "a few minutes"), 0% precise. Kept as information in plain English.
 */
export const vagueQuantitiesRule: BlockRule = {
  id: 'vague-quantities',
  description: 'Be specific about amounts and times.',
  scope: 'block',
  defaults: {
    'easy-read': {enabled: false, severity: 'info'},
    plain: {enabled: true, severity: 'info'},
  },
  check({block, sentences, profile, settings}) {
    if (!isProse(block.kind)) return [];
    const severity = severityOf(settings, 'severity', 'info');
    const findings: BlockFinding[] = [];
    for (const sentence of sentences) {
      const {tokens: words, lower, hashes} = sentenceWords(sentence);
      // Hits come in text order, so one index walks the words once for all of them.
      let at = 0;
      for (const hit of index.find(words, block.text, lower, hashes)) {
        while (at < words.length && words[at]!.from < hit.from) at++;
        let next = at;
        while (next < words.length && words[next]!.from < hit.to) next++;
        const before = words[at - 1];
        const after = words[next];
        if (!hit.key.includes(' ') && before && vagueExceptionsBefore.has(lower[at - 1] ?? '')) continue;
        if (hit.key === 'most' && after && adjectiveEnding.test(normaliseWord(after.text))) continue;
        if (degreePhrases.has(hit.key) && isDegree(block.text, hit.to, after, lower[next])) continue;
        if (isAllowed(profile, hit.key)) continue;
        findings.push(finding('vague-quantities', severity, hit.from, hit.to, messages[hit.value], why.vague));
      }
    }
    return findings;
  },
};
