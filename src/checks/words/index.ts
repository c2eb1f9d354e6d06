import type {WordSettings} from '../rule.js';
import {allowedLongWords} from './allowed-long-words.js';
import {hardWords, medicalTerms} from './hard-words.js';

/**
 * The built-in word lists, for the word rules and for settings screens. Each list is its
 * own module; see `SOURCES.md` for where each comes from and under which licence.
 */
export {abbreviationAllowances, knownAbbreviations, shoutedWords, wellKnownAbbreviations} from './abbreviations.js';
export {allowedLongWords} from './allowed-long-words.js';
export {contractions, type Contraction} from './contractions.js';
export {hardWords, hardWordsByTerm, medicalTerms} from './hard-words.js';
export type {Idiom} from './idiom.js';
export {idioms} from './idioms.js';
export {shortForms, type ShortForm} from './latin-shortforms.js';
export {negators} from './negators.js';
export {nhsAToZWords} from './nhs-a-to-z-words.js';
export {hiddenVerbs, normalNouns} from './nominalisations.js';
export {plainLanguageWords} from './plain-language-words.js';
export {readerTerms} from './reader-terms.js';
export {synonymSets, type SynonymSet} from './synonym-sets.js';
export {ukHealthTerms} from './uk-health-terms.js';
export {vagueQuantities} from './vague-quantities.js';
export type {WordEntry, WordSource} from './word-entry.js';
export {wordyPhrases, type WordyPhrase} from './wordy-phrases.js';

/**
 * The built-in lists in the shape of `WordSettings`, for a settings resolver that merges an
 * organisation's lists over them: familiar long words (allowed), every hard word with its
 * alternatives (replace) and the medical terms (mustExplain); checkers' words come only from the organisation. The word rules read the
 * built-in lists themselves, so a profile with empty word settings still gets them.
 */
export const builtInWordSettings: WordSettings = {
  allowed: allowedLongWords,
  replace: new Map(hardWords.map((entry) => [entry.term.toLowerCase(), entry.plain])),
  mustExplain: medicalTerms,
  checkersFoundHard: new Map(),
};
