import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {EditorState, TextSelection} from 'prosemirror-state';
import {schema} from '../document/schema.js';
import {readingBlocks, readingRange} from './read-aloud-text.js';
import {showSpokenWord, spokenWordKey, spokenWordPlugin} from './plugins/spoken-word.js';

const doc = schema.node('doc', null, [
  schema.node('title', null, schema.text('Your visit')),
  schema.node('row', null, [
    schema.node('paragraph', null, [schema.text('Take '), schema.text('one', [schema.marks['strong']!.create()]), schema.text(' pill.')]),
    schema.node('paragraph'),
  ]),
  schema.node('paragraph', null, schema.text('Drink water.')),
]);
const rowStart = doc.firstChild!.nodeSize;
const stateAt = (from: number, to = from) =>
  EditorState.create({doc, plugins: [spokenWordPlugin()], selection: TextSelection.create(doc, from, to)});

describe('readingBlocks', () => {
  it('gives each text block with words, cut to the range, and maps offsets back to the document', () => {
    const blocks = readingBlocks(doc, 0, doc.content.size);
    assert.deepEqual(blocks.map((block) => block.text), ['Your visit', 'Take one pill.', 'Drink water.']);
    const take = blocks[1]!;
    const pill = take.text.indexOf('pill');
    assert.equal(doc.textBetween(take.position(pill), take.position(pill + 4)), 'pill');
    const [cut] = readingBlocks(doc, rowStart + 2 + 5, rowStart + 2 + 13);
    assert.equal(cut!.text, 'one pill');
    assert.equal(doc.textBetween(cut!.position(4), cut!.position(8)), 'pill');
  });
});

describe('readingRange', () => {
  it('is the selection, the row the cursor is in, its top-level block outside a row, or the whole document', () => {
    const inRow = stateAt(rowStart + 4);
    assert.deepEqual(readingRange(inRow, 'row'), {from: rowStart, to: rowStart + doc.child(1).nodeSize});
    const inTitle = stateAt(2);
    assert.deepEqual(readingRange(inTitle, 'row'), {from: 0, to: rowStart});
    assert.deepEqual(readingRange(stateAt(3, 6), 'selection'), {from: 3, to: 6});
    assert.deepEqual(readingRange(inRow, 'document'), {from: 0, to: doc.content.size});
  });
});

describe('spokenWordPlugin', () => {
  it('highlights the word it is given, maps it through edits, clears on null and ignores ranges outside', () => {
    let state = stateAt(1);
    state = state.apply(showSpokenWord(state.tr, {from: 1, to: 5}));
    const found = () => spokenWordKey.getState(state)!.find().map((d) => [d.from, d.to]);
    assert.deepEqual(found(), [[1, 5]]);
    state = state.apply(state.tr.insertText('A ', 1));
    assert.deepEqual(found(), [[3, 7]]);
    state = state.apply(showSpokenWord(state.tr, null));
    assert.deepEqual(found(), []);
    state = state.apply(showSpokenWord(state.tr, {from: 1, to: 10_000}));
    assert.deepEqual(found(), []);
  });
});
