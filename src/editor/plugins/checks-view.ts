import type {Node as PMNode} from 'prosemirror-model';
import type {EditorState, PluginView, Transaction} from 'prosemirror-state';
import type {EditorView} from 'prosemirror-view';
import type {CheckBlock} from '../../checks/types.js';
import {documentBlocks, type SymbolNames} from '../../document/text-blocks.js';
import type {ChecksChecker} from './checks-plugin.js';
import {checksKey, type ChecksMeta, type DrawnRange} from './checks-state.js';
import {visibleRange} from './visible-range.js';

/** How far beyond the screen, in document positions (about characters), findings are drawn. */
const DRAWN_MARGIN = 4000;
/**
 * Up to this size (about 3,000 words) every finding is drawn and the screen is never
 * measured: drawing them all is cheap there, and the editor then dispatches nothing of its
 * own while the user scrolls or types.
 */
const DRAW_ALL_SIZE = 16_000;

/** What {@link ChecksView} needs from the checks plugin (see `ChecksOptions` for `delay`, `sliceCharacters` and `afterPaintSize`). */
export interface ChecksViewOptions {
  readonly checker: ChecksChecker;
  readonly delay: number;
  readonly sliceCharacters: number;
  readonly afterPaintSize: number;
  readonly loadSymbolNames: (() => Promise<SymbolNames>) | undefined;
  /** Checks a state and returns the transaction that stores the result (`runChecks`). */
  readonly run: (state: EditorState, checker: ChecksChecker, symbolNames?: SymbolNames) => Transaction;
}

/**
 * Runs the checker after each document change and dispatches the result. Text the
 * checker has not seen is checked in slices first (see `sliceCharacters`): the checker
 * remembers each block it has checked, so the full check after the last slice is quick.
 *
 * It also keeps the plugin's drawn range (see `DrawnRange`) around what is on screen: it
 * measures after scrolling and resizing (once a frame at most) and after an edit that
 * changed the document's length by much, and dispatches a new range when the screen nears
 * the edge of the drawn one.
 */
export class ChecksView implements PluginView {
  private readonly view: EditorView;
  private readonly checker: ChecksChecker;
  private readonly delay: number;
  private readonly sliceCharacters: number;
  private readonly afterPaintSize: number;
  /**
   * The block objects the checker has seen (`documentBlocks` keeps them for unchanged
   * text): those of its slices, and of its last full check once slicing needs them.
   */
  private readonly seenBlocks = new WeakSet<CheckBlock>();
  /** The blocks of the last full check, not yet in `seenBlocks`. */
  private lastChecked: readonly CheckBlock[] = [];
  /**
   * At least as many characters as the checker may not have seen: the document's, to
   * start with, then what each edit since the last full check changed. Below
   * `sliceCharacters` no block needs to be looked at to know a slice is not needed.
   */
  private unchecked: number;
  private pending = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private slicing = false;
  private destroyed = false;
  private warned = false;
  /** Whether the screen may have moved over the document since the drawn range was measured. */
  private measureDue = true;
  private sizeAtMeasure = -1;
  private frame: number | undefined;
  /** The document and shadow roots around the editor, where its scrolling ancestors' scroll events arrive. */
  private readonly roots: (Document | ShadowRoot)[] = [];

  private readonly check: ChecksViewOptions['run'];
  /** Loads the library's picture names; dropped once called. */
  private loadSymbolNames: ChecksViewOptions['loadSymbolNames'];
  private symbolNames: SymbolNames | undefined;
  /** Whether to check even an unchanged document (the picture names have arrived). */
  private recheck = false;

  constructor(view: EditorView, options: ChecksViewOptions) {
    this.view = view;
    this.checker = options.checker;
    this.delay = options.delay;
    this.sliceCharacters = options.sliceCharacters;
    this.afterPaintSize = options.afterPaintSize;
    this.check = options.run;
    this.loadSymbolNames = options.loadSymbolNames;
    this.unchecked = view.state.doc.content.size;
    for (let node: Node | undefined = view.dom; node; node = (node.getRootNode() as ShadowRoot).host) {
      const root = node.getRootNode() as Document | ShadowRoot;
      if (root === node) break;
      this.roots.push(root);
      root.addEventListener('scroll', this.handleScroll, {capture: true, passive: true});
    }
    view.dom.ownerDocument.defaultView?.addEventListener('resize', this.handleScroll, {passive: true});
    this.schedule();
  }

  update(view: EditorView, previous: EditorState): void {
    if (previous.doc !== view.state.doc) this.unchecked += changedSize(previous.doc, view.state.doc);
    if (checksKey.getState(view.state)?.checkedDoc !== view.state.doc) this.schedule();
  }

  /**
   * The names of library pictures, for `documentBlocks`, which asks only about the rows'
   * library pictures: the first question starts loading the names (no answer yet), and
   * the document is checked again when they arrive.
   */
  private readonly symbolName = (code: string): string | undefined => {
    if (this.symbolNames) return this.symbolNames(code);
    const load = this.loadSymbolNames;
    this.loadSymbolNames = undefined;
    load?.().then(
      (names) => {
        this.symbolNames = names;
        this.recheck = true;
        this.schedule();
      },
      // Without the names the checks still run; only this one finding is missed.
      (error: unknown) => console.warn('The picture names could not be loaded.', error)
    );
    return undefined;
  };

  destroy(): void {
    this.destroyed = true;
    clearTimeout(this.timer);
    for (const root of this.roots) root.removeEventListener('scroll', this.handleScroll, {capture: true});
    this.view.dom.ownerDocument.defaultView?.removeEventListener('resize', this.handleScroll);
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
  }

  private readonly handleScroll = (): void => {
    this.measureDue = true;
    this.frame ??= requestAnimationFrame(() => {
      this.frame = undefined;
      if (this.destroyed) return;
      const range = this.rangeToDraw();
      if (range !== undefined) this.view.dispatch(this.view.state.tr.setMeta(checksKey, {type: 'drawn', range} satisfies ChecksMeta));
    });
  };

  /**
   * A new drawn range when the screen has moved near the edge of the current one (or the
   * current one has grown far past it, as after a long paste), `null` to draw everything
   * again once the document is short; `undefined` to keep what is drawn.
   * Measures only when something may have moved, since measuring forces a layout.
   */
  private rangeToDraw(): DrawnRange | null | undefined {
    const size = this.view.state.doc.content.size;
    const current = checksKey.getState(this.view.state)?.drawn;
    if (size <= DRAW_ALL_SIZE) return current ? null : undefined;
    if (!this.measureDue && Math.abs(size - this.sizeAtMeasure) < DRAWN_MARGIN / 4) return undefined;
    const visible = visibleRange(this.view);
    // Hidden or not laid out: keep what is drawn, to be measured again when it shows.
    if (!visible) return undefined;
    this.measureDue = false;
    this.sizeAtMeasure = size;
    const covered = current && current.from <= visible.from && current.to >= visible.to;
    const oversized = current && current.to - current.from > visible.to - visible.from + 4 * DRAWN_MARGIN;
    if (covered && !oversized) return undefined;
    return {from: Math.max(0, visible.from - DRAWN_MARGIN), to: Math.min(size, visible.to + DRAWN_MARGIN)};
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
      // and folds several transactions of one event into one check. In a long document the
      // check waits for the paint instead (a frame, then a task), so the letter shows first.
      this.pending = true;
      if (this.view.state.doc.content.size <= this.afterPaintSize) queueMicrotask(this.run);
      else requestAnimationFrame(() => void setTimeout(this.run, 0));
    }
  }

  // An arrow field: setTimeout and queueMicrotask need it bound.
  private readonly run = (): void => {
    this.pending = false;
    if (this.destroyed) return;
    this.slicing = false;
    const state = this.view.state;
    if (checksKey.getState(state)?.checkedDoc === state.doc && !this.recheck) return;
    this.recheck = false;
    let tr: Transaction;
    try {
      if (this.unchecked > this.sliceCharacters && this.checkSlice(state)) {
        this.slicing = true;
        this.timer = setTimeout(this.run, 0);
        return;
      }
      tr = this.check(state, this.checker, this.symbolName);
      this.unchecked = 0;
    } catch (error) {
      if (!this.warned) console.warn('The checks could not run on this document.', error);
      this.warned = true;
      return;
    }
    const meta = tr.getMeta(checksKey) as ChecksMeta;
    if (meta.type === 'result') {
      this.lastChecked = meta.blocks.input.blocks;
      const drawn = this.rangeToDraw();
      if (drawn !== undefined) tr.setMeta(checksKey, {...meta, drawn});
    }
    this.view.dispatch(tr);
  };

  /**
   * When more than `sliceCharacters` of the text is new to the checker, checks the first
   * slice of new text with every block already seen (the result is dropped: the full check
   * gives it) and returns true; otherwise does nothing and returns false. The seen blocks
   * go along because the checker only remembers blocks of its last two checks.
   */
  private checkSlice(state: EditorState): boolean {
    for (const block of this.lastChecked) this.seenBlocks.add(block);
    this.lastChecked = [];
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

/** The size of the part of `after` that differs from `before`, in positions. */
function changedSize(before: PMNode, after: PMNode): number {
  const start = before.content.findDiffStart(after.content);
  if (start === null) return 0;
  const end = before.content.findDiffEnd(after.content);
  if (!end) return 0;
  // Where the two ends overlap (a letter typed after the same letter), the change starts earlier than the end found.
  return Math.max(0, end.b + Math.max(0, start - Math.min(end.a, end.b)) - start);
}
