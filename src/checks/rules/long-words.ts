import {finding, type BlockFinding, type BlockRule, type Token} from '../rule.js';
import {syllables} from '../syllables.js';
import {allowedLongWords} from '../words/allowed-long-words.js';
import {normaliseWord} from '../words/term-index.js';
import {hardWordIndexFor} from './difficult-words.js';
import {flagOf, isAllowed, isProse, numberOf, severityOf, why, wordTokens} from './word-rule-support.js';

/** Endings that do not make a word harder (MYGOV: "except standard prefixes and suffixes"). */
const suffixes = /(?:ing|ed|es|ly|er|s)$/;
const prefixes = /^(?:un|re|pre|dis|non|mis|over|under|out)(?=\p{L}{3})/u;
const letters = /^[\p{L}'’-]+$/u;

function familiar(word: string, allowed: (word: string) => boolean): boolean {
  if (allowed(word) || (word.endsWith('ies') && allowed(`${word.slice(0, -3)}y`))) return true;
  const stem = word.replace(suffixes, '');
  if (stem.length >= 3 && stem !== word && (allowed(stem) || allowed(`${stem}e`) || syllables(stem) < 3)) return true;
  const root = word.replace(prefixes, '');
  return root !== word && (allowed(root) || syllables(root) < 3);
}

/** Whether a word token is a hard long word: 3+ syllables, not allowed, not a name or abbreviation. */
function isLongWord(token: Token, first: boolean, next: Token | undefined, allowed: (word: string) => boolean): boolean {
  const text = token.text;
  if (!letters.test(text)) return false;
  const upper = text.toUpperCase();
  if (text === upper) return false;
  // A capital inside a sentence, or two capitalised words at its start, mark a name
  // (WCAG 3.1.5: leave out proper names).
  const capital = text[0] !== text[0]?.toLowerCase();
  if (capital && (!first || (next !== undefined && next.text[0] !== next.text[0]?.toLowerCase()))) return false;
  const word = normaliseWord(text).replace(/'s$/, '');
  if (allowed(word)) return false;
  return word.split('-').some((part) => part.length > 0 && syllables(part) >= 3 && !familiar(part, allowed));
}

/**
 * Flags words of 3 or more syllables (info per word) and sentences with more than
 * `maxPerSentence` of them (warning). Familiar long words ("hospital", "appointment"), words
 * whose only extra syllable is a standard ending or prefix ("reminded", "unhealthy"), names,
 * abbreviations, organisation-allowed words and words difficult-words already flags are left
 * out. Plain English: off by default (there, long words feed the SMOG score).
 */
export const longWords: BlockRule = {
  id: 'long-words',
  description: 'Prefer short words: flag words of 3 or more syllables.',
  scope: 'block',
  defaults: {
    'easy-read': {enabled: true, perWord: true, wordSeverity: 'info', maxPerSentence: 2, sentenceSeverity: 'warning'},
    plain: {enabled: false, perWord: false, wordSeverity: 'info', maxPerSentence: 4, sentenceSeverity: 'info'},
  },
  check({block, sentences, profile, settings}) {
    if (!isProse(block.kind) || block.kind === 'hard-word-term') return [];
    const perWord = flagOf(settings, 'perWord', true);
    const max = numberOf(settings, 'maxPerSentence', 2);
    const wordSeverity = severityOf(settings, 'wordSeverity', 'info');
    const sentenceSeverity = severityOf(settings, 'sentenceSeverity', 'warning');
    const index = hardWordIndexFor(profile.words.replace);
    const allowed = (word: string) => allowedLongWords.has(word) || isAllowed(profile, word);
    const findings: BlockFinding[] = [];
    for (const sentence of sentences) {
      const words = wordTokens(sentence);
      const listed = new Set(index.find(words, block.text).map((hit) => hit.from));
      const long = words.filter((token, i) => !listed.has(token.from) && isLongWord(token, i === 0, words[i + 1], allowed));
      if (perWord) {
        for (const token of long) {
          findings.push(
            finding('long-words', wordSeverity, token.from, token.to, `“${token.text}” is a long word. Try a shorter one.`, why.shortWords)
          );
        }
      }
      if (long.length > max) {
        findings.push(
          finding(
            'long-words',
            sentenceSeverity,
            sentence.from,
            sentence.to,
            `This sentence has ${long.length} long words. Try shorter words.`,
            why.shortWords
          )
        );
      }
    }
    return findings;
  },
};
