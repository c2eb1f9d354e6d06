import type {RuleDefinition} from '../rule.js';
import {bigNumbers} from './big-numbers.js';
import {boldForKeyWords} from './bold-for-key-words.js';
import {commasPerSentence} from './commas-per-sentence.js';
import {contactInfo} from './contact-info.js';
import {dates} from './dates.js';
import {datesOnDocument} from './dates-on-document.js';
import {decimals} from './decimals.js';
import {documentLength} from './document-length.js';
import {fractions} from './fractions.js';
import {headings} from './headings.js';
import {hyphensDashes} from './hyphens-dashes.js';
import {imageAltText} from './image-alt-text.js';
import {listLength} from './list-length.js';
import {listsUseBullets} from './lists-use-bullets.js';
import {mixedNumberFormats} from './mixed-number-formats.js';
import {noItalics} from './no-italics.js';
import {noUnderline} from './no-underline.js';
import {numberRanges} from './number-ranges.js';
import {numbersAsDigits} from './numbers-as-digits.js';
import {oneIdeaPerSentence} from './one-idea-per-sentence.js';
import {paragraphLength} from './paragraph-length.js';
import {percentages} from './percentages.js';
import {pictureLeftTextRight} from './picture-left-text-right.js';
import {picturePerIdea} from './picture-per-idea.js';
import {romanNumerals} from './roman-numerals.js';
import {sentenceLength} from './sentence-length.js';
import {sentenceLengthAverage} from './sentence-length-average.js';
import {specialCharacters} from './special-characters.js';
import {times} from './times.js';

/**
 * The sentence, number, formatting, layout and document rules, in the order the rules file
 * lists them (shared/easy-read-rules.md §1a, §1b, §1c). Each rule's file is named by its id.
 *
 * Layout rules that need a rendered export (font size and family, line spacing and length,
 * contrast, left alignment, no split across pages, page counts) are not here: there is no
 * export to measure yet.
 */
export const structureRules: readonly RuleDefinition[] = [
  sentenceLength,
  sentenceLengthAverage,
  oneIdeaPerSentence,
  commasPerSentence,
  numbersAsDigits,
  bigNumbers,
  percentages,
  mixedNumberFormats,
  decimals,
  fractions,
  numberRanges,
  dates,
  times,
  specialCharacters,
  hyphensDashes,
  romanNumerals,
  noItalics,
  noUnderline,
  boldForKeyWords,
  pictureLeftTextRight,
  picturePerIdea,
  imageAltText,
  listsUseBullets,
  listLength,
  paragraphLength,
  headings,
  contactInfo,
  datesOnDocument,
  documentLength,
];
