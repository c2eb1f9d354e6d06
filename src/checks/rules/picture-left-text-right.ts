import type {DocumentRule} from '../rule.js';
import type {Finding} from '../types.js';
import {firstBlockOfRows} from './structure-util.js';

/**
 * Easy read rows put a picture on the left and the words on the right. This flags a row with
 * no picture. The finding sits at the start of the row's first text block (`from = to = 0`,
 * next to where the picture goes), or on the whole document (block -1) for a row with no text.
 * When no row has a picture (a document from a Markdown or Word file, say), it is said once,
 * on the whole document, with the count, rather than on every row. The editor's row model
 * always puts the picture first, so "picture on the right" cannot happen and is not checked.
 * Skipped when the input format cannot hold pictures (`input.picturesUnknown`: Markdown, HTML
 * and Word files on the command line), where it could only ever fire. Off in the plain English profile.
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
    if (input.picturesUnknown) return [];
    const rows = input.rows;
    const missing = rows.filter((row) => !row.picture).length;
    if (missing === 0) return [];
    if (missing === rows.length && rows.length > 1) {
      const message = `No row has a picture (${rows.length} rows). Add a picture to each row.`;
      return [{rule: 'picture-left-text-right', severity: 'warning', message, why, block: -1, from: 0, to: 0, suggestions: []}];
    }
    const first = firstBlockOfRows(input.blocks);
    const findings: Finding[] = [];
    rows.forEach((row, index) => {
      if (row.picture) return;
      const message = 'This row has no picture.';
      findings.push({rule: 'picture-left-text-right', severity: 'warning', message, why, block: first.get(index) ?? -1, from: 0, to: 0, suggestions: []});
    });
    return findings;
  },
};

const why = 'Easy read guidance: put a picture on the left of the words it supports.';
