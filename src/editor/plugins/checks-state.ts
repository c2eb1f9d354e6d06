import type {Node as PMNode} from 'prosemirror-model';
import {PluginKey, type EditorState} from 'prosemirror-state';
import type {DecorationSet} from 'prosemirror-view';
import type {CheckResult, Finding, IgnoredFinding, ProfileName} from '../../checks/types.js';
import type {DocumentBlocks} from '../../document/text-blocks.js';

/**
 * The checks plugin's state and key, on their own so the plugin, its commands and the
 * panels can share them without importing each other. `checks-plugin.ts` re-exports all of it.
 */

/** A finding placed in the document: `from`/`to` are document positions, not block offsets. */
export interface PositionedFinding extends Finding {
  /**
   * Unique within one check result. Stays the same across edits in other blocks, because it
   * is made from the rule, the block's text and the finding's place in it.
   */
  readonly id: string;
  /** Document position where the finding starts; -1 for a document finding (`block === -1`). */
  readonly from: number;
  /** Document position where it ends (equal to `from` for a point, such as "this row has no picture"). */
  readonly to: number;
}

/** A finding that matched an ignore in the document, with that ignore. */
export interface IgnoredEntry {
  readonly finding: PositionedFinding;
  readonly ignore: IgnoredFinding;
}

/**
 * The stretch of the document whose findings are underlined: what is on screen and a margin
 * either side. Underlines elsewhere cannot be seen, and every one splits the text into more
 * DOM nodes, which the browser walks on each keystroke (to place the caret for input
 * methods), so a long document only draws what can be seen.
 */
export interface DrawnRange {
  readonly from: number;
  readonly to: number;
}

/**
 * The checks plugin's state. Between an edit and the check that follows it (a microtask
 * later) `findings` and `decorations` are the previous result mapped through the edit.
 */
export interface ChecksState {
  /** Open findings in document order (document findings last). */
  readonly findings: readonly PositionedFinding[];
  /** Findings the user chose to ignore, with their ignore record. */
  readonly ignored: readonly IgnoredEntry[];
  /** Readability figures of the last check, or `null` before the first one. */
  readonly scores: CheckResult['scores'] | null;
  /** Underlines (and point markers) for the `findings` that touch `drawn`. */
  readonly decorations: DecorationSet;
  /** Where findings are drawn; `null` for the whole document (before the editor is on screen, and without a view). */
  readonly drawn: DrawnRange | null;
  /** The document the last check ran on; equal to the state's `doc` when the findings are fresh. */
  readonly checkedDoc: PMNode | null;
  /** The profile the checker uses. */
  readonly profile: ProfileName;
  /** The highest reading age that counts as easy to read in `profile`. */
  readonly readingAgeTarget: number;
  /** How many blocks had their decorations rebuilt by the last check (for tests and traces). */
  readonly rebuiltBlocks: number;
  /**
   * Where the last result left underlines running on over spaces typed after their
   * problems, up to the caret there (they are trimmed when the caret leaves); `null` when
   * every underline covers its problem exactly.
   */
  readonly stretchedAt: number | null;
}

/** Plugin key of {@link checksPlugin}: `checksKey.getState(state)` reads the findings from any state. */
export const checksKey = new PluginKey<ChecksState>('checks');

/** The meta a check run (or a fix) attaches to a transaction under {@link checksKey}. */
export type ChecksMeta =
  | {
      readonly type: 'result';
      readonly doc: PMNode;
      readonly blocks: DocumentBlocks;
      readonly result: CheckResult;
      /** Where to draw from now on, when the view knows (see {@link DrawnRange}). */
      readonly drawn?: DrawnRange | null;
    }
  | {readonly type: 'resolved'; readonly id: string}
  | {readonly type: 'drawn'; readonly range: DrawnRange | null};

/** Whether `finding` is drawn when the findings in `range` are. */
export function isDrawn(finding: PositionedFinding, range: DrawnRange | null): boolean {
  return finding.block >= 0 && (range === null || (finding.to >= range.from && finding.from <= range.to));
}

/** The open finding with `id` in `state`, if any. */
export function findingById(state: EditorState, id: string): PositionedFinding | undefined {
  return checksKey.getState(state)?.findings.find((finding) => finding.id === id);
}
