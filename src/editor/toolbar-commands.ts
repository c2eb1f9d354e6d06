import {redo, undo} from 'prosemirror-history';
import type {Command} from 'prosemirror-state';
import {insertContact, insertHardWord, insertRow, toggleBold, toggleBulletList, toggleHeading, toggleOrderedList} from './commands.js';
import type {ToolbarAction} from './events.js';

/**
 * The command each toolbar action runs. `picture` is not here: it opens the picture
 * picker, and the picture is placed once one is chosen.
 */
export const toolbarCommands: Readonly<Record<Exclude<ToolbarAction, 'picture'>, Command>> = {
  heading: toggleHeading(2),
  bold: toggleBold,
  'bullet-list': toggleBulletList,
  'ordered-list': toggleOrderedList,
  row: insertRow,
  'hard-word': insertHardWord,
  contact: insertContact(),
  undo,
  redo,
};
