import {placeFindings, sameBlockFindings} from '../place-findings.js';
import type {BlockFinding, DocumentRule} from '../rule.js';
import type {Finding} from '../types.js';
import {numberSetting, trimmedRange} from './structure-util.js';

/**
 * Keeps bulleted and numbered lists short and simple (NHS style):
 * - a list of more than `maxItems` items (default 6) is flagged on its first extra item;
 * - an item with more than 1 sentence is flagged from its second sentence;
 * - an item ending in "and" or "or" is flagged, with a fix that removes the word.
 * All findings are about single list items; an item's place in its list (`block.list`) is
 * part of its content, so each item is checked once, when it is new or changed.
 */
export const listLength: DocumentRule<readonly BlockFinding[]> = {
  id: 'list-length',
  description: 'Keep lists short, with 1 sentence per item.',
  scope: 'document',
  defaults: {
    'easy-read': {enabled: true, maxItems: 6},
    plain: {enabled: true, maxItems: 6},
  },
  collect({block, sentences}, {settings}) {
    const list = block.list;
    if (block.kind !== 'list-item' || !list) return noFindings;
    const maxItems = numberSetting(settings, 'maxItems', 6);
    const findings: BlockFinding[] = [];
    const base = {rule: 'list-length', severity: 'warning'} as const;
    if (list.size > maxItems && list.index === maxItems) {
      findings.push({
        ...base,
        message: `This list has ${list.size} items. Try ${maxItems} or fewer.`,
        why: 'NHS guidance: limit a list to 6 items or fewer.',
        ...trimmedRange(block.text),
        suggestions: [],
      });
    }
    const second = sentences[1];
    const last = sentences[sentences.length - 1];
    if (second && last) {
      findings.push({
        ...base,
        message: 'Put only 1 sentence in each bullet point.',
        why: 'NHS guidance: do not put more than 1 sentence in a bullet point.',
        from: second.from,
        to: last.to,
        suggestions: [],
      });
    }
    const ending = trailingLink.exec(block.text);
    if (ending) {
      const word = (ending[1] ?? '').toLowerCase();
      findings.push({
        ...base,
        message: `Do not end a bullet point with "${word}".`,
        why: 'NHS guidance: do not end a bullet point with "and" or "or".',
        from: ending.index,
        to: block.text.length,
        suggestions: [{label: `Remove "${word}"`, replacement: ''}],
      });
    }
    return findings.length === 0 ? noFindings : findings;
  },
  combine(collected) {
    const findings: Finding[] = [];
    for (let index = 0; index < collected.length; index++) {
      if (collected[index]!.length > 0) findings.push(...placeFindings(collected[index]!, index));
    }
    return findings;
  },
  same: sameBlockFindings,
};

const noFindings: readonly BlockFinding[] = Object.freeze([]);

/** "…your letter, and", "…or;": a final "and"/"or" with the punctuation round it. */
const trailingLink = /[,;]?\s+(and|or)[\s,;:.]*$/iu;
