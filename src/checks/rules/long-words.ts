import {finding, type BlockFinding, type BlockRule, type Profile, type Token} from '../rule.js';
import {sentenceWords} from '../sentence-words.js';
import {syllables} from '../syllables.js';
import {allowedLongWords} from '../words/allowed-long-words.js';
import {hardWordIndexFor} from './difficult-words.js';
import {flagOf, isAllowed, isProse, numberOf, severityOf, why} from './word-rule-support.js';

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

/** Whether a word (or a part of a hyphenated one) has 3 or more syllables. */
function hasLongPart(word: string): boolean {
  if (!word.includes('-')) return word.length > 0 && syllables(word) >= 3;
  return word.split('-').some((part) => part.length > 0 && syllables(part) >= 3);
}

/**
 * Whether a word token is a hard long word: 3+ syllables, not allowed, not a name or
 * abbreviation. `lower` is the token's normalised text (see `sentence-words.ts`).
 */
function isLongWord(
  token: Token,
  lower: string,
  first: boolean,
  next: Token | undefined,
  allowed: (word: string) => boolean,
  words: Profile['words']
): boolean {
  const word = lower.endsWith("'s") ? lower.slice(0, -2) : lower;
  // Most words are short: that settles it before the other, dearer tests.
  if (!hasLongPart(word)) return false;
  const text = token.text;
  if (!letters.test(text)) return false;
  const upper = text.toUpperCase();
  if (text === upper) return false;
  // A capital inside a sentence, or two capitalised words at its start, mark a name
  // (WCAG 3.1.5: leave out proper names).
  const capital = text[0] !== text[0]?.toLowerCase();
  if (capital && (!first || (next !== undefined && next.text[0] !== next.text[0]?.toLowerCase()))) return false;
  return isHardLongWord(word, allowed, words);
}

/**
 * Whether a (lower-case) word is long and not familiar: the part of {@link isLongWord} that
 * depends on the word alone. Remembered per organisation list of allowed words, as the same
 * long words come up again and again.
 */
function isHardLongWord(word: string, allowed: (word: string) => boolean, words: Profile['words']): boolean {
  // Without organisation words every profile answers alike: share one cache then.
  const key = words.allowed.size === 0 ? noOrgWords : words;
  let known = hardLongCache.get(key);
  if (!known) {
    known = new Map();
    hardLongCache.set(key, known);
  }
  let hard = known.get(word);
  if (hard === undefined) {
    hard = !allowed(word) && word.split('-').some((part) => part.length > 0 && syllables(part) >= 3 && !familiar(part, allowed));
    if (known.size >= 20_000) known.clear();
    known.set(word, hard);
  }
  return hard;
}

const hardLongCache = new WeakMap<object, Map<string, boolean>>();
const noOrgWords = {};

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
      const {tokens: words, lower, hashes} = sentenceWords(sentence);
      const long: Token[] = [];
      // Words difficult-words flags are left out; look them up only once a word is long.
      let listed: Set<number> | undefined;
      for (let i = 0; i < words.length; i++) {
        const token = words[i]!;
        if (!isLongWord(token, lower[i]!, i === 0, words[i + 1], allowed, profile.words)) continue;
        listed ??= new Set(index.find(words, block.text, lower, hashes).map((hit) => hit.from));
        if (!listed.has(token.from)) long.push(token);
      }
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
