import {finding, type BlockFinding, type BlockRule, type Token} from '../rule.js';
import {sentenceWords} from '../sentence-words.js';
import {adjectivalParticiples, beForms, irregularParticiples, passiveAdverbs} from '../words/participles.js';
import {isProse, severityOf, why} from './word-rule-support.js';

/** Whether a lower-case word is a past participle ("taken", "checked"). */
export function isParticiple(word: string): boolean {
  return irregularParticiples.has(word) || (word.length > 4 && word.endsWith('ed'));
}

/** Words before a participle that make it an adjective: "very worried", "so pleased". */
const degreeWords: ReadonlySet<string> = new Set(['very', 'so', 'really', 'quite', 'too', 'more', 'less', 'most', 'least', 'fully', 'deeply', 'extremely']);
/** Words after a participle that make it an adjective: "worried about", "scared of". */
const adjectiveComplements: ReadonlySet<string> = new Set(['about', 'of']);
/** Personal pronouns: "you are dissatisfied with…" says how a person is, not what was done to them. */
const personalPronouns: ReadonlySet<string> = new Set(['i', 'you', 'we', 'they', 'he', 'she']);
/** Prepositions after a participle that name no one who did it ("by" would). */
const prepositions: ReadonlySet<string> = new Set(['with', 'to', 'in', 'about', 'of', 'for', 'at', 'on']);
/** Participles that say what is still there when they end the clause: "how much is left", "they are gone". */
const clauseFinalStates: ReadonlySet<string> = new Set(['left', 'gone']);
/** Prepositions that lead to a date: "written in May 2024", "updated on 6 August 2026". */
const datePrepositions: ReadonlySet<string> = new Set(['in', 'on', 'from', 'since']);

/**
 * Whether the participle at `lower[j]` (after the "be" form at `lower[i]`) works as an
 * adjective, from the words around it rather than from a list:
 * - a degree word before it ("is very worried") or a negative "un-" ("is unexpected");
 * - "about" or "of" after it ("worried about", "scared of"), or "to" and an "-ing" word
 *   ("committed to helping");
 * - "left" or "gone" ending the sentence ("how much is left", "is there any left over");
 * - a personal pronoun, a present "be" and then a preposition other than "by" ("you are
 *   dissatisfied with your care", "we are committed to you"): a state, with no one doing it.
 */
function isAdjectiveUse(lower: readonly string[], i: number, j: number): boolean {
  const word = lower[j] ?? '';
  const next = lower[j + 1] ?? '';
  if (degreeWords.has(lower[j - 1] ?? '') || (word.startsWith('un') && word.length > 6)) return true;
  if (adjectiveComplements.has(next) || (next === 'to' && (lower[j + 2] ?? '').endsWith('ing'))) return true;
  if (clauseFinalStates.has(word) && (next === '' || next === 'over')) return true;
  const present = lower[i] === 'am' || lower[i] === 'is' || lower[i] === 'are';
  return present && personalPronouns.has(lower[i - 1] ?? '') && prepositions.has(next);
}

/**
 * Whether the tokens after `to` say when ("in May 2024", "on 6 August 2026", "in 2024"):
 * "This leaflet was written in May 2024" is the line the dates rule asks for, not a passive
 * to rewrite. `tokens` are the sentence's tokens; `from` is where to start looking in them.
 */
function datedAt(tokens: readonly Token[], from: number, to: number): {readonly dated: boolean; readonly next: number} {
  let k = from;
  while (k < tokens.length && tokens[k]!.from < to) k++;
  const first = tokens[k];
  const second = tokens[k + 1];
  const isDate = (token: Token | undefined) => token !== undefined && (token.kind === 'date' || /^(?:19|20)\d\d$/u.test(token.text));
  const dated = isDate(first) || (first !== undefined && datePrepositions.has(first.text.toLowerCase()) && isDate(second));
  return {dated, next: k};
}

/**
 * Flags the passive voice: a form of "be" followed (after at most two short adverbs, or
 * "being"/"been") by a past participle, as in "a pharmacy can be found" or "you will be
 * seen by a nurse". Participles that work as adjectives ("you are worried", "it is
 * located", "they are married", "is used to", "This is called…", "are very pleased", "is
 * committed to helping", "you are dissatisfied with") are not flagged, nor a line that
 * says when something was done ("This leaflet was written in May 2024"). A heuristic:
 * easy read warning, plain English info.
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
      let position = 0;
      for (let i = 0; i < words.length; i++) {
        if (!beForms.has(lower[i] ?? '')) continue;
        let j = i + 1;
        while (j < i + 3 && passiveAdverbs.has(lower[j] ?? '')) j++;
        const candidate = lower[j] ?? '';
        const start = words[i];
        const end = words[j];
        if (!start || !end || !isParticiple(candidate) || adjectivalParticiples.has(candidate)) continue;
        if (isAdjectiveUse(lower, i, j)) continue;
        const when = datedAt(sentence.tokens, position, end.to);
        position = when.next;
        if (when.dated) continue;
        findings.push(
          finding('passive-voice', severity, start.from, end.to, 'This may be passive. Say who does it.', why.passive)
        );
        i = j;
      }
    }
    return findings;
  },
};
