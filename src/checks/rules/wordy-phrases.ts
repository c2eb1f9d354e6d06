import {finding, type BlockFinding, type BlockRule} from '../rule.js';
import {sentenceWords} from '../sentence-words.js';
import type {Suggestion} from '../types.js';
import {TermIndex} from '../words/term-index.js';
import {matchCase} from '../words/text-case.js';
import {wordyPhrases} from '../words/wordy-phrases.js';
import {isAllowed, isProse, messageWordCount, severityOf, why} from './word-rule-support.js';

const index = new TermIndex<readonly string[]>(wordyPhrases.map((entry) => [entry.phrase, entry.short]), {inflect: false});

function message(phrase: string, short: string): string {
  const text = short ? `Write “${short}”, not “${phrase}”.` : `You can leave out “${phrase}”.`;
  if (messageWordCount(text) < 15) return text;
  return short ? `Write “${short}” instead.` : 'You can leave out these words.';
}

/**
 * Flags wordy phrases ("in order to", "prior to", "in the event of", "for a period of") and
 * offers the short form, in the same capitals. Some phrases can simply go ("please note
 * that"): the fix then removes them with the space after, and capitalises the next word
 * when the phrase started the sentence.
 */
export const wordyPhrasesRule: BlockRule = {
  id: 'wordy-phrases',
  description: 'Cut unnecessary words: "to", not "in order to".',
  scope: 'block',
  defaults: {
    'easy-read': {enabled: true, severity: 'warning'},
    plain: {enabled: true, severity: 'warning'},
  },
  check({block, sentences, profile, settings}) {
    if (!isProse(block.kind)) return [];
    const severity = severityOf(settings, 'severity', 'warning');
    const text = block.text;
    const findings: BlockFinding[] = [];
    for (const sentence of sentences) {
      const {tokens: words, lower, hashes} = sentenceWords(sentence);
      for (const hit of index.find(words, text, lower, hashes)) {
        const phrase = text.slice(hit.from, hit.to);
        if (isAllowed(profile, hit.key)) continue;
        let to = hit.to;
        const fixes: Suggestion[] = [];
        for (const short of hit.value) {
          if (short) {
            const replacement = matchCase(phrase, short);
            fixes.push({label: `Write “${replacement}”`, replacement});
            continue;
          }
          // Removing: take the following space, and the next word if it must gain a capital.
          const next = words.find((word) => word.from >= hit.to);
          const startsSentence = words[0]?.from === hit.from;
          if (next && /^\s+$/.test(text.slice(hit.to, next.from))) {
            to = startsSentence ? next.to : next.from;
            const replacement = startsSentence ? matchCase(phrase, next.text.charAt(0)) + next.text.slice(1) : '';
            fixes.push({label: 'Remove these words', replacement});
          }
        }
        findings.push(finding('wordy-phrases', severity, hit.from, to, message(phrase, hit.value[0] ?? ''), why.wordy, fixes));
      }
    }
    return findings;
  },
};
