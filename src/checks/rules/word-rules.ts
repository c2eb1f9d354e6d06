import type {RuleDefinition} from '../rule.js';
import {abbreviations} from './abbreviations.js';
import {checkersFoundHard} from './checkers-found-hard.js';
import {addressReaderAsYou} from './address-reader-as-you.js';
import {consistentTerms} from './consistent-terms.js';
import {contractions} from './contractions.js';
import {defineAtFirstUse} from './define-at-first-use.js';
import {difficultWords} from './difficult-words.js';
import {doubleNegatives} from './double-negatives.js';
import {glossaryConsistency} from './glossary-consistency.js';
import {latinForeignShortforms} from './latin-foreign-shortforms.js';
import {longWords} from './long-words.js';
import {medicalJargonExplained} from './medical-jargon-explained.js';
import {metaphorIdiom} from './metaphor-idiom.js';
import {negatives} from './negatives.js';
import {noAllCaps} from './no-all-caps.js';
import {nominalisations} from './nominalisations.js';
import {passiveVoice} from './passive-voice.js';
import {pronounReference} from './pronoun-reference.js';
import {simpleTense} from './simple-tense.js';
import {vagueQuantitiesRule} from './vague-quantities.js';
import {wordyPhrasesRule} from './wordy-phrases.js';

/**
 * The word-level rules, in the order easy-read-rules.md §6 suggests: word lists and
 * regular patterns first, then the heuristics shown as suggestions, then the document-wide
 * checks. Each rule is in its own file, named by its id.
 */
export const wordRules: readonly RuleDefinition[] = [
  difficultWords,
  checkersFoundHard,
  longWords,
  latinForeignShortforms,
  contractions,
  wordyPhrasesRule,
  metaphorIdiom,
  noAllCaps,
  passiveVoice,
  negatives,
  doubleNegatives,
  vagueQuantitiesRule,
  nominalisations,
  pronounReference,
  simpleTense,
  abbreviations,
  medicalJargonExplained,
  defineAtFirstUse,
  glossaryConsistency,
  addressReaderAsYou,
  consistentTerms,
];
