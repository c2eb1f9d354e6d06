import {finding, type BlockFinding, type BlockRule, type CheckerWord} from '../rule.js';
import {sentenceWords} from '../sentence-words.js';
import {TermIndex} from '../words/term-index.js';
import {matchCase} from '../words/text-case.js';
import {warnInBothProfiles} from './structure-util.js';
import {isAllowed, isProse, severityOf} from './word-rule-support.js';

/** One index per organisation list (the profile keeps the same map while settings stay the same). */
const indexes = new WeakMap<ReadonlyMap<string, CheckerWord>, TermIndex<CheckerWord>>();

function indexFor(words: ReadonlyMap<string, CheckerWord>): TermIndex<CheckerWord> {
  let index = indexes.get(words);
  if (!index) {
    index = new TermIndex(words, {inflect: false});
    indexes.set(words, index);
  }
  return index;
}

/** "1 checker found this word hard", "3 checkers found this phrase hard". */
export function checkersMessage(entry: CheckerWord): string {
  const what = /\s/.test(entry.word) ? 'phrase' : 'word';
  return `${entry.count} ${entry.count === 1 ? 'checker' : 'checkers'} found this ${what} hard.`;
}

const why = 'Easy read guidance: people with a learning disability check the words. Listen to them.';

/**
 * "The group teaches the checker": flags the words and phrases the organisation's checkers
 * marked hard in earlier documents (`words.checkersFoundHard`, from `GET /api/checker-words`),
 * saying how many of them did, with the plain word `instead` as the fix when there is one
 * ("Change to …"). Whole words and phrases, any case, found in one pass over each sentence's
 * words however long the list. Words the organisation allows are not flagged. Nothing to do
 * without the list.
 */
export const checkersFoundHard: BlockRule = {
  id: 'checkers-found-hard',
  description: 'Change the words your checkers found hard.',
  scope: 'block',
  defaults: warnInBothProfiles,
  check({block, sentences, profile, settings}) {
    const words = profile.words.checkersFoundHard;
    if (words.size === 0 || !isProse(block.kind)) return [];
    const index = indexFor(words);
    const severity = severityOf(settings, 'severity', 'warning');
    const findings: BlockFinding[] = [];
    for (const sentence of sentences) {
      const {tokens, lower, hashes} = sentenceWords(sentence);
      for (const hit of index.find(tokens, block.text, lower, hashes)) {
        const text = block.text.slice(hit.from, hit.to);
        if (isAllowed(profile, text)) continue;
        const instead = hit.value.instead;
        const suggestions = instead ? [{label: `Change to “${instead}”`, replacement: matchCase(text, instead)}] : [];
        findings.push(finding('checkers-found-hard', severity, hit.from, hit.to, checkersMessage(hit.value), why, suggestions));
      }
    }
    return findings;
  },
};
