import {keymap} from 'prosemirror-keymap';
import {TextSelection, type Command, type EditorState, type Plugin} from 'prosemirror-state';
import type {IgnoredFinding, IgnoreReason} from '../../checks/types.js';
import {checksKey, findingById, type ChecksMeta, type PositionedFinding} from './checks-state.js';
import {createIgnore, documentIgnores, placeOf, sameIgnore} from './ignores.js';
import {replaceRange} from './replacement.js';

/**
 * Commands on the checks plugin's findings, in ProseMirror's `Command` shape: called
 * without `dispatch` they only say whether they apply (for enabling buttons).
 */

/**
 * The keyboard shortcuts of the checks, for tooltips and help. `F8` and `Alt-F8` follow
 * code editors' "next problem"; browsers use neither, and `F8` still works where the
 * system takes `Alt-F8` (some Linux desktops resize windows with it).
 */
export const checksShortcuts = {
  nextProblem: 'F8',
  previousProblem: 'Shift-F8',
  showFixes: 'Mod-.',
} as const;

/** Selects the finding with `id` and scrolls it into view. Fails for document findings, which have no place. */
export function selectFinding(id: string): Command {
  return (state, dispatch) => {
    const finding = findingById(state, id);
    if (!finding || finding.block < 0) return false;
    dispatch?.(state.tr.setSelection(TextSelection.create(state.doc, finding.from, finding.to)).scrollIntoView());
    return true;
  };
}

/** Selects the first finding after the selection, wrapping round to the first one. */
export const nextFinding: Command = (state, dispatch) => {
  const placed = placedFindings(state);
  const {from, to} = state.selection;
  const target = placed.find((f) => f.from > from || (f.from === from && f.to > to)) ?? placed[0];
  return target ? selectFinding(target.id)(state, dispatch) : false;
};

/** Selects the last finding before the selection, wrapping round to the last one. */
export const previousFinding: Command = (state, dispatch) => {
  const placed = placedFindings(state);
  const {from, to} = state.selection;
  const target = placed.findLast((f) => f.from < from || (f.from === from && f.to < to)) ?? placed[placed.length - 1];
  return target ? selectFinding(target.id)(state, dispatch) : false;
};

/**
 * Applies suggestion `index` of finding `id`: replaces the finding's text with the
 * suggestion's replacement in one transaction, so one undo reverts it. A replacement
 * with line breaks becomes separate lines or a list (see `replacement.ts`). The finding
 * leaves the list at once; the check that follows confirms it.
 */
export function applySuggestion(id: string, index: number): Command {
  return (state, dispatch) => {
    const finding = findingById(state, id);
    const suggestion = finding?.suggestions[index];
    if (!finding || !suggestion || finding.block < 0) return false;
    if (!placeOf(state.doc, finding.from, finding.to)) return false;
    if (dispatch) {
      const meta: ChecksMeta = {type: 'resolved', id};
      dispatch(replaceRange(state.tr, finding.from, finding.to, suggestion.replacement).setMeta(checksKey, meta).scrollIntoView());
    }
    return true;
  };
}

/**
 * Ignores finding `id` for `reason`, recording `by` (who) and now (when) in the
 * document's `ignores`. The ignore is tied to the finding's sentence, so the problem
 * comes back if that sentence changes. Undoable like any edit.
 */
export function ignoreFinding(id: string, reason: IgnoreReason, by: string): Command {
  return (state, dispatch) => {
    const finding = findingById(state, id);
    if (!finding) return false;
    const place = finding.block < 0 ? null : placeOf(state.doc, finding.from, finding.to);
    if (finding.block >= 0 && !place) return false;
    if (dispatch) {
      const ignore = createIgnore(finding, place, reason, by, new Date().toISOString());
      dispatch(state.tr.setDocAttribute('ignores', [...documentIgnores(state.doc), ignore]));
    }
    return true;
  };
}

/** Removes `ignore` from the document's ignores, so its finding shows again. Undoable. */
export function reopenIgnored(ignore: IgnoredFinding): Command {
  return (state, dispatch) => {
    const ignores = documentIgnores(state.doc);
    const kept = ignores.filter((candidate) => !sameIgnore(candidate, ignore));
    if (kept.length === ignores.length) return false;
    dispatch?.(state.tr.setDocAttribute('ignores', kept));
    return true;
  };
}

/** The keys that move between problems: `F8`/`Alt-F8` next, `Shift-F8`/`Shift-Alt-F8` previous. */
export const checksKeymap: Plugin = keymap({
  F8: nextFinding,
  'Alt-F8': nextFinding,
  'Shift-F8': previousFinding,
  'Shift-Alt-F8': previousFinding,
});

function placedFindings(state: EditorState): readonly PositionedFinding[] {
  return checksKey.getState(state)?.findings.filter((finding) => finding.block >= 0) ?? [];
}
