import type {BlockRule} from '../rule.js';
import {numberFindings} from './number-findings.js';
import {matchCapital, startsSentence, warnInBothProfiles} from './structure-util.js';

/**
 * Flags fraction symbols ("½", "¼", "¾") and fractions written with a slash ("1/2", "3/4")
 * and offers words: "half", "a quarter", "three-quarters", "a third", "two-thirds". Other
 * fractions are flagged with no fix. A whole number before the fraction is kept
 * ("1½" → "1 and a half").
 *
 * A slash between numbers is only a fraction when the top is smaller than the bottom and the
 * bottom is 10 or less, and no date word comes before it ("on 1/2"), so dates such as
 * "6/8" or "06/08/2026" are left to the `dates` rule, and "24/7" is not a fraction.
 * Settings: `severity`.
 */
export const fractions: BlockRule = {
  id: 'fractions',
  description: 'Write fractions as words, like "half".',
  scope: 'block',
  defaults: warnInBothProfiles,
  check(context) {
    const {block, sentences} = context;
    const text = block.text;
    const found = numberFindings('fractions', context, why);
    for (const match of text.matchAll(fractionPattern)) {
      const whole = match[1];
      const glyph = match[2];
      const top = Number(match[3] ?? glyphs[glyph ?? '']?.[0] ?? NaN);
      const bottom = Number(match[4] ?? glyphs[glyph ?? '']?.[1] ?? NaN);
      const from = match.index;
      const to = from + match[0].length;
      if (!(top > 0 && bottom > top)) continue;
      if (!glyph && (bottom > 10 || dateWordBefore.test(text.slice(Math.max(0, from - 12), from)))) continue;
      const words = fractionWords(top, bottom, Boolean(whole));
      if (!words) {
        found.report(from, to, 'Fractions are hard to understand. Try a whole number.');
        continue;
      }
      const replacement = whole ? `${whole} and ${words}` : startsSentence(sentences, from) ? matchCapital(words, 'A') : words;
      found.report(from, to, `Write this fraction in words: ${replacement}.`, replacement);
    }
    return found.findings;
  },
};

const glyphs: Readonly<Record<string, readonly [number, number]>> = {
  '½': [1, 2],
  '⅓': [1, 3],
  '⅔': [2, 3],
  '¼': [1, 4],
  '¾': [3, 4],
  '⅕': [1, 5],
  '⅖': [2, 5],
  '⅗': [3, 5],
  '⅘': [4, 5],
  '⅙': [1, 6],
  '⅚': [5, 6],
  '⅛': [1, 8],
  '⅜': [3, 8],
  '⅝': [5, 8],
  '⅞': [7, 8],
};

/** An optional whole number, then a fraction glyph or "n/m" that is not part of a date or URL. */
const fractionPattern = /(?<![\d/.])(?:(\d+)(?:\s+(?=\d+\/\d)|\s?(?=[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])))?(?:([½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])|(\d{1,2})\/(\d{1,2})(?![\d/]))/gu;
const why = 'NHS guidance: write common fractions in words, like "half".';
const dateWordBefore = /\b(?:on|from|until|till|by|before|after|since|date|dated|born)\s+$/iu;

/** The words for a common fraction ("half", "a quarter", "three-quarters"), or `undefined`. */
export function fractionWords(top: number, bottom: number, afterWhole = false): string | undefined {
  const key = `${top}/${bottom}`;
  const named: Readonly<Record<string, string>> = {
    '1/2': afterWhole ? 'a half' : 'half',
    '1/3': 'a third',
    '2/3': 'two-thirds',
    '1/4': 'a quarter',
    '3/4': 'three-quarters',
  };
  return named[key];
}
