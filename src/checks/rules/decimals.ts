import {finding, type BlockFinding, type BlockRule, type Token} from '../rule.js';
import {overlapsAny, severitySetting, skipSpans} from './structure-util.js';

/**
 * Flags decimals ("1.5 days"), and decimals with no 0 before the point (".5mg").
 *
 * Allowed: money ("£2.50"), doses and measures with a unit ("2.5mg", "37.5°C", "7.5 mmol/L"),
 * test results ("your result was 7.2"), percentages (the `percentages` rule), section and
 * version numbers ("section 1.2", "1.2 Your medicines", "1.2.3"), dates ("06.08.2026") and times ("5.30pm": that
 * is the `times` rule). A missing leading 0 is flagged even on a dose, with the fix ".5" → "0.5".
 * A decimal ending in ".5" before a word gets the fix "1.5 days" → "1 and a half days".
 * Settings: `severity` (decimals) and `leadingZeroSeverity`.
 */
export const decimals: BlockRule = {
  id: 'decimals',
  description: 'Avoid decimals; put 0 before the point.',
  scope: 'block',
  defaults: {
    'easy-read': {enabled: true, severity: 'warning', leadingZeroSeverity: 'error'},
    plain: {enabled: true, severity: 'info', leadingZeroSeverity: 'warning'},
  },
  check({block, sentences, settings}) {
    const text = block.text;
    // Both patterns need a full stop with a digit straight after it.
    if (!text || !hasDotDigit(text)) return [];
    const severity = severitySetting(settings, 'severity', 'warning');
    const zeroSeverity = severitySetting(settings, 'leadingZeroSeverity', 'error');
    const skip = skipSpans(text, sentences, skipKinds);
    const findings: BlockFinding[] = [];
    for (const match of text.matchAll(noLeadingZero)) {
      const from = match.index;
      const to = from + match[0].length;
      if (overlapsAny(skip, from, to)) continue;
      findings.push(
        finding(
          'decimals',
          zeroSeverity,
          from,
          to,
          `Put a 0 before the decimal point: 0${match[0]}.`,
          'NHS guidance: use 0 before the decimal point.',
          [{label: `Change to "0${match[0]}"`, replacement: `0${match[0]}`}]
        )
      );
    }
    for (const match of text.matchAll(decimalPattern)) {
      const from = match.index;
      const to = from + match[0].length;
      if (overlapsAny(skip, from, to)) continue;
      const before = text.slice(Math.max(0, from - 40), from);
      const after = text.slice(to, to + 20);
      if (allowedBefore.test(before) || allowedAfter.test(after) || resultContext.test(before)) continue;
      // A section number at the start of a line ("1.2 Your medicines").
      if ((from === before.length ? /(?:^|\n)\s*$/u : /\n\s*$/u).test(before) && /^\s+\p{Lu}/u.test(after)) continue;
      const whole = match[1] ?? '';
      const half = match[2] === '5' && /^\s+\p{L}/u.test(after) && !/^\s+(?:and|or|to)\b/iu.test(after);
      findings.push(
        finding(
          'decimals',
          severity,
          from,
          to,
          'Decimals are hard to understand. Try a whole number.',
          'NHS guidance: avoid decimals, except for money, doses and test results.',
          half ? [{label: `Change to "${whole} and a half"`, replacement: `${whole} and a half`}] : []
        )
      );
    }
    return findings;
  },
};

/** ".5" with no digit before the point (and not part of "..." or a name like ".com"). */
const noLeadingZero = /(?<![\d.\p{L}])\.\d+(?!\.\d|\d)/gu;
/** "1.5", not "1.2.3" or "06.08.2026". */
const decimalPattern = /(?<![\d.,])(\d+)\.(\d+)(?!\.\d|\d)/gu;
/** Money, section numbers and versions. */
const allowedBefore = /(?:[£$€]\s?|\b(?:section|part|step|version|chapter|paragraph|page|v|figure|table|question)\s?)$/iu;
/** Units of doses and measures, percentages and clock times. */
const allowedAfter =
  /^(?:\s?(?:mg|g|mcg|µg|ug|micrograms?|milligrams?|grams?|kg|kilograms?|ml|mL|millilitres?|l|litres?|mmol|iu|units?|mm|cm|m|metres?|km|miles?|c|f|degrees|%|per\s?cent|pm|am|p\.m\.|a\.m\.|hrs|bpm|kcal|stone|st|lb|lbs|kg\/m2|mmhg)\b|\s?°)/iu;
/** A test result nearby ("your result was 7.2", "HbA1c level of 6.5"). */
const resultContext = /\b(?:results?|readings?|levels?|scores?|BMI|HbA1c|INR|count|blood pressure)\b[^.!?]{0,20}$/iu;

/** Token kinds whose dots are not decimal points. */
const skipKinds: ReadonlySet<Token['kind']> = new Set<Token['kind']>(['date', 'time', 'phone', 'url', 'email']);

/** Whether the text has a full stop with a digit straight after it (".5", "1.5"). */
function hasDotDigit(text: string): boolean {
  for (let dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
    const next = text.charCodeAt(dot + 1);
    if (next >= 48 && next <= 57) return true;
  }
  return false;
}
