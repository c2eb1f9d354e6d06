import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import type {Node as PMNode} from 'prosemirror-model';
import {EditorState} from 'prosemirror-state';
import {schema} from './schema.js';
import {documentBlocks} from './text-blocks.js';

const {nodes, marks} = schema;
const p = (...content: Parameters<typeof schema.text>[0][]) =>
  nodes['paragraph']!.create(null, content.map((text) => schema.text(text)));

describe('documentBlocks', () => {
  const picture = {src: '/openmoji/1F48A.svg', alt: 'pill', credit: 'OpenMoji', licence: 'CC BY-SA 4.0', symbol: '1F48A'};
  const doc = nodes['doc']!.create({written: '2026-08-06'}, [
    nodes['title']!.create(null, schema.text('Your medicine')),
    nodes['row']!.create({picture}, [
      nodes['paragraph']!.create(null, [
        schema.text('Take '),
        schema.text('one tablet', [marks['strong']!.create()]),
        schema.text(' a day.'),
      ]),
    ]),
    nodes['heading']!.create({level: 2}, schema.text('If you feel ill')),
    nodes['row']!.create(null, [
      nodes['bullet_list']!.create(null, [
        nodes['list_item']!.create(null, p('Call us')),
        nodes['list_item']!.create(null, p('Rest')),
      ]),
    ]),
    nodes['hard_word']!.create(null, [
      nodes['hard_word_term']!.create(null, schema.text('Dose')),
      nodes['hard_word_meaning']!.create(null, schema.text('How much medicine to take.')),
    ]),
    nodes['contact']!.create(null, [nodes['contact_line']!.create({field: 'phone'}, schema.text('0800 123 4567'))]),
  ]);

  it('gives one block per textblock with its kind, section and row (lists in a row belong to it)', () => {
    const {input} = documentBlocks(doc);
    assert.deepEqual(
      input.blocks.map((b) => [b.kind, b.text, b.section, b.row ?? null]),
      [
        ['title', 'Your medicine', 0, null],
        ['row-text', 'Take one tablet a day.', 0, 0],
        ['heading', 'If you feel ill', 1, null],
        ['list-item', 'Call us', 1, 1],
        ['list-item', 'Rest', 1, 1],
        ['hard-word-term', 'Dose', 1, null],
        ['hard-word-meaning', 'How much medicine to take.', 1, null],
        ['contact', '0800 123 4567', 1, null],
      ]
    );
    assert.deepEqual(input.rows, [{picture: {src: picture.src, alt: 'pill'}}, {picture: null}]);
    assert.equal(input.details.written, '2026-08-06');
    assert.equal(input.details.title, 'Your medicine');
  });

  it("names a row's library picture when given the names, and gives a new row info when the name arrives", () => {
    const before = documentBlocks(doc).input.rows[0];
    const names = (code: string) => (code === '1F48A' ? 'pill' : undefined);
    const after = documentBlocks(doc, {symbolNames: names}).input.rows[0];
    assert.deepEqual(after, {picture: {src: picture.src, alt: 'pill', symbolName: 'pill'}});
    assert.notEqual(after, before);
    assert.equal(documentBlocks(doc, {symbolNames: names}).input.rows[0], after, 'kept while the name is the same');
  });

  it('records list positions, heading levels, contact fields and format runs', () => {
    const {input} = documentBlocks(doc);
    assert.deepEqual(input.blocks[3]!.list, {ordered: false, index: 0, size: 2});
    assert.deepEqual(input.blocks[4]!.list, {ordered: false, index: 1, size: 2});
    assert.equal(input.blocks[2]!.level, 2);
    assert.equal(input.blocks[7]!.field, 'phone');
    assert.deepEqual(input.blocks[1]!.runs, [{from: 5, to: 15, format: 'bold'}]);
  });

  it('maps every block offset onto the same text in the document', () => {
    const {input, positions} = documentBlocks(doc);
    input.blocks.forEach((block, i) => {
      const start = positions[i]!;
      assert.equal(doc.textBetween(start, start + block.text.length, '\n', '\n'), block.text);
    });
  });

  it('counts a line break as one character', () => {
    const withBreak = nodes['doc']!.create(null, [
      nodes['title']!.create(),
      nodes['paragraph']!.create(null, [schema.text('One'), nodes['hard_break']!.create(), schema.text('Two')]),
    ]);
    const {input, positions} = documentBlocks(withBreak);
    assert.equal(input.blocks[1]!.text, 'One\nTwo');
    assert.equal(withBreak.textBetween(positions[1]! + 4, positions[1]! + 7), 'Two');
  });

  it('gives the same block objects for textblocks that have not changed, in the same place', () => {
    const before = documentBlocks(doc).input.blocks;
    const again = documentBlocks(doc).input.blocks;
    again.forEach((block, i) => assert.equal(block, before[i], `block ${i}`));
    // Edit the row's paragraph: only its block is new.
    const state = EditorState.create({doc});
    const edited = state.apply(state.tr.insertText('Please t', documentBlocks(doc).positions[1]!, documentBlocks(doc).positions[1]! + 1)).doc;
    const after = documentBlocks(edited).input.blocks;
    assert.equal(after[1]!.text, 'Please take one tablet a day.');
    after.forEach((block, i) => (i === 1 ? assert.notEqual(block, before[i]) : assert.equal(block, before[i], `block ${i}`)));
    assert.deepEqual(after[1], {...before[1], text: 'Please take one tablet a day.', runs: [{from: 12, to: 22, format: 'bold'}]});
  });

  it('makes a new block when a textblock moves to another section, list position or row', () => {
    const before = documentBlocks(doc).input.blocks;
    // A heading before the row moves every block after it into the next section.
    const state = EditorState.create({doc});
    const withHeading = state.apply(state.tr.insert(documentBlocks(doc).positions[1]! - 2, nodes['heading']!.create({level: 2}, schema.text('First')))).doc;
    const after = documentBlocks(withHeading).input.blocks;
    assert.equal(after[0], before[0]);
    assert.deepEqual(
      after.slice(2).map((block) => [block.text, block.section, block === before[after.indexOf(block) - 1]]),
      before.slice(1).map((block) => [block.text, block.section + 1, false])
    );
    // The same paragraph node as a list's only item, then as the first of two.
    const item = p('Rest');
    const list = (...items: PMNode[]) => nodes['doc']!.create(null, [nodes['title']!.create(), nodes['bullet_list']!.create(null, items.map((content) => nodes['list_item']!.create(null, content)))]);
    const one = documentBlocks(list(item)).input.blocks[1]!;
    const two = documentBlocks(list(item, p('Sleep'))).input.blocks[1]!;
    assert.notEqual(two, one);
    assert.deepEqual([one.list, two.list], [{ordered: false, index: 0, size: 1}, {ordered: false, index: 0, size: 2}]);
  });
});
