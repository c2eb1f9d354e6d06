import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {redo, undo} from 'prosemirror-history';
import {Fragment, Slice, type Node as PMNode} from 'prosemirror-model';
import {EditorState, NodeSelection, TextSelection, type Command, type Transaction} from 'prosemirror-state';
import type {EditorView} from 'prosemirror-view';
import {blockIdOf, hasBlockId} from '../../document/block-ids.js';
import {parseDocumentFile, toDocumentFile} from '../../document/document-file.js';
import {schema} from '../../document/schema.js';
import {insertRow} from '../commands.js';
import {createEditorState} from '../editor-state.js';
import {blockIdsKey, blockIdsPlugin} from './block-ids.js';

const {nodes} = schema;

/** Title "Title" then rows r1…rn, each one paragraph p1…pn holding `Row i.`. */
function stateWithRows(count: number): EditorState {
  const rows = Array.from({length: count}, (_, i) =>
    nodes['row']!.create({id: `r${i + 1}`}, nodes['paragraph']!.create({id: `p${i + 1}`}, schema.text(`Row ${i + 1}.`)))
  );
  const doc = nodes['doc']!.create(null, [nodes['title']!.create({id: 't'}, schema.text('Title')), ...rows]);
  return createEditorState({doc, plugins: [blockIdsPlugin()]});
}

/** Every block id in document order. */
function ids(doc: PMNode): (string | null)[] {
  const out: (string | null)[] = [];
  doc.descendants((node) => {
    if (hasBlockId(node.type)) out.push(blockIdOf(node));
  });
  return out;
}

function assertUnique(doc: PMNode): void {
  const all = ids(doc);
  assert.ok(all.every((id) => id !== null), `every block has an id: ${JSON.stringify(all)}`);
  assert.equal(new Set(all).size, all.length, `ids are unique: ${JSON.stringify(all)}`);
}

function run(state: EditorState, command: Command): EditorState {
  let next = state;
  assert.ok(command(state, (tr) => (next = state.apply(tr))), 'command applies');
  return next;
}

/** Where the text of row `index` (0-based) starts. */
function rowTextStart(state: EditorState, index: number): number {
  let pos = state.doc.child(0).nodeSize;
  for (let i = 0; i < index; i++) pos += state.doc.child(i + 1).nodeSize;
  return pos + 2;
}

const apply = (state: EditorState, tr: Transaction) => state.apply(tr);

describe('block ids in the editor', () => {
  it('keeps every id while typing, and adds no undo step of its own', () => {
    const start = stateWithRows(3);
    let state = start;
    for (const char of 'New words ') state = apply(state, state.tr.insertText(char, rowTextStart(state, 1)));
    assert.deepEqual(ids(state.doc), ids(start.doc));
    state = run(state, undo);
    assert.ok(state.doc.eq(start.doc), 'one undo takes the typing back');
  });

  it('gives the new half of a split row and paragraph new ids, and keeps the first', () => {
    let state = stateWithRows(2);
    state = apply(state, state.tr.split(rowTextStart(state, 0) + 3, 2));
    const [title, r1, p1, r1b, p1b] = ids(state.doc);
    assert.deepEqual([title, r1, p1], ['t', 'r1', 'p1']);
    assert.notEqual(r1b, 'r1');
    assert.notEqual(p1b, 'p1');
    assertUnique(state.doc);
  });

  it('keeps the id on the text when a row is split at its start', () => {
    let state = stateWithRows(1);
    state = apply(state, state.tr.split(rowTextStart(state, 0), 2));
    assert.equal(state.doc.child(2).textContent, 'Row 1.');
    assert.equal(blockIdOf(state.doc.child(2)), 'r1');
    assertUnique(state.doc);
  });

  it('undoes a split in one step, and redoes it with unique ids', () => {
    const start = stateWithRows(2);
    let state = apply(start, start.tr.split(rowTextStart(start, 0) + 3, 2));
    state = run(state, undo);
    assert.ok(state.doc.eq(start.doc), 'the split is undone, ids and all');
    state = run(state, redo);
    assert.equal(state.doc.childCount, 4);
    assertUnique(state.doc);
  });

  it('brings a deleted row back with its id on undo', () => {
    const start = stateWithRows(3);
    const from = rowTextStart(start, 1) - 2;
    let state = apply(start, start.tr.delete(from, from + start.doc.child(2).nodeSize));
    assert.deepEqual(ids(state.doc), ['t', 'r1', 'p1', 'r3', 'p3']);
    state = run(state, undo);
    assert.deepEqual(ids(state.doc), ids(start.doc));
  });

  it('gives a pasted copy of a row a new id, and the original keeps its own', () => {
    let state = stateWithRows(2);
    const copy = new Slice(Fragment.from(state.doc.child(1)), 0, 0);
    const end = state.doc.content.size;
    state = apply(state, state.tr.setSelection(TextSelection.create(state.doc, end - 2)).replaceSelection(copy));
    assert.equal(state.doc.childCount, 4);
    assert.equal(state.doc.child(3).textContent, 'Row 1.');
    assert.deepEqual(ids(state.doc).slice(0, 5), ['t', 'r1', 'p1', 'r2', 'p2']);
    assertUnique(state.doc);
  });

  it('keeps the id of a row that is moved (cut, then pasted elsewhere)', () => {
    let state = stateWithRows(3);
    const row = state.doc.child(1);
    const from = rowTextStart(state, 0) - 2;
    const tr = state.tr.delete(from, from + row.nodeSize);
    state = apply(state, tr.insert(tr.doc.content.size, row));
    assert.deepEqual(ids(state.doc), ['t', 'r2', 'p2', 'r3', 'p3', 'r1', 'p1']);
  });

  it('gives a new row from a command its own id', () => {
    let state = stateWithRows(1);
    state = apply(state, state.tr.setSelection(TextSelection.create(state.doc, rowTextStart(state, 0))));
    state = run(state, insertRow);
    assert.equal(state.doc.childCount, 3);
    assertUnique(state.doc);
  });

  it('stays right when a state is made again from an older one', () => {
    const start = stateWithRows(2);
    const row = start.doc.child(1);
    const end = start.doc.content.size;
    apply(start, start.tr.delete(rowTextStart(start, 0) - 2, rowTextStart(start, 0) - 2 + row.nodeSize));
    // From the older state, where r1 still exists: its copy must be renamed.
    const state = apply(start, start.tr.insert(end, row));
    assert.equal(blockIdOf(state.doc.child(1)), 'r1');
    assertUnique(state.doc);
  });

  it('keeps ids through a save and a load', () => {
    let state = stateWithRows(2);
    state = apply(state, state.tr.split(rowTextStart(state, 0) + 3, 2));
    const saved = JSON.parse(JSON.stringify(toDocumentFile(state.doc))) as unknown;
    assert.deepEqual(ids(parseDocumentFile(saved)), ids(state.doc));
  });
});

describe('block ids of a paste', () => {
  /** What the plugin does to a slice pasted into `state` (the view's own part is only its state). */
  const pasted = (state: EditorState, slice: Slice) =>
    blockIdsKey.get(state)!.props.transformPasted!.call(blockIdsKey.get(state)!, slice, {state} as EditorView, false);
  const rowSlice = (...rows: PMNode[]) => new Slice(Fragment.from(rows), 0, 0);

  it('comes in with its ids, so no step follows to renew them', () => {
    const state = stateWithRows(2);
    const paragraph = nodes['paragraph']!;
    const plain = new Slice(Fragment.from(Array.from({length: 50}, (_, i) => paragraph.create(null, schema.text(`Line ${i}.`)))), 0, 0);
    const slice = pasted(state, plain);
    assert.ok(ids(slice.content.child(0)).every((id) => id !== null));
    const end = state.doc.content.size;
    const {state: after, transactions} = state.applyTransaction(state.tr.insert(end, slice.content));
    assert.equal(transactions.length, 1, 'no renewal transaction was appended');
    assertUnique(after.doc);
  });

  it('gives a copy of a row still in the document new ids, and a second copy in the slice too', () => {
    const state = stateWithRows(2);
    const slice = pasted(state, rowSlice(state.doc.child(1), state.doc.child(1)));
    const [first, second] = [ids(slice.content.child(0)), ids(slice.content.child(1))];
    assert.ok(![...first, ...second].some((id) => id === 'r1' || id === 'p1'), `new ids: ${JSON.stringify([first, second])}`);
    assert.notDeepEqual(first, second);
  });

  it('keeps the ids of rows that are not in the document, or that the paste replaces', () => {
    const state = stateWithRows(2);
    const row = state.doc.child(1);
    const foreign = nodes['row']!.create({id: 'elsewhere'}, nodes['paragraph']!.create({id: 'elsewhere-text'}, schema.text('Hi.')));
    assert.equal(pasted(state, rowSlice(foreign)).content.child(0), foreign);
    const from = state.doc.child(0).nodeSize;
    const overRow = state.apply(state.tr.setSelection(NodeSelection.create(state.doc, from)));
    const slice = rowSlice(row);
    assert.equal(pasted(overRow, slice), slice, 'pasting a row over itself keeps its ids');
  });
});
