import type {DocumentRule} from '../rule.js';
import type {Finding} from '../types.js';
import {firstBlockOfRows} from './structure-util.js';

/**
 * Easy read rows put a picture on the left and the words on the right. This flags a row with
 * no picture. The finding sits at the start of the row's first text block (`from = to = 0`,
 * next to where the picture goes), or on the whole document (block -1) for a row with no text.
 * The editor's row model always puts the picture first, so "picture on the right" cannot
 * happen and is not checked. Off in the plain English profile.
 */
export const pictureLeftTextRight: DocumentRule = {
  id: 'picture-left-text-right',
  description: 'Give each row a picture on the left.',
  scope: 'document',
  defaults: {
    'easy-read': {enabled: true},
    plain: {enabled: false},
  },
  combine(_collected, {input}) {
    if (input.rows.length === 0) return [];
    const first = firstBlockOfRows(input.blocks);
    const findings: Finding[] = [];
    input.rows.forEach((row, index) => {
      if (row.picture) return;
      findings.push({
        rule: 'picture-left-text-right',
        severity: 'warning',
        message: 'This row has no picture.',
        why: 'Easy read guidance: put a picture on the left of the words it supports.',
        block: first.get(index) ?? -1,
        from: 0,
        to: 0,
        suggestions: [],
      });
    });
    return findings;
  },
};
