import {nhsAToZWords} from './nhs-a-to-z-words.js';
import {plainLanguageWords} from './plain-language-words.js';
import {ukHealthTerms} from './uk-health-terms.js';
import type {WordEntry} from './word-entry.js';

/**
 * All built-in hard words, from the three sources, in one list. Terms are unique across
 * the sources (a test checks this), so a term has exactly one source.
 */
export const hardWords: readonly WordEntry[] = [...plainLanguageWords, ...nhsAToZWords, ...ukHealthTerms];

/** Hard words by lower-case term. */
export const hardWordsByTerm: ReadonlyMap<string, WordEntry> = new Map(
  hardWords.map((entry) => [entry.term.toLowerCase(), entry])
);

/**
 * Lower-case medical terms that may have to stay and must then be explained at first use
 * (the built-in "explain it" list; organisations add to it with `mustExplain`).
 */
export const medicalTerms: ReadonlySet<string> = new Set(
  hardWords.filter((entry) => entry.medical).map((entry) => entry.term.toLowerCase())
);
