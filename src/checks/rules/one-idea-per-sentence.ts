import {finding, type BlockFinding, type BlockRule, type Sentence, type Token} from '../rule.js';
import {nounStarts} from './noun-starts.js';
import {bodyKinds, numberSetting, severitySetting, trimmedSpan} from './structure-util.js';

/**
 * Hints that a sentence holds more than one idea, by counting clause links
 * (and, but, or, so, because, which, if, when). It is a heuristic, so it never errors
 * and offers no fix.
 *
 * Links that join nouns do not count: "and"/"or" before a determiner, pronoun object or
 * number ("you and your carer", "1 or 2 tablets"), nor before one last word that ends the
 * clause ("if you feel low or stressed.", "a cut or sore that…", "hurt or very ill."), "so" as an intensifier ("so much"), and
 * an "If" or "When" that opens the sentence with its condition, and an "and"/"or" right
 * before another link ("Go every 6 months, or when your dentist says.": one link, not two).
 * Settings: `minLinks` (how many links make a finding) and `severity`.
 */
export const oneIdeaPerSentence: BlockRule = {
  id: 'one-idea-per-sentence',
  description: 'Put one idea in each sentence.',
  scope: 'block',
  defaults: {
    'easy-read': {enabled: true, minLinks: 2, severity: 'warning'},
    plain: {enabled: true, minLinks: 3, severity: 'info'},
  },
  check({block, sentences, settings}) {
    if (!bodyKinds.has(block.kind)) return [];
    const minLinks = numberSetting(settings, 'minLinks', 2);
    const severity = severitySetting(settings, 'severity', 'warning');
    const findings: BlockFinding[] = [];
    for (const sentence of sentences) {
      if (clauseLinks(sentence) < minLinks) continue;
      const {from, to} = trimmedSpan(sentence);
      findings.push(
        finding(
          'one-idea-per-sentence',
          severity,
          from,
          to,
          'This sentence may have more than one idea. Try splitting it.',
          'Easy read guidance: one idea and one verb in each sentence.'
        )
      );
    }
    return findings;
  },
};

const links = new Set(['and', 'but', 'or', 'so', 'because', 'which', 'if', 'when']);

/** Words after "and"/"or" that, like {@link nounStarts}, show it joins amounts ("more or less"). */
const comparatives = new Set(['more', 'less']);


/** Words that can stand before the last word a link joins: "or very ill". */
const degreeWords = new Set(['very', 'really', 'quite', 'too', 'so', 'more', 'less', 'badly']);

/** Words after "so" that make it an intensifier ("so much"), not a link. */
const soIntensified = new Set(['much', 'many', 'long', 'far', 'little', 'few', 'often', 'well', 'bad', 'good', 'important']);

/** Words that start a clause describing the word before them: "a cut or sore that does not heal". */
const relatives = new Set(['that', 'who', 'which']);

/**
 * Whether "and"/"or" before `next` joins one last word, not a clause: `next` is a word and
 * the clause ends after it (the sentence ends, punctuation follows, or "that", "who", "which").
 */
function joinsLastWord(sentence: Sentence, next: Token, after: Token | undefined): boolean {
  if (next.kind !== 'word') return false;
  if (!after) return true;
  const gap = sentence.text.slice(next.to - sentence.from, after.from - sentence.from);
  return /[,.;:!?)]/.test(gap) || after.kind === 'symbol' || relatives.has(after.text.toLowerCase());
}

/** Counts the clause links in a sentence, skipping links that join nouns. */
export function clauseLinks(sentence: Sentence): number {
  const tokens = sentence.tokens;
  const firstWord = tokens.findIndex((t) => t.kind !== 'symbol');
  const question = sentence.text.trimEnd().endsWith('?');
  let count = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token || token.kind !== 'word') continue;
    const word = token.text.toLowerCase();
    if (!links.has(word)) continue;
    const next = tokens[i + 1];
    const previous = tokens[i - 1];
    // Commas are not tokens: look at the gap between the previous token and this one.
    const gap = previous ? sentence.text.slice(previous.to - sentence.from, token.from - sentence.from) : '';
    const afterComma = gap.includes(',');
    if (word === 'and' || word === 'or') {
      if (!next || next.kind === 'number') continue;
      // "or when …", "and if …": the link after it is counted; the pair joins one clause.
      if (links.has(next.text.toLowerCase())) continue;
      if (!afterComma && (nounStarts.has(next.text.toLowerCase()) || comparatives.has(next.text.toLowerCase()))) continue;
      if (!afterComma && joinsLastWord(sentence, next, tokens[i + 2])) continue;
      // "badly hurt or very ill": a degree word before the last word still joins one word.
      const last = tokens[i + 2];
      if (!afterComma && degreeWords.has(next.text.toLowerCase()) && last && joinsLastWord(sentence, last, tokens[i + 3])) continue;
      // "and/or" between two single words of the same shape ("tea or coffee") is still counted;
      // without a tagger we cannot tell nouns from verbs, which is why this is only a hint.
    }
    if (word === 'so' && next && soIntensified.has(next.text.toLowerCase())) continue;
    if (word === 'so' && !next) continue;
    // A question word at the start ("Which…?", "When…?") asks; it does not join clauses. An
    // opening "If…" or "When…" sets the condition of the one thing to do ("If you forget a
    // tablet, take it when you remember."), which is one idea.
    if (i === firstWord && (word === 'which' || word === 'if' || word === 'when')) continue;
    count++;
  }
  return count;
}
