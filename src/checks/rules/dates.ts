import type {BlockRule} from '../rule.js';
import {numberFindings} from './number-findings.js';
import {monthNames, warnInBothProfiles} from './structure-util.js';

/**
 * Flags dates written in numbers or with short month names, and offers the NHS form
 * "6 August 2026":
 * - "06/08/2026", "6.8.26", "06-08-2026": read day first (UK order); 2-digit years are 20xx;
 * - "2026-08-06" (ISO);
 * - "6 Aug", "6th Aug 2026", "Aug 6, 2026", "6th August" (short month names or ordinals).
 * A numeric date that is not a real day/month (13/25/2026) is flagged with no fix.
 * Details fields of the document are not checked: only block text is.
 * Settings: `severity`.
 */
export const dates: BlockRule = {
  id: 'dates',
  description: 'Write dates in words, like "6 August 2026".',
  scope: 'block',
  defaults: warnInBothProfiles,
  check(context) {
    const text = context.block.text;
    if (!text || !/\d/u.test(text)) return [];
    const found = numberFindings('dates', context, 'NHS guidance: write dates like "6 August 2026", with the month in full.');
    const report = (from: number, to: number, fixed: string | undefined) =>
      found.report(from, to, fixed ? `Write the date in words: ${fixed}.` : 'Write the date in words, like 6 August 2026.', fixed);
    // Numeric and ISO dates need a digit, a separator and a digit; the others a month's name.
    const numeric = /\d[/.-]\d/u.test(text);
    const named = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/u.test(text);
    for (const match of numeric ? text.matchAll(numericDate) : []) {
      report(match.index, match.index + match[0].length, fullDate(match[1], match[3], match[4]));
    }
    for (const match of numeric ? text.matchAll(isoDate) : []) {
      report(match.index, match.index + match[0].length, fullDate(match[3], match[2], match[1]));
    }
    for (const match of named ? text.matchAll(dayMonth) : []) {
      const month = monthIndex(match[3] ?? '');
      if (match[3] === monthNames[month] && !match[2]) continue;
      report(match.index, match.index + match[0].length, fullDate(match[1], String(month + 1), match[4]));
    }
    for (const match of named ? text.matchAll(monthDay) : []) {
      const month = monthIndex(match[1] ?? '');
      report(match.index, match.index + match[0].length, fullDate(match[2], String(month + 1), match[4]));
    }
    return found.findings.sort((a, b) => a.from - b.from);
  },
};

/** "06/08/2026", "6.8.26", "06-08-2026". */
const numericDate = /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/-]|[.-]\d)/gu;
/** "2026-08-06". */
const isoDate = /(?<![\d/.-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/gu;
/** A month name, full or short; a short one may carry its full stop ("Aug."). */
const months = String.raw`(Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|Jun(?:e|\.)?|Jul(?:y|\.)?|Aug(?:ust|\.)?|Sep(?:tember|t\.?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)`;
/** "6 Aug", "6th August 2026", "6th Aug. 2026". */
const dayMonth = new RegExp(String.raw`\b(\d{1,2})(st|nd|rd|th)?\s+${months}(?![\p{L}])(?:,?\s+(\d{4}))?`, 'gu');
/** "Aug 6", "August 6th, 2026": the US order. */
const monthDay = new RegExp(String.raw`\b${months}\s+(\d{1,2})(st|nd|rd|th)?\b(?!\s*(?:am|pm|:))(?:,?\s+(\d{4}))?`, 'gu');

function monthIndex(name: string): number {
  const prefix = name.slice(0, 3).toLowerCase();
  return monthNames.findIndex((month) => month.slice(0, 3).toLowerCase() === prefix);
}

/** "6 August 2026" from day, month and year strings; `undefined` if it is not a real date. */
export function fullDate(day: string | undefined, month: string | undefined, year: string | undefined): string | undefined {
  const d = Number(day);
  const m = Number(month);
  if (!Number.isInteger(d) || !Number.isInteger(m) || m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const name = monthNames[m - 1];
  if (!year) return `${d} ${name}`;
  const y = year.length === 2 ? 2000 + Number(year) : Number(year);
  return `${d} ${name} ${y}`;
}
