import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {undo} from 'prosemirror-history';
import {TextSelection, type Command, type EditorState} from 'prosemirror-state';
import {
  currentRow,
  insertContact,
  insertHardWord,
  insertRow,
  isBlockActive,
  isMarkActive,
  placePicture,
  removePicture,
  toggleBold,
  toggleBulletList,
  toggleHeading,
  toggleOrderedList,
} from './commands.js';
import {emptyDocument} from '../document/document-file.js';
import {createEditorState} from './editor-state.js';
import {schema} from '../document/schema.js';

const picture = {src: '/openmoji/1F9D1-200D-2695-FE0F.svg', alt: 'health worker', credit: 'OpenMoji', licence: 'CC BY-SA 4.0', symbol: '1F9D1-200D-2695-FE0F'};

/** A state with "Title" and one row holding `text`, the cursor at the end of the row's text. */
function stateWith(text: string): EditorState {
  const doc = schema.nodes['doc']!.create(null, [
    schema.nodes['title']!.create(null, schema.text('Title')),
    schema.nodes['row']!.create(null, schema.nodes['paragraph']!.create(null, text ? schema.text(text) : undefined)),
  ]);
  const state = createEditorState({doc});
  const end = 1 + 5 + 1 + 1 + 1 + text.length; // title(7) + row open + paragraph open + text
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, end)));
}

function run(state: EditorState, command: Command): EditorState {
  let next = state;
  const applied = command(state, (tr) => (next = state.apply(tr)));
  assert.ok(applied, 'command applies');
  return next;
}

const topLevel = (state: EditorState) => {
  const names: string[] = [];
  state.doc.forEach((node) => names.push(node.type.name));
  return names;
};

describe('editor commands', () => {
  it('inserts a new row after the current one and puts the cursor in it', () => {
    const next = run(stateWith('First idea'), insertRow);
    assert.deepEqual(topLevel(next), ['title', 'row', 'row']);
    assert.equal(currentRow(next)?.pos, next.doc.child(0).nodeSize + next.doc.child(1).nodeSize);
  });

  it('inserts a hard word box and a contact block with labelled fields', () => {
    let state = run(stateWith('Text'), insertHardWord);
    assert.equal(state.selection.$from.parent.type.name, 'hard_word_term');
    state = run(state, insertContact(['phone', 'email']));
    const contact = state.doc.lastChild!;
    assert.equal(contact.type.name, 'contact');
    assert.deepEqual(
      contact.content.content.map((line) => line.attrs['field']),
      ['phone', 'email']
    );
    assert.throws(() => insertContact(['fax' as never]), RangeError);
  });

  it('toggles bold and reports it as active', () => {
    let state = stateWith('Take your tablets');
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 9, 13)));
    state = run(state, toggleBold);
    assert.ok(isMarkActive(state, 'strong'));
    state = run(state, toggleBold);
    assert.ok(!isMarkActive(state, 'strong'));
  });

  it('makes a heading only from a top-level paragraph', () => {
    assert.equal(toggleHeading(2)(stateWith('In a row')), false, 'not inside a row');
    const doc = schema.nodes['doc']!.create(null, [
      schema.nodes['title']!.create(),
      schema.nodes['paragraph']!.create(null, schema.text('Before you come')),
    ]);
    let state = createEditorState({doc});
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 4)));
    state = run(state, toggleHeading(2));
    assert.ok(isBlockActive(state, 'heading', {level: 2}));
    state = run(state, toggleHeading(2));
    assert.equal(state.doc.child(1).type.name, 'paragraph');
  });

  it('wraps text in a bullet list, switches it to numbers and lifts it out', () => {
    let state = run(stateWith('Bring your letter'), toggleBulletList);
    assert.ok(isBlockActive(state, 'bullet_list'));
    state = run(state, toggleOrderedList);
    assert.ok(isBlockActive(state, 'ordered_list') && !isBlockActive(state, 'bullet_list'));
    state = run(state, toggleOrderedList);
    assert.ok(!isBlockActive(state, 'ordered_list'));
    assert.equal(state.doc.child(1).firstChild!.type.name, 'paragraph');
  });

  it('places, replaces and removes a row picture, undoably', () => {
    let state = run(stateWith('See a doctor'), placePicture(picture));
    assert.deepEqual(currentRow(state)!.node.attrs['picture'], picture);
    const pill = {...picture, src: '/openmoji/1F48A.svg', alt: 'pill', symbol: '1F48A'};
    state = run(state, placePicture(pill));
    assert.equal(currentRow(state)!.node.attrs['picture'].alt, 'pill');
    state = run(state, removePicture);
    assert.equal(currentRow(state)!.node.attrs['picture'], null);
    state = run(state, undo);
    assert.equal(currentRow(state)!.node.attrs['picture'].alt, 'pill');
  });

  it('will not place a picture without alt text', () => {
    assert.throws(() => placePicture({...picture, alt: '  '}), /alt text/);
  });

  it('makes a new row for a picture placed outside a row', () => {
    let state = createEditorState({doc: emptyDocument('Title')});
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 3)));
    state = run(state, placePicture(picture));
    assert.deepEqual(topLevel(state), ['title', 'row', 'row']);
    assert.equal(state.doc.child(1).attrs['picture'].alt, 'health worker');
  });
});
