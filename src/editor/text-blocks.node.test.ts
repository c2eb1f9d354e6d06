import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
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
});
