import type {BlockRule} from '../rule.js';
import {numberFindings} from './number-findings.js';
import {groupDigits, warnInBothProfiles} from './structure-util.js';

/**
 * Flags numbers written as words ("three", "twenty-one", "two hundred") and offers the
 * digits ("3", "21", "200"), as the NHS style does for all numbers including 1 and 2.
 *
 * "one" is only flagged before a counted thing ("one tablet", "for one week"), so "one of",
 * "one at a time", "no one", "a one-off" and "the right one" are left alone. Also left alone:
 * hyphenated compounds ("two-thirds", "one-off"), spelled fractions ("two thirds"),
 * "a hundred", and number words with a capital inside a sentence (names such as "Ward Seven").
 * Settings: `severity`.
 */
export const numbersAsDigits: BlockRule = {
  id: 'numbers-as-digits',
  description: 'Write numbers as digits.',
  scope: 'block',
  defaults: warnInBothProfiles,
  check(context) {
    const text = context.block.text;
    const found = numberFindings('numbers-as-digits', context, 'NHS guidance: use digits for numbers, including 1 and 2.');
    for (const match of text.matchAll(numberWords)) {
      const phrase = match[0];
      const from = match.index;
      const to = from + phrase.length;
      if (!isCounting(phrase, text.slice(Math.max(0, from - 30), from), text.slice(to, to + 40))) continue;
      const value = wordsToNumber(phrase);
      if (value === undefined) continue;
      const digits = /million$/iu.test(phrase) ? `${groupDigits(value / 1_000_000)} million` : groupDigits(value);
      found.report(from, to, `Write this number as digits: ${digits}.`, digits);
    }
    return found.findings;
  },
};

const units: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const tens: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

const unit = 'one|two|three|four|five|six|seven|eight|nine';
const small = `(?:(?:${Object.keys(tens).join('|')})(?:[- ](?:${unit}))?|${Object.keys(units).reverse().join('|')})`;
/** A spelled-out number: "three", "twenty-one", "two hundred and fifty", "three thousand". */
const numberWords = new RegExp(
  `\\b${small}(?:\\s+hundred(?:\\s+and\\s+${small})?)?(?:\\s+(?:thousand|million)(?:\\s+(?:and\\s+)?${small})?)?\\b`,
  'giu'
);

/** Things counted with "one": "one tablet", "one week". */
const countedAfterOne =
  /^[\s-]*(?:more\s+)?(?:tablets?|capsules?|pills?|doses?|spoon(?:ful)?s?|teaspoons?(?:ful)?|tablespoons?|drops?|puffs?|sachets?|patch(?:es)?|injections?|jabs?|glass(?:es)?|cups?|litres?|pints?|units?|people|person|adults?|child(?:ren)?|hours?|minutes?|days?|weeks?|months?|years?|nights?)\b/iu;
const timeAfterOne = /^\s+(?:days?|weeks?|months?|years?|nights?)\b/iu;
/** "one or two", "one to three": a number word or digit after a link. */
const numberAfterLink = new RegExp(`^\\s+(?:or|to|and)\\s+(?:\\d|${small}\\b)`, 'iu');
const fractionAfter = /^(?:-|\s+(?:halves|thirds|quarters|fifths|sixths|sevenths|eighths|ninths|tenths)\b)/iu;
const sentenceStart = /(?:^|[.!?:]\s*|\n\s*)$/u;

/** Whether a number phrase counts something and should be written as digits. */
function isCounting(phrase: string, before: string, after: string): boolean {
  if (fractionAfter.test(after)) return false;
  if (/[-\p{L}]$/u.test(before)) return false;
  if (/\ba\s+$/iu.test(before) && /^(?:hundred|thousand|million)/iu.test(phrase)) return false;
  const atStart = sentenceStart.test(before);
  if (/^\p{Lu}/u.test(phrase) && !atStart) return false;
  if (/\bin\s+$/iu.test(before) && /^two$/iu.test(phrase) && /^\s+minds\b/iu.test(after)) return false;
  if (phrase.toLowerCase() !== 'one') return true;
  if (/\bno\s+$/iu.test(before)) return false;
  if (numberAfterLink.test(after)) return true;
  if (!countedAfterOne.test(after)) return false;
  // "One day you may…" means "some day"; "for one day" counts.
  return !(atStart && timeAfterOne.test(after));
}

/** The value of a spelled-out number, or `undefined` when a word is not a number word. */
export function wordsToNumber(phrase: string): number | undefined {
  let total = 0;
  let current = 0;
  for (const word of phrase.toLowerCase().split(/[\s-]+/u)) {
    if (word === 'and' || word === '') continue;
    const value = units[word] ?? tens[word];
    if (value !== undefined) current += value;
    else if (word === 'hundred') current = (current || 1) * 100;
    else if (word === 'thousand') {
      total += (current || 1) * 1000;
      current = 0;
    } else if (word === 'million') {
      total += (current || 1) * 1_000_000;
      current = 0;
    } else return undefined;
  }
  return total + current;
}
