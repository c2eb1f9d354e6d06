import {finding, type BlockFinding, type BlockRule} from '../rule.js';
import {overlapsAny, skipSpans, type Spans} from './structure-util.js';

/**
 * Flags dashes ("–", "—", and a hyphen with spaces round it used as a dash) in easy read.
 * The fix replaces the dash and its spaces with a comma ("Take it with food – this stops
 * sickness" → "Take it with food, this stops sickness"): a comma works for both a single dash
 * and a pair round an aside, where a full stop would break the sentence in the wrong place.
 * A dash that starts a line is removed.
 *
 * Not flagged: a dash between numbers or times ("2–3", "9am–5pm": the `number-ranges` rule)
 * and hyphens inside words ("self-care"). Optional hyphenated compounds are not checked.
 * Off in the plain English profile.
 */
export const hyphensDashes: BlockRule = {
  id: 'hyphens-dashes',
  description: 'Avoid dashes.',
  scope: 'block',
  defaults: {
    'easy-read': {enabled: true},
    plain: {enabled: false},
  },
  check({block, sentences}) {
    const text = block.text;
    if (!text || !/[–—]|\s-\s/u.test(text)) return [];
    let spans: Spans | undefined;
    const findings: BlockFinding[] = [];
    for (const match of text.matchAll(dashPattern)) {
      const from = match.index;
      const to = from + match[0].length;
      const before = text.slice(Math.max(0, from - 3), from);
      const after = text.slice(to, to + 2);
      if (/(?:\d|[ap]m)$/iu.test(before) && /^[£$€]?\d/u.test(after)) continue;
      spans ??= skipSpans(text, sentences);
      if (overlapsAny(spans, from, to)) continue;
      const lineStart = from === 0 || text[from - 1] === '\n';
      const lineEnd = to === text.length || /^[\n.!?,;:]/u.test(after);
      const replacement = lineStart || lineEnd ? '' : ', ';
      findings.push(
        finding(
          'hyphens-dashes',
          'warning',
          from,
          to,
          'Avoid dashes. Use a comma or a full stop instead.',
          'NHS guidance: hyphens and dashes are hard for people with poor literacy.',
          [{label: replacement ? 'Use a comma' : 'Remove the dash', replacement}]
        )
      );
    }
    return findings;
  },
};

/** A dash with the spaces round it, or a hyphen with a space on both sides. */
const dashPattern = /[ \t]*[–—][ \t]*|[ \t]+-[ \t]+/gu;
