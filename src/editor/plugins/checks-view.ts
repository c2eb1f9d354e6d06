import type {EditorState, PluginView, Transaction} from 'prosemirror-state';
import type {EditorView} from 'prosemirror-view';
import type {CheckBlock} from '../../checks/types.js';
import {documentBlocks} from '../../document/text-blocks.js';
import type {ChecksChecker} from './checks-plugin.js';
import {checksKey, type ChecksMeta} from './checks-state.js';

/** What {@link ChecksView} needs from the checks plugin (see `ChecksOptions` for `delay` and `sliceCharacters`). */
export interface ChecksViewOptions {
  readonly checker: ChecksChecker;
  readonly delay: number;
  readonly sliceCharacters: number;
  /** Checks a state and returns the transaction that stores the result (`runChecks`). */
  readonly run: (state: EditorState, checker: ChecksChecker) => Transaction;
}

/**
 * Runs the checker after each document change and dispatches the result. Text the
 * checker has not seen is checked in slices first (see `sliceCharacters`): the checker
 * remembers each block it has checked, so the full check after the last slice is quick.
 */
export class ChecksView implements PluginView {
  private readonly view: EditorView;
  private readonly checker: ChecksChecker;
  private readonly delay: number;
  private readonly sliceCharacters: number;
  /** The block objects the checker has seen (`documentBlocks` keeps them for unchanged text). */
  private readonly seenBlocks = new WeakSet<CheckBlock>();
  private pending = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private slicing = false;
  private destroyed = false;
  private warned = false;

  private readonly check: (state: EditorState, checker: ChecksChecker) => Transaction;

  constructor(view: EditorView, options: ChecksViewOptions) {
    this.view = view;
    this.checker = options.checker;
    this.delay = options.delay;
    this.sliceCharacters = options.sliceCharacters;
    this.check = options.run;
    this.schedule();
  }

  update(view: EditorView): void {
    if (checksKey.getState(view.state)?.checkedDoc !== view.state.doc) this.schedule();
  }

  destroy(): void {
    this.destroyed = true;
    clearTimeout(this.timer);
  }

  private schedule(): void {
    // A slice is due in its own task: it reads the newest state then.
    if (this.slicing) return;
    if (this.delay > 0) {
      clearTimeout(this.timer);
      this.timer = setTimeout(this.run, this.delay);
    } else if (!this.pending) {
      // Not synchronously: this runs inside `updateState`, and dispatching from there would
      // reach the editor's dispatchTransaction before the outer transaction has been
      // published, so listeners would see the newer state first and the older one last. A
      // microtask runs as soon as that dispatch returns, still before the browser paints,
      // and folds several transactions of one event into one check.
      this.pending = true;
      queueMicrotask(this.run);
    }
  }

  // An arrow field: setTimeout and queueMicrotask need it bound.
  private readonly run = (): void => {
    this.pending = false;
    if (this.destroyed) return;
    this.slicing = false;
    const state = this.view.state;
    if (checksKey.getState(state)?.checkedDoc === state.doc) return;
    let tr: Transaction;
    try {
      if (this.checkSlice(state)) {
        this.slicing = true;
        this.timer = setTimeout(this.run, 0);
        return;
      }
      tr = this.check(state, this.checker);
    } catch (error) {
      if (!this.warned) console.warn('The checks could not run on this document.', error);
      this.warned = true;
      return;
    }
    const meta = tr.getMeta(checksKey) as ChecksMeta;
    if (meta.type === 'result') for (const block of meta.blocks.input.blocks) this.seenBlocks.add(block);
    this.view.dispatch(tr);
  };

  /**
   * When more than `sliceCharacters` of the text is new to the checker, checks the first
   * slice of new text with every block already seen (the result is dropped: the full check
   * gives it) and returns true; otherwise does nothing and returns false. The seen blocks
   * go along because the checker only remembers blocks of its last two checks.
   */
  private checkSlice(state: EditorState): boolean {
    const {input} = documentBlocks(state.doc);
    let fresh = 0;
    for (let index = 0; index < input.blocks.length; index++) {
      const block = input.blocks[index]!;
      if (this.seenBlocks.has(block)) continue;
      fresh += block.text.length;
      if (fresh <= this.sliceCharacters) continue;
      const slice = input.blocks.filter((other, at) => at <= index || this.seenBlocks.has(other));
      this.checker.check({...input, blocks: slice});
      for (const seen of slice) this.seenBlocks.add(seen);
      return true;
    }
    return false;
  }
}
