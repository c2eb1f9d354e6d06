import {baseKeymap, chainCommands, exitCode} from 'prosemirror-commands';
import {dropCursor} from 'prosemirror-dropcursor';
import {gapCursor} from 'prosemirror-gapcursor';
import {history, redo, undo} from 'prosemirror-history';
import {inputRules, wrappingInputRule} from 'prosemirror-inputrules';
import {keymap} from 'prosemirror-keymap';
import type {Node as PMNode} from 'prosemirror-model';
import {liftListItem, sinkListItem, splitListItem} from 'prosemirror-schema-list';
import {EditorState, Selection, TextSelection, type Command, type Plugin} from 'prosemirror-state';
import {
  insertContact,
  insertHardWord,
  insertRow,
  toggleBold,
  toggleBulletList,
  toggleHeading,
  toggleOrderedList,
} from './commands.js';
import {placeholderPlugin} from './plugins/placeholder.js';
import {schema} from '../document/schema.js';

/** Options for {@link createEditorState}. */
export interface EditorStateOptions {
  /** The document to edit. */
  readonly doc: PMNode;
  /**
   * Plugins added before the built-in keymaps (checks, paste handling, the picture
   * shortcut), so their keys win over the defaults.
   */
  readonly plugins?: readonly Plugin[];
}

/**
 * The keyboard shortcuts of the editor's commands, shown in the toolbar's tooltips.
 * "Mod" is Ctrl on Windows and Linux, Cmd on a Mac.
 */
export const shortcuts = {
  bold: 'Mod-b',
  heading2: 'Mod-Alt-2',
  heading3: 'Mod-Alt-3',
  bulletList: 'Mod-Shift-8',
  orderedList: 'Mod-Shift-7',
  row: 'Mod-Alt-r',
  picture: 'Mod-Alt-p',
  hardWord: 'Mod-Alt-h',
  contact: 'Mod-Alt-c',
  undo: 'Mod-z',
  redo: 'Mod-Shift-z',
} as const;

/**
 * Creates the editor's state: the document plus history, keyboard shortcuts, list input
 * rules ("- " starts a bullet list, "1. " a numbered one), drop and gap cursors and
 * placeholders, with `options.plugins` ahead of the keymaps. Like
 * prosemirror-example-setup, but for the easy-read schema.
 */
export function createEditorState(options: EditorStateOptions): EditorState {
  return EditorState.create({
    doc: options.doc,
    plugins: [
      inputRules({
        rules: [
          wrappingInputRule(/^\s*([-+*])\s$/, schema.nodes['bullet_list']!),
          wrappingInputRule(
            /^(\d+)\.\s$/,
            schema.nodes['ordered_list']!,
            (match) => ({order: Number(match[1])}),
            (match, node) => node.childCount + (node.attrs['order'] as number) === Number(match[1])
          ),
        ],
      }),
      ...(options.plugins ?? []),
      keymap(editorKeymap()),
      keymap(baseKeymap),
      history(),
      dropCursor({color: '#005eb8', width: 3}),
      gapCursor(),
      placeholderPlugin(),
    ],
  });
}

/** Enter in the title moves to the first block below it, making a row when there is none. */
const leaveTitle: Command = (state, dispatch) => {
  const {$from} = state.selection;
  if ($from.parent.type !== schema.nodes['title']) return false;
  if (!dispatch) return true;
  const afterTitle = $from.after(1);
  let tr = state.tr;
  if (state.doc.childCount === 1) {
    tr = tr.insert(afterTitle, schema.nodes['row']!.create(null, schema.nodes['paragraph']!.create()));
  }
  dispatch(tr.setSelection(Selection.near(tr.doc.resolve(afterTitle + 1))).scrollIntoView());
  return true;
};

/** Shift-Enter inserts a line break, except where only text is allowed. */
const insertBreak: Command = chainCommands(exitCode, (state, dispatch) => {
  const type = schema.nodes['hard_break']!;
  if (!state.selection.$from.parent.type.contentMatch.matchType(type)) return false;
  if (dispatch) dispatch(state.tr.replaceSelectionWith(type.create()).scrollIntoView());
  return true;
});

/** Backspace at the start of an empty row's only paragraph removes the row. */
const removeEmptyRow: Command = (state, dispatch) => {
  const {$from, empty} = state.selection;
  if (!empty || $from.depth !== 2 || $from.parentOffset !== 0) return false;
  const row = $from.node(1);
  if (row.type !== schema.nodes['row'] || row.childCount !== 1 || row.textContent !== '' || row.attrs['picture']) {
    return false;
  }
  if (dispatch) {
    const from = $from.before(1);
    const tr = state.tr.delete(from, from + row.nodeSize);
    dispatch(tr.setSelection(TextSelection.near(tr.doc.resolve(Math.max(0, from - 1)), -1)).scrollIntoView());
  }
  return true;
};

function editorKeymap(): Record<string, Command> {
  const listItem = schema.nodes['list_item']!;
  return {
    [shortcuts.undo]: undo,
    [shortcuts.redo]: redo,
    'Mod-y': redo,
    [shortcuts.bold]: toggleBold,
    [shortcuts.heading2]: toggleHeading(2),
    [shortcuts.heading3]: toggleHeading(3),
    [shortcuts.bulletList]: toggleBulletList,
    [shortcuts.orderedList]: toggleOrderedList,
    [shortcuts.row]: insertRow,
    [shortcuts.hardWord]: insertHardWord,
    [shortcuts.contact]: insertContact(),
    Enter: chainCommands(leaveTitle, splitListItem(listItem)),
    'Shift-Enter': insertBreak,
    Backspace: removeEmptyRow,
    'Mod-[': liftListItem(listItem),
    'Mod-]': sinkListItem(listItem),
  };
}
