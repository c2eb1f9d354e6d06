import type {BlockRule, Token} from '../rule.js';
import {numberFindings} from './number-findings.js';
import {warnInBothProfiles} from './structure-util.js';

/**
 * Flags ranges written with a hyphen or dash ("2-3 days", "£10–£20", "9am - 5pm",
 * "Monday-Friday") and offers "to" ("2 to 3 days", "Monday to Friday").
 *
 * Not ranges: phone numbers and IDs ("0800-123-456", "123-456-789": a leading 0 or more than
 * one dash), ISO dates ("2026-08-06"), postcodes, names with numbers ("COVID-19") and anything
 * the tokenizer marks as a phone number, date or URL.
 * Settings: `severity`.
 */
export const numberRanges: BlockRule = {
  id: 'number-ranges',
  description: 'Use "to" for ranges, not a dash.',
  scope: 'block',
  defaults: warnInBothProfiles,
  check(context) {
    const text = context.block.text;
    const days = dayDash.test(text);
    if (!text || (!dashPattern.test(text) && !days)) return [];
    const found = numberFindings('number-ranges', context, 'NHS guidance: use "to" in ranges, not hyphens or dashes.', skipKinds);
    for (const match of days ? text.matchAll(dayRangePattern) : []) {
      const replacement = `${match[1]} to ${match[2]}`;
      found.report(match.index, match.index + match[0].length, `Use "to" for ranges: ${replacement}.`, replacement);
    }
    for (const match of text.matchAll(rangePattern)) {
      const first = match[1] ?? '';
      const second = match[2] ?? '';
      if (/^0\d/u.test(first) || /^0\d/u.test(second)) continue;
      const replacement = `${first} to ${second}`;
      found.report(match.index, match.index + match[0].length, `Use "to" for ranges: ${replacement}.`, replacement);
    }
    return found.findings;
  },
};

/** A quick test for a possible range: a digit (perhaps with "am" or "pm", as in "9am-5pm"), a dash, a digit. */
const dashPattern = /\d(?:\s?[ap]m)?\s?[-–—]\s?[£$€]?\d/iu;
const item = String.raw`[£$€]?\d+(?:[.,:]\d+)*(?:\s?(?:am|pm))?`;
/** Two numbers joined by a hyphen or dash, not part of a longer dashed chain or a word. */
const rangePattern = new RegExp(String.raw`(?<![\w.,:/£$€-]|[-–—]\s?)(${item})\s?[-–—]\s?(${item})(?![\w/]|[-–—]\s?\d|[.,:]\d)`, 'giu');

const dayName = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';
/** A quick test for a range of days: "Monday-Friday". */
const dayDash = /day\s?[-–—]\s?\p{Lu}/u;
/** Two day names joined by a hyphen or dash: "Monday-Friday", "Monday – Saturday". */
const dayRangePattern = new RegExp(String.raw`(?<![\p{L}-])(${dayName})\s?[-–—]\s?(${dayName})(?![\p{L}-])`, 'gu');

/** Token kinds that may hold a dash between digits without being a range. */
const skipKinds: ReadonlySet<Token['kind']> = new Set<Token['kind']>(['phone', 'date', 'url', 'email']);
