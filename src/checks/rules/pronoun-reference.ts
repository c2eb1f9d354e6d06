import {finding, type BlockFinding, type BlockRule} from '../rule.js';
import {sentenceWords} from '../sentence-words.js';
import {runningTextKinds, severityOf, why} from './word-rule-support.js';

const personal: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it']);
const demonstrative: ReadonlySet<string> = new Set(['this', 'that', 'these', 'those']);
/** Words after "this"/"that" that show it stands alone as a pronoun ("This is…", "That helps"). */
const verbs: ReadonlySet<string> = new Set([
  'is', 'was', 'are', 'were', 'will', 'can', 'may', 'might', 'could', 'should', 'would', 'must', 'helps',
  'happens', 'happened', 'includes', 'does', 'did', 'has', 'have', 'had', 'makes', 'made', 'shows', 'gives',
  'lets', 'stops', 'works', 'needs', 'depends', 'matters', "isn't", "wasn't", "won't", "can't", "doesn't",
  "it's", "that's",
]);

/** Whether the sentence introduces or explains a word: "This means…", "It is called…". */
function explains(lower: readonly string[]): boolean {
  const [, second, third, fourth] = lower;
  return second === 'means' || (second === 'is' && (third === 'called' || (third === 'sometimes' && fourth === 'called')));
}

/**
 * Points out sentences that start with a pronoun ("It", "They", "This is…"): the reader may
 * not know what it stands for (info). "This leaflet…" (a determiner before a noun) and the
 * easy read explanation forms "This means…" and "It is called…" are not flagged.
 * Running text only; easy read only by default.
 */
export const pronounReference: BlockRule = {
  id: 'pronoun-reference',
  description: 'Use nouns, not pronouns, at the start of a sentence.',
  scope: 'block',
  defaults: {
    'easy-read': {enabled: true, severity: 'info'},
    plain: {enabled: false, severity: 'info'},
  },
  check({block, sentences, settings}) {
    if (!runningTextKinds.has(block.kind)) return [];
    const severity = severityOf(settings, 'severity', 'info');
    const findings: BlockFinding[] = [];
    for (const sentence of sentences) {
      const {tokens: words, lower} = sentenceWords(sentence);
      const first = words[0];
      if (!first || sentence.tokens[0] !== first) continue;
      const word = (lower[0] ?? '').split("'")[0] ?? '';
      const next = lower[1];
      const flagged = personal.has(word) || (demonstrative.has(word) && (next === undefined || verbs.has(next)));
      if (!flagged || explains(lower)) continue;
      findings.push(
        finding('pronoun-reference', severity, first.from, first.to, `Who or what is “${first.text}”? Try naming it.`, why.pronouns)
      );
    }
    return findings;
  },
};
