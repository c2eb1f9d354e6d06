import {setBlockType, toggleMark, wrapIn, lift} from 'prosemirror-commands';
import {liftListItem, wrapInList} from 'prosemirror-schema-list';
import {Fragment, type Node as PMNode, type NodeType} from 'prosemirror-model';
import {NodeSelection, TextSelection, type Command, type EditorState, type Transaction} from 'prosemirror-state';
import {contactFields, schema, type ContactField, type Picture} from '../document/schema.js';

/**
 * Editor commands in ProseMirror's `Command` shape: called with no `dispatch` they
 * only say whether they apply, which is how the toolbar decides what is enabled.
 */

const {nodes, marks} = schema;

/** Toggles bold on the selection (key words in easy read are bold). */
export const toggleBold: Command = toggleMark(marks['strong']!);

/**
 * Turns the current block into a heading of `level` (2 or 3), or back into a
 * paragraph when it already is one of that level.
 */
export function toggleHeading(level: 2 | 3): Command {
  return (state, dispatch) => {
    const {$from} = state.selection;
    const parent = $from.parent;
    if (parent.type === nodes['heading'] && parent.attrs['level'] === level) {
      return setBlockType(nodes['paragraph']!)(state, dispatch);
    }
    // A heading cannot live inside a row or list: only top-level paragraphs can become one.
    if ($from.depth !== 1) return false;
    return setBlockType(nodes['heading']!, {level})(state, dispatch);
  };
}

/** Wraps the selection in a list of `type`, or lifts it out when it is already in one. */
export function toggleList(type: NodeType): Command {
  return (state, dispatch) => {
    const list = findAncestor(state, (node) => node.type === nodes['bullet_list'] || node.type === nodes['ordered_list']);
    if (list && list.node.type === type) return liftListItem(nodes['list_item']!)(state, dispatch);
    if (list) {
      if (dispatch) dispatch(state.tr.setNodeMarkup(list.pos, type));
      return true;
    }
    return wrapInList(type)(state, dispatch);
  };
}

/** Toggles a bullet list. */
export const toggleBulletList: Command = toggleList(nodes['bullet_list']!);
/** Toggles a numbered list. */
export const toggleOrderedList: Command = toggleList(nodes['ordered_list']!);

/** Inserts a new, empty easy-read row after the current top-level block and puts the cursor in it. */
export const insertRow: Command = (state, dispatch) =>
  insertTopLevel(state, dispatch, nodes['row']!.create(null, nodes['paragraph']!.create()));

/** Inserts a hard word box (the word, then what it means) after the current top-level block. */
export const insertHardWord: Command = (state, dispatch) =>
  insertTopLevel(
    state,
    dispatch,
    nodes['hard_word']!.create(null, [nodes['hard_word_term']!.create(), nodes['hard_word_meaning']!.create()])
  );

/** Inserts a contact block with a line for each of `fields` (default: phone, email, address, opening times). */
export function insertContact(fields: readonly ContactField[] = ['phone', 'email', 'address', 'hours']): Command {
  for (const field of fields) {
    if (!contactFields.includes(field)) throw new RangeError(`Unknown contact field ${field}`);
  }
  return (state, dispatch) =>
    insertTopLevel(
      state,
      dispatch,
      nodes['contact']!.create(
        null,
        fields.map((field) => nodes['contact_line']!.create({field}))
      )
    );
}

/**
 * Puts a picture in the row the selection is in, replacing its current picture. Outside a
 * row, it makes a new row after the current block holding the picture. Throws a
 * `RangeError` when the picture has no alt text: easy-read pictures are never decorative.
 */
export function placePicture(picture: Picture): Command {
  if (!picture.alt.trim()) throw new RangeError('A picture needs alt text before it is placed');
  return (state, dispatch) => {
    const row = currentRow(state);
    if (row) {
      if (dispatch) dispatch(state.tr.setNodeAttribute(row.pos, 'picture', {...picture}).scrollIntoView());
      return true;
    }
    return insertTopLevel(state, dispatch, nodes['row']!.create({picture: {...picture}}, nodes['paragraph']!.create()));
  };
}

/** The row the selection is in (position and node), if any. */
export function currentRow(state: EditorState): {pos: number; node: PMNode} | undefined {
  return findAncestor(state, (n) => n.type === nodes['row']);
}

/** Removes the picture from the row the selection is in. */
export const removePicture: Command = (state, dispatch) => {
  const row = currentRow(state);
  if (!row?.node.attrs['picture']) return false;
  if (dispatch) dispatch(state.tr.setNodeAttribute(row.pos, 'picture', null));
  return true;
};

/** Lifts the selection out of its wrapper (a list or a row), when it can. */
export const liftOut: Command = (state, dispatch) => lift(state, dispatch);

/** Wraps the selected top-level paragraphs in a row. */
export const wrapInRow: Command = wrapIn(nodes['row']!);

/** Whether the mark is active on the selection (for `aria-pressed`). */
export function isMarkActive(state: EditorState, markName: string): boolean {
  const type = marks[markName];
  if (!type) throw new RangeError(`Unknown mark ${markName}`);
  const {from, $from, to, empty} = state.selection;
  if (empty) return Boolean(type.isInSet(state.storedMarks ?? $from.marks()));
  return state.doc.rangeHasMark(from, to, type);
}

/** Whether the selection is in a block of `typeName` (with `attrs`, if given). */
export function isBlockActive(state: EditorState, typeName: string, attrs: Record<string, unknown> = {}): boolean {
  return Boolean(
    findAncestor(
      state,
      (node) => node.type.name === typeName && Object.entries(attrs).every(([key, value]) => node.attrs[key] === value)
    )
  );
}

function findAncestor(state: EditorState, predicate: (node: PMNode) => boolean): {pos: number; node: PMNode} | undefined {
  const {$from} = state.selection;
  for (let depth = $from.depth; depth > 0; depth--) {
    const node = $from.node(depth);
    if (predicate(node)) return {pos: $from.before(depth), node};
  }
  if (state.selection instanceof NodeSelection && predicate(state.selection.node)) {
    return {pos: state.selection.from, node: state.selection.node};
  }
  return undefined;
}

/** Inserts `node` after the top-level block holding the selection and puts the cursor in its first textblock. */
function insertTopLevel(state: EditorState, dispatch: ((tr: Transaction) => void) | undefined, node: PMNode): boolean {
  const {$to} = state.selection;
  const after = $to.depth >= 1 ? $to.after(1) : state.doc.content.size;
  if (!state.doc.canReplace(state.doc.childCount, state.doc.childCount, Fragment.from(node))) return false;
  if (!dispatch) return true;
  const tr = state.tr.insert(after, node);
  let cursor: number | undefined;
  node.descendants((child, pos) => {
    if (cursor === undefined && child.isTextblock) cursor = after + 1 + pos + 1;
    return cursor === undefined;
  });
  dispatch(tr.setSelection(TextSelection.create(tr.doc, cursor ?? after + 1)).scrollIntoView());
  return true;
}
