import {finding, type BlockFinding, type BlockRule} from '../rule.js';
import {severitySetting} from './structure-util.js';

/**
 * Flags Roman numerals and offers digits: "Type II diabetes" → "Type 2 diabetes",
 * "Stage IV" → "Stage 4", and list markers such as "ii)" or "iv." at the start of a line.
 *
 * "I" (the pronoun) is always allowed. "II" and "III" are flagged anywhere in capitals; other
 * numerals ("IV", "VI", "X"…) only after a word such as "type", "stage", "grade", "part" or
 * "phase", or as a heading's number ("IV. Your care"), so "IV drip" and "vi" are left alone.
 * Settings: `severity`.
 */
export const romanNumerals: BlockRule = {
  id: 'roman-numerals',
  description: 'Use digits, not Roman numerals.',
  scope: 'block',
  defaults: {
    'easy-read': {enabled: true, severity: 'warning'},
    plain: {enabled: true, severity: 'info'},
  },
  check({block, settings}) {
    const text = block.text;
    if (!text || !/[IVXivx]/u.test(text)) return [];
    const severity = severitySetting(settings, 'severity', 'warning');
    const findings: BlockFinding[] = [];
    const report = (from: number, to: number, numeral: string) => {
      const value = romanValue(numeral);
      if (!value) return;
      findings.push(
        finding(
          'roman-numerals',
          severity,
          from,
          to,
          `Use a number instead of a Roman numeral: ${value}.`,
          'Accessibility guidance (W3C): avoid Roman numerals.',
          [{label: `Change to "${value}"`, replacement: String(value)}]
        )
      );
    };
    const headingStart = block.kind === 'heading' || block.kind === 'title';
    for (const match of /[IVX]/u.test(text) ? text.matchAll(upperNumeral) : []) {
      const numeral = match[0];
      const before = text.slice(Math.max(0, match.index - 12), match.index);
      const end = match.index + numeral.length;
      const atStart = headingStart && text.slice(0, match.index).trim() === '' && /^[.):]/u.test(text.slice(end, end + 1));
      if (!numeral || numeral === 'I') continue;
      if (numeral === 'II' || numeral === 'III' || countedBefore.test(before) || atStart) {
        report(match.index, end, numeral);
      }
    }
    // A list marker is a lower-case numeral right before "." or ")".
    for (const match of /[ivx][.)]/u.test(text) ? text.matchAll(listMarker) : []) {
      const numeral = match[1] ?? '';
      if (numeral === 'I') continue;
      const from = match.index + (match[0].length - match[0].trimStart().length);
      report(from, from + numeral.length, numeral);
    }
    return findings;
  },
};

const upperNumeral = /\b(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})\b(?![-'’])/gu;
/** A lower-case numeral used as a list marker: "ii)", "(iv)", "iii." at a line start. */
const listMarker = /(?:^|\n)[ \t]*\(?(i{1,3}|iv|vi{0,3}|ix|xi{0,3})[.)](?=\s)/gu;
const countedBefore = /\b(?:type|stage|grade|part|phase|class|level|step|chapter|section|book|volume|appendix)\s+$/iu;

/** The value of a Roman numeral up to 39, or 0 when it is not one. */
export function romanValue(numeral: string): number {
  const values: Readonly<Record<string, number>> = {i: 1, v: 5, x: 10};
  let total = 0;
  const lower = numeral.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const value = values[lower[i] ?? ''] ?? 0;
    if (!value) return 0;
    const next = values[lower[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}
