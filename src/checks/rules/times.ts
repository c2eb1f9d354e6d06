import type {BlockRule} from '../rule.js';
import {numberFindings} from './number-findings.js';
import {booleanSetting} from './structure-util.js';

/**
 * Flags times not written in the NHS 12-hour style, and offers it:
 * "17:00" → "5pm", "09:30" → "9:30am", "1700hrs" → "5pm", "5.30pm" → "5:30pm",
 * "5:00pm" → "5pm", "5 pm" → "5pm", "12am"/"00:00" → "midnight", "12pm"/"12 noon" → "midday".
 * "5pm", "5:30pm", "midday" and "midnight" are fine.
 * Settings: `allow24Hour` (leave 24-hour times alone) and `severity`.
 */
export const times: BlockRule = {
  id: 'times',
  description: 'Write times like "5pm" or "5:30pm".',
  scope: 'block',
  defaults: {
    'easy-read': {enabled: true, allow24Hour: false, severity: 'warning'},
    plain: {enabled: true, allow24Hour: false, severity: 'warning'},
  },
  check(context) {
    const text = context.block.text;
    if (!text || !/\d/u.test(text)) return [];
    const allow24Hour = booleanSetting(context.settings, 'allow24Hour', false);
    const found = numberFindings('times', context, 'NHS guidance: use the 12-hour clock, like "5pm" or "5:30pm".');
    const report = (from: number, to: number, fixed: string) => {
      if (text.slice(from, to) !== fixed) found.report(from, to, `Write the time like this: ${fixed}.`, fixed);
    };
    for (const match of text.matchAll(twelveHour)) {
      const hour = Number(match[1]);
      const minutes = match[2] === undefined ? 0 : Number(match[2]);
      if (hour < 1 || hour > 12) continue;
      const pm = (match[3] ?? '').toLowerCase().startsWith('p');
      report(match.index, match.index + match[0].length, clock(pm ? (hour % 12) + 12 : hour % 12, minutes));
    }
    // Cheap first: "12 noon" and "12 midnight" need a "12".
    for (const match of text.includes('12') ? text.matchAll(noon) : []) {
      report(match.index, match.index + match[0].length, /noon/iu.test(match[0]) ? 'midday' : 'midnight');
    }
    if (allow24Hour) return found.findings.sort((a, b) => a.from - b.from);
    for (const match of text.matchAll(twentyFourHour)) {
      const hour = Number(match[1] ?? match[3]);
      const minutes = Number(match[2] ?? match[4]);
      if (hour > 24 || (hour === 24 && minutes > 0)) continue;
      // "1:10" may be a ratio; a 1-digit hour needs a time word nearby ("at 9:30", "9:30 to…").
      if (match[1]?.length === 1 && !timeBefore.test(text.slice(Math.max(0, match.index - 12), match.index))) {
        if (!timeAfter.test(text.slice(match.index + match[0].length, match.index + match[0].length + 8))) continue;
      }
      report(match.index, match.index + match[0].length, clock(hour % 24, minutes));
    }
    return found.findings.sort((a, b) => a.from - b.from);
  },
};

/** "5.30pm", "5:00 pm", "5 p.m.", "12am": an hour, optional minutes, then am or pm. */
const twelveHour = /(?<![\d:.,])(\d{1,2})(?:[:.]([0-5]\d))?\s?([ap]\.m\.|[ap]m)(?![\p{L}\p{N}])/giu;
/** "12 noon", "12 midnight". */
const noon = /\b12\s?(?:noon|midnight)\b/giu;
/** "17:00", "09:30", "17:00hrs", "1700hrs", "0900 hours": not followed by am or pm. */
const twentyFourHour =
  /(?<![\d:.,])(?:([01]?\d|2[0-4]):([0-5]\d)(?::[0-5]\d)?(?!\s?(?:[ap]\.m\.|[ap]m(?![\p{L}\p{N}])))(?:\s?(?:hrs|hours)\b)?(?![\d:])|([01]\d|2[0-4])([0-5]\d)\s?(?:hrs|hours)\b)/giu;

const timeBefore = /\b(?:at|from|until|till|by|before|after|between|to|and|or|opens?|closes?|starts?|ends?)\s+$/iu;
const timeAfter = /^\s?(?:to|until|till|and|[-–—])/iu;

/** The NHS form of a time given as a 24-hour hour (0 to 23) and minutes. */
export function clock(hour: number, minutes: number): string {
  if (minutes === 0 && hour === 0) return 'midnight';
  if (minutes === 0 && hour === 12) return 'midday';
  const suffix = hour < 12 ? 'am' : 'pm';
  const shown = hour % 12 === 0 ? 12 : hour % 12;
  return minutes === 0 ? `${shown}${suffix}` : `${shown}:${String(minutes).padStart(2, '0')}${suffix}`;
}
