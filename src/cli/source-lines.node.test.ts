import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import type {CheckBlock} from '../checks/types.js';
import {locateBlocks, numberBlocks} from './source-lines.js';

const blocks = (...texts: string[]): CheckBlock[] =>
  texts.map((text) => ({kind: 'paragraph', text, runs: [], section: 0}));

const lines = (located: readonly CheckBlock[]) => located.map((block) => block.line);

describe('locateBlocks', () => {
  const markdown = ['# Your visit', '', 'Come to the **clinic**', 'at 9:30.', '', '- Bring your *tablets*.', '- Bring a friend.'].join('\n');
  const markdownBlocks = blocks('Your visit', 'Come to the clinic at 9:30.', 'Bring your tablets.', 'Bring a friend.');

  it('finds the line each Markdown block starts on, past markup and wrapping', () => {
    assert.deepEqual(lines(locateBlocks(markdownBlocks, markdown, 'markdown').blocks), [1, 3, 6, 7]);
  });

  it('maps an offset in a block to its line and column in the source', () => {
    const {map} = locateBlocks(markdownBlocks, markdown, 'markdown');
    assert.deepEqual(map.place(0, 0), {line: 1, column: 3});
    assert.deepEqual(map.place(1, 'Come to the '.length), {line: 3, column: 15});
    assert.deepEqual(map.place(1, 'Come to the clinic at '.length), {line: 4, column: 4});
    assert.deepEqual(map.place(2, 'Bring your '.length), {line: 6, column: 15});
    assert.deepEqual(map.place(3, 'Bring a friend'.length), {line: 7, column: 17});
  });

  it('does not match words inside tags, attributes or the head of an HTML page', () => {
    const source = [
      '<html><head><title>Your visit</title></head>',
      '<body>',
      '<h1 class="Your">Your visit</h1>',
      '<p><img alt="Bring a friend"></p>',
      '<p>Bring a <em>friend</em>.</p>',
      '</body></html>',
    ].join('\n');
    const {blocks: located, map} = locateBlocks(blocks('Your visit', 'Bring a friend.'), source, 'html');
    assert.deepEqual(lines(located), [3, 5]);
    assert.deepEqual(map.place(1, 'Bring a '.length), {line: 5, column: 16});
  });

  it('takes the same words in later blocks from later lines', () => {
    const source = 'Call us.\n\nCall us.\n\nCall us.\n';
    assert.deepEqual(lines(locateBlocks(blocks('Call us.', 'Call us.', 'Call us.'), source, 'markdown').blocks), [1, 3, 5]);
  });

  it('gives a block it cannot find, or one with no words, the line before it', () => {
    const source = 'First line.\n\n---\n\nLast line.\n';
    const {blocks: located} = locateBlocks(blocks('First line.', '', 'Missing words', 'Last line.'), source, 'markdown');
    assert.deepEqual(lines(located), [1, 1, 1, 5]);
  });
});

describe('numberBlocks', () => {
  it('numbers blocks from 1', () => {
    assert.deepEqual(lines(numberBlocks(blocks('a', 'b', 'c'))), [1, 2, 3]);
  });
});
