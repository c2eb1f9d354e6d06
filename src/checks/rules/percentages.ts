import {finding, type BlockFinding, type BlockRule} from '../rule.js';
import type {Suggestion} from '../types.js';
import {
  capitalise,
  groupDigits,
  overlapsAny,
  severitySetting,
  skipSpans,
  type Spans,
  startsSentence,
} from './structure-util.js';

/**
 * Flags percentages ("25%", "25 per cent") and offers a simple "1 in N" instead: 25% → "1 in 4",
 * 50% → "half" or "1 in 2", 10% → "1 in 10", 14.3% → "1 in 7", 60% → "6 in 10". When the
 * percentage is followed by "of", the fix swallows it ("25% of people" → "1 in 4 people").
 *
 * A medicine's strength is not a percentage problem: "1% cream", "0.5% gel",
 * "2.5% solution" and "hydrocortisone 1% ointment" are left alone.
 * Settings: `severity` (easy read error, plain English warning).
 */
export const percentages: BlockRule = {
  id: 'percentages',
  description: 'Use "1 in 10" or "half", not percentages.',
  scope: 'block',
  defaults: {
    'easy-read': {enabled: true, severity: 'error'},
    plain: {enabled: true, severity: 'warning'},
  },
  check({block, sentences, settings}) {
    const severity = severitySetting(settings, 'severity', 'error');
    const findings: BlockFinding[] = [];
    let spans: Spans | undefined;
    for (const found of findPercentages(block.text)) {
      spans ??= skipSpans(block.text, sentences);
      if (overlapsAny(spans, found.from, found.to)) continue;
      const withOf = /^\s+of\b/iu.exec(block.text.slice(found.to));
      const to = withOf ? found.to + withOf[0].length : found.to;
      const atStart = startsSentence(sentences, found.from);
      const suggestions: Suggestion[] = simpleRatios(found.value).map((ratio) => {
        const words = ratio === 'half' && withOf ? 'half of' : ratio;
        const replacement = atStart ? capitalise(words) : words;
        return {label: `Change to "${replacement}"`, replacement};
      });
      findings.push(
        finding(
          'percentages',
          severity,
          found.from,
          to,
          'Percentages are hard to understand. Try "1 in 10" or "half".',
          'NHS guidance: use "1 in 2" or "half", not percentages.',
          suggestions
        )
      );
    }
    return findings;
  },
};

/** A percentage found in text: `[from, to)` covers the number and the "%" or "per cent". */
export interface FoundPercentage {
  readonly from: number;
  readonly to: number;
  readonly value: number;
}

const percentPattern = /(?<![\w.,])(\d+(?:\.\d+)?)\s?(?:%|per\s?cent\b)/giu;
/** Words that show a percentage is a medicine's strength ("1% cream", "1% hydrocortisone cream"). */
const strengthAfter =
  /^\s*(?:[\p{L}-]+\s+){0,2}(?:creams?|gels?|solutions?|ointments?|lotions?|drops|sprays?|shampoos?|washes|wash|foams?|pastes?|emollients?|mouthwash|w\/w|w\/v|strength|concentration|suspension|liquid|injection)\b/iu;
const strengthBefore = /\b(?:strength|concentration|contains|cream|gel|ointment|solution|lotion)\s+(?:of\s+)?$/iu;

/**
 * Finds the percentages in a text, leaving out medicine strengths. Linear in the text length.
 * Used by `percentages` and `mixed-number-formats`.
 */
export function findPercentages(text: string): FoundPercentage[] {
  const found: FoundPercentage[] = [];
  if (!text) return found;
  for (const match of text.matchAll(percentPattern)) {
    const from = match.index;
    const to = from + match[0].length;
    if (strengthAfter.test(text.slice(to, to + 50))) continue;
    if (strengthBefore.test(text.slice(Math.max(0, from - 30), from))) continue;
    found.push({from, to, value: Number(match[1])});
  }
  return found;
}

/**
 * The simple ways to say a percentage, best first: "half" and "1 in 2" for 50, otherwise the
 * nearest of "1 in N", "k in 10", "2 in 3", "3 in 4" and "N-1 in N". Empty for 0, 100 and more.
 */
export function simpleRatios(percent: number): string[] {
  if (!(percent > 0 && percent < 100)) return [];
  if (percent === 50) return ['half', '1 in 2'];
  const candidates: {text: string; value: number}[] = [];
  const n = Math.round(100 / percent);
  if (n >= 2) candidates.push({text: `1 in ${groupDigits(n)}`, value: 100 / n});
  const k = Math.round(percent / 10);
  if (k >= 1 && k <= 9) candidates.push({text: `${k} in 10`, value: k * 10});
  candidates.push({text: '2 in 3', value: 200 / 3}, {text: '3 in 4', value: 75});
  if (percent > 50) {
    const m = Math.round(100 / (100 - percent));
    if (m >= 2) candidates.push({text: `${groupDigits(m - 1)} in ${groupDigits(m)}`, value: (100 * (m - 1)) / m});
  }
  let best = candidates[0];
  for (const candidate of candidates) {
    if (best && Math.abs(candidate.value - percent) < Math.abs(best.value - percent) - 1e-9) best = candidate;
  }
  return best ? [best.text] : [];
}
