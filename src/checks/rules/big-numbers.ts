import {finding, type BlockFinding, type BlockRule, type Token} from '../rule.js';
import {booleanSetting, groupDigits, hasDigit, numberSetting, overlapsAny, skipSpans} from './structure-util.js';

/**
 * Flags big numbers. A number over 999 without commas gets a warning and a fix ("1500" →
 * "1,500"). A number of `contextAt` or more gets an info hint to give it context, and one of
 * `warnAt` or more (or "2 million") a warning; 0 turns either off.
 *
 * Not quantities, so never flagged: years (1900 to 2099 written without a comma), digit
 * strings of 9 or more or starting with 0 (NHS numbers, IDs), digits in a spaced group
 * ("0300 123 4567"), phone numbers, dates, times, and parts of URLs or emails.
 */
export const bigNumbers: BlockRule = {
  id: 'big-numbers',
  description: 'Avoid big numbers, or give them context.',
  scope: 'block',
  defaults: {
    'easy-read': {enabled: true, contextAt: 1000, warnAt: 1_000_000, requireComma: true},
    plain: {enabled: true, contextAt: 1_000_000, warnAt: 0, requireComma: true},
  },
  check({block, sentences, settings}) {
    const text = block.text;
    if (!text || !hasDigit(text)) return [];
    const contextAt = numberSetting(settings, 'contextAt', 1000);
    const warnAt = numberSetting(settings, 'warnAt', 1_000_000);
    const requireComma = booleanSetting(settings, 'requireComma', true);
    const skip = skipSpans(text, sentences, notQuantityKinds);
    const findings: BlockFinding[] = [];
    for (const match of text.matchAll(bigNumber)) {
      const digits = match[1] ?? '';
      const from = match.index;
      const to = from + match[0].length;
      if (overlapsAny(skip, from, to)) continue;
      const plain = digits.replaceAll(',', '');
      const scale = (match[2] ?? '').toLowerCase();
      const value = Number(plain) * (scale === 'million' ? 1e6 : scale === 'billion' ? 1e9 : 1);
      if (!Number.isFinite(value)) continue;
      const hasComma = digits.includes(',');
      if (!scale && !hasComma && (plain.length >= 9 || isYear(plain) || plain.startsWith('0'))) continue;
      // Part of a spaced digit string: a phone number ("0300 123 4567") or an NHS number.
      if (/\d[ \t]+$/u.test(text.slice(Math.max(0, from - 2), from)) || /^[ \t]+\d/u.test(text.slice(to, to + 2))) continue;
      if (requireComma && !hasComma && !scale && value >= 1000 && /^\d{4,}$/u.test(plain)) {
        const fixed = groupDigits(Number(plain));
        findings.push(
          finding(
            'big-numbers',
            'warning',
            from,
            from + digits.length,
            `Put commas in big numbers, like ${fixed}.`,
            'NHS guidance: use a comma in numbers over 999.',
            [{label: `Change to "${fixed}"`, replacement: fixed}]
          )
        );
        continue;
      }
      if (warnAt > 0 && value >= warnAt) {
        findings.push(
          finding(
            'big-numbers',
            'warning',
            from,
            to,
            'This is a very big number. Compare it with something familiar.',
            'NHS guidance: put big numbers into context.'
          )
        );
      } else if (contextAt > 0 && value >= contextAt) {
        findings.push(
          finding(
            'big-numbers',
            'info',
            from,
            to,
            'Big numbers are hard to picture. Can you give some context?',
            'NHS guidance: put big numbers into context.'
          )
        );
      }
    }
    return findings;
  },
};

/** A number of 4 or more digits, or with comma groups, optionally "million"/"billion". */
const bigNumber = /(?<![\w.,:/-])(\d{1,3}(?:,\d{3})+|\d{4,}|\d+(?:\.\d+)?(?=\s+(?:million|billion)\b))(?:\.\d+)?(?:\s+(million|billion)\b)?(?![\w/:-]|[.,]\d)/giu;

/** Token kinds that hold digits but are not quantities. */
const notQuantityKinds: ReadonlySet<Token['kind']> = new Set<Token['kind']>(['phone', 'date', 'time', 'url', 'email']);

function isYear(digits: string): boolean {
  if (digits.length !== 4) return false;
  const year = Number(digits);
  return year >= 1900 && year <= 2099;
}
