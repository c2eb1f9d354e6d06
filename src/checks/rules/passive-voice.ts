import {finding, type BlockFinding, type BlockRule} from '../rule.js';
import {sentenceWords} from '../sentence-words.js';
import {adjectivalParticiples, beForms, irregularParticiples, passiveAdverbs} from '../words/participles.js';
import {isProse, severityOf, why} from './word-rule-support.js';

/** Whether a lower-case word is a past participle ("taken", "checked"). */
export function isParticiple(word: string): boolean {
  return irregularParticiples.has(word) || (word.length > 4 && word.endsWith('ed'));
}

/**
 * Flags the passive voice: a form of "be" followed (after at most two short adverbs, or
 * "being"/"been") by a past participle, as in "a pharmacy can be found" or "you will be
 * seen by a nurse". Participles that work as adjectives ("you are worried", "it is
 * located", "they are married", "is used to", "This is called…") are not flagged. A
 * heuristic: easy read warning, plain English info.
 */
export const passiveVoice: BlockRule = {
  id: 'passive-voice',
  description: 'Use the active voice: say who does what.',
  scope: 'block',
  defaults: {
    'easy-read': {enabled: true, severity: 'warning'},
    plain: {enabled: true, severity: 'info'},
  },
  check({block, sentences, settings}) {
    if (!isProse(block.kind)) return [];
    const severity = severityOf(settings, 'severity', 'warning');
    const findings: BlockFinding[] = [];
    for (const sentence of sentences) {
      const {tokens: words, lower} = sentenceWords(sentence);
      for (let i = 0; i < words.length; i++) {
        if (!beForms.has(lower[i] ?? '')) continue;
        let j = i + 1;
        while (j < i + 3 && passiveAdverbs.has(lower[j] ?? '')) j++;
        const candidate = lower[j] ?? '';
        const start = words[i];
        const end = words[j];
        if (!start || !end || !isParticiple(candidate) || adjectivalParticiples.has(candidate)) continue;
        findings.push(
          finding('passive-voice', severity, start.from, end.to, 'This may be passive. Say who does it.', why.passive)
        );
        i = j;
      }
    }
    return findings;
  },
};
