import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {EditorState} from 'prosemirror-state';
import {parseDocumentFile} from '../../document/document-file.js';
import {blockIdOf} from '../../document/block-ids.js';
import {feedbackMarksKey, feedbackMarksPlugin, selectBlock, setFeedback, type BlockFeedback} from './feedback-marks.js';

const file = {
  format: 'easy-read-studio/1',
  meta: {title: 'Tablets'},
  doc: {
    type: 'doc',
    content: [
      {type: 'title', content: [{type: 'text', text: 'Tablets'}]},
      {type: 'row', content: [{type: 'paragraph', content: [{type: 'text', text: 'Take a tablet. The tablet is small.'}]}]},
      {type: 'row', content: [{type: 'paragraph', content: [{type: 'text', text: 'Drink water.'}]}]},
    ],
  },
};

function stateWithFeedback() {
  const doc = parseDocumentFile(file);
  const state = EditorState.create({doc, plugins: [feedbackMarksPlugin()]});
  const rowId = blockIdOf(doc.child(1))!;
  const feedback: BlockFeedback = {understood: {yes: 1, notSure: 1, no: 2}, hardWords: [{word: 'tablet', count: 3}]};
  let next = state;
  setFeedback(new Map([[rowId, feedback]]))(state, (tr) => (next = state.apply(tr)));
  return {state: next, rowId};
}

describe('feedbackMarksPlugin', () => {
  it('marks a block with feedback, and each whole-word use of a hard word in it', () => {
    const {state} = stateWithFeedback();
    const decorations = feedbackMarksKey.getState(state)!.decorations.find();
    const inline = decorations.filter((d) => d.from !== d.to);
    const words = inline.map((d) => state.doc.textBetween(d.from, d.to));
    assert.deepEqual(words, ['tablet', 'tablet']);
    // One mark for the row and two highlights (their counts are in the highlights' attributes).
    assert.equal(decorations.length, 3);
  });

  it('maps the marks through typing instead of rebuilding them', () => {
    const {state} = stateWithFeedback();
    const before = feedbackMarksKey.getState(state)!;
    const typed = state.apply(state.tr.insertText('Please ', 3 + 'Tablets'.length));
    const after = feedbackMarksKey.getState(typed)!;
    assert.equal(after.byId, before.byId);
    const words = after.decorations.find().filter((d) => d.from !== d.to).map((d) => typed.doc.textBetween(d.from, d.to));
    assert.deepEqual(words, ['tablet', 'tablet']);
  });

  it('clears the marks with an empty map, and setting them adds no undo step', () => {
    const {state} = stateWithFeedback();
    let cleared = state;
    setFeedback(new Map())(state, (tr) => {
      assert.equal(tr.getMeta('addToHistory'), false);
      cleared = state.apply(tr);
    });
    assert.equal(feedbackMarksKey.getState(cleared)!.decorations.find().length, 0);
  });

  it('puts the cursor in the block with an id, and says false for an id it does not have', () => {
    const {state, rowId} = stateWithFeedback();
    let moved = state;
    assert.equal(selectBlock(rowId)(state, (tr) => (moved = state.apply(tr))), true);
    assert.equal(moved.selection.$from.parent.textContent, 'Take a tablet. The tablet is small.');
    assert.equal(selectBlock('nope')(state), false);
  });
});
