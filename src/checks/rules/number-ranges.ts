import type {BlockRule, Token} from '../rule.js';
import {numberFindings} from './number-findings.js';
import {warnInBothProfiles} from './structure-util.js';

/**
 * Flags ranges written with a hyphen or dash ("2-3 days", "£10–£20", "9am - 5pm") and offers
 * "to" ("2 to 3 days").
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
    if (!text || !dashPattern.test(text)) return [];
    const found = numberFindings('number-ranges', context, 'NHS guidance: use "to" in ranges, not hyphens or dashes.', skipKinds);
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

const dashPattern = /\d\s?[-–—]\s?[£$€]?\d/u;
const item = String.raw`[£$€]?\d+(?:[.,:]\d+)*(?:\s?(?:am|pm))?`;
/** Two numbers joined by a hyphen or dash, not part of a longer dashed chain or a word. */
const rangePattern = new RegExp(String.raw`(?<![\w.,:/£$€-]|[-–—]\s?)(${item})\s?[-–—]\s?(${item})(?![\w/]|[-–—]\s?\d|[.,:]\d)`, 'giu');

/** Token kinds that may hold a dash between digits without being a range. */
const skipKinds: ReadonlySet<Token['kind']> = new Set<Token['kind']>(['phone', 'date', 'url', 'email']);
