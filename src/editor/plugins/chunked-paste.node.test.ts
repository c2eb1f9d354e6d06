import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {undo} from 'prosemirror-history';
import type {Node as PMNode} from 'prosemirror-model';
import {EditorState, TextSelection, type Transaction} from 'prosemirror-state';
import {schema} from '../../document/schema.js';
import {createEditorState} from '../editor-state.js';
import {fitToSelection, textToSlice} from '../paste.js';
import {blocksPerPart, chunkedPasteKey, chunkedPastePlugin, nextPart, startPaste} from './chunked-paste.js';

const {nodes} = schema;

/** A title, then `blocks` as rows of one paragraph each (`rows`) or as plain paragraphs. */
function stateWith(blocks: readonly string[], rows: boolean): EditorState {
  const paragraph = (text: string) => nodes['paragraph']!.create(null, schema.text(text));
  const body = blocks.map((text) => (rows ? nodes['row']!.create(null, paragraph(text)) : paragraph(text)));
  const doc = nodes['doc']!.create(null, [nodes['title']!.create(null, schema.text('Title')), ...body]);
  return createEditorState({doc, plugins: [chunkedPastePlugin()]});
}

/** The state with the caret just after the first `text`. */
function caretAfter(state: EditorState, text: string): EditorState {
  let at = -1;
  state.doc.descendants((node, pos) => {
    if (at < 0 && node.isText && node.text!.includes(text)) at = pos + node.text!.indexOf(text) + text.length;
    return at < 0;
  });
  assert.ok(at >= 0, `"${text}" is in the document`);
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, at)));
}

function lines(count: number): string {
  return Array.from({length: count}, (_, i) => `Pasted line ${i + 1}.`).join('\n');
}

/** The slice the editor's paste props make of `text` at the selection. */
function sliceFor(state: EditorState, text: string) {
  return fitToSelection(textToSlice(text, state.selection.$from), state.selection);
}

/** Runs the paste part by part; `between` may edit after each part. Returns the states after each part. */
function pasteInParts(state: EditorState, text: string, between: (s: EditorState) => EditorState = (s) => s): EditorState[] {
  const first = startPaste(state, sliceFor(state, text));
  assert.ok(first, 'the paste goes in parts');
  const states = [between(state.apply(first))];
  for (let tr: Transaction | null; (tr = nextPart(states[states.length - 1]!)); ) states.push(between(states[states.length - 1]!.apply(tr)));
  return states;
}

function blockCount(doc: PMNode): number {
  return doc.childCount;
}

for (const rows of [false, true]) {
  describe(`a large paste in parts (${rows ? 'into a row' : 'into a paragraph'})`, () => {
    const start = () => caretAfter(stateWith(['First block.', 'Before the caret|after the caret.', 'Last block.'], rows), 'caret|');

    it('ends as the same document, with the caret in the same place, as pasting at once', () => {
      const state = start();
      const text = lines(350);
      const atOnce = state.apply(state.tr.replaceSelection(sliceFor(state, text)));
      const states = pasteInParts(state, text);
      const end = states[states.length - 1]!;
      assert.ok(end.doc.eq(atOnce.doc), 'same document');
      assert.equal(end.selection.head, atOnce.selection.head);
      assert.equal(chunkedPasteKey.getState(end), null, 'nothing left to put in');
      assert.equal(states.length, Math.ceil((350 - 1) / blocksPerPart));
    });

    it('adds at most a part of blocks per task and never leaves out text that was there', () => {
      const state = start();
      let count = blockCount(state.doc);
      for (const next of pasteInParts(state, lines(350))) {
        assert.ok(blockCount(next.doc) - count <= blocksPerPart + 1, 'one part at a time');
        count = blockCount(next.doc);
        const text = next.doc.textContent;
        for (const kept of ['First block.', 'Before the caret|', 'after the caret.', 'Last block.']) assert.ok(text.includes(kept), kept);
      }
    });

    it('is one undo step', () => {
      const state = start();
      const states = pasteInParts(state, lines(350));
      let undone = states[states.length - 1]!;
      assert.ok(undo(undone, (tr) => (undone = undone.apply(tr))));
      assert.ok(undone.doc.eq(state.doc), 'back to the document before the paste');
    });

    it('keeps what is typed while it goes in, at the caret, after the pasted text', () => {
      const state = start();
      const text = lines(350);
      let typed = false;
      const states = pasteInParts(state, text, (s) => {
        if (typed) return s;
        typed = true;
        return s.apply(s.tr.insertText('Typed.'));
      });
      const atOnce = state.apply(state.tr.replaceSelection(sliceFor(state, text)));
      const thenTyped = atOnce.apply(atOnce.tr.insertText('Typed.'));
      assert.ok(states[states.length - 1]!.doc.eq(thenTyped.doc), 'the typing lands where it would after the whole paste');
    });
  });
}

describe('a paste that is not large', () => {
  it('goes in at once', () => {
    const state = caretAfter(stateWith(['One.', 'Two.'], false), 'One.');
    assert.equal(startPaste(state, sliceFor(state, lines(blocksPerPart))), null);
  });

  it('goes in at once in the title, where it becomes one line', () => {
    const state = caretAfter(stateWith(['One.'], false), 'Title');
    assert.equal(startPaste(state, sliceFor(state, lines(500))), null);
  });
});

describe('a part with no block boundary left where it was going', () => {
  it('still keeps its text', () => {
    const state = stateWith(['One.'], false);
    // Inside the title's text, where a title cannot go: ProseMirror keeps its text there.
    const rest = nodes['doc']!.create(null, [nodes['title']!.create(null, schema.text('Kept text.'))]).content;
    const stuck = state.apply(state.tr.setMeta(chunkedPasteKey, {at: 2, rest, time: Date.now()}));
    const tr = nextPart(stuck);
    assert.ok(tr);
    const end = stuck.apply(tr);
    assert.ok(end.doc.textContent.includes('Kept text.'), end.doc.textContent);
    assert.ok(end.doc.textContent.includes('One.'));
    assert.equal(chunkedPasteKey.getState(end), null);
  });
});
