import {finding, type BlockRule} from '../rule.js';
import {findPercentages} from './percentages.js';

/**
 * Flags a paragraph (one block) that mixes a percentage with an "N in M" figure
 * ("20% of people… 1 in 3 people…"). The finding covers the first percentage.
 * Medicine strengths ("1% cream") are not percentages here either.
 */
export const mixedNumberFormats: BlockRule = {
  id: 'mixed-number-formats',
  description: 'Do not mix percentages and "1 in 10" in one passage.',
  scope: 'block',
  defaults: {
    'easy-read': {enabled: true},
    plain: {enabled: true},
  },
  check({block}) {
    if (!ratioGate.test(block.text) || !ratioPattern.test(block.text)) return [];
    const first = findPercentages(block.text)[0];
    if (!first) return [];
    return [
      finding(
        'mixed-number-formats',
        'warning',
        first.from,
        first.to,
        'Do not mix percentages and "1 in 10" in one paragraph.',
        'NHS guidance: avoid mixing different number formats.'
      ),
    ];
  },
};

/** What every {@link ratioPattern} match holds ("in 4", "out of ten"): a much cheaper look first. */
const ratioGate = /\s(?:in|out\s+of)\s+(?:\d|two|three|four|five|six|seven|eight|nine|ten|a hundred)/iu;

/** "1 in 4", "3 out of 10", "one in five"; not "8 in 24 hours". */
const ratioPattern =
  /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:in|out\s+of)\s+(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|a hundred|100)\b(?!\s+(?:hours?|days?|weeks?|months?|years?|minutes?)\b)/iu;
