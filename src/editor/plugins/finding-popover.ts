import {html, nothing, render} from 'lit';
import {keydownHandler} from 'prosemirror-keymap';
import type {Node as PMNode} from 'prosemirror-model';
import {Plugin, PluginKey, type Command, type EditorState, type PluginView} from 'prosemirror-state';
import type {EditorView} from 'prosemirror-view';
import type {IgnoreReason} from '../../checks/types.js';
import {applySuggestion, checksShortcuts, ignoreFinding} from './checks-commands.js';
import {checksKey, findingById, type PositionedFinding} from './checks-state.js';
import {ignoreReasonLabels, ignoreReasons, severityLabels} from './labels.js';

/** Options for {@link findingPopover}. */
export interface FindingPopoverOptions {
  /**
   * Returns the element to render the popover into. Defaults to the editor's parent
   * element (`view.dom.parentElement`), which is inside the editor's shadow root, so
   * `findingPopoverStyles` in that root apply.
   */
  readonly container?: (view: EditorView) => HTMLElement | null;
  /** Returns the name recorded as "who" when someone ignores a problem. Defaults to `'Unknown'`. */
  readonly userName?: () => string;
  /** Milliseconds the popover stays after the pointer leaves, so the pointer can reach it. Defaults to 300. */
  readonly hideDelay?: number;
}

/** How the popover was opened: it behaves a little differently for each. */
type OpenedBy = 'pointer' | 'caret' | 'keyboard';

/** Plugin key of {@link findingPopover}. */
export const findingPopoverKey = new PluginKey('finding-popover');

const popovers = new WeakMap<EditorView, FindingPopoverView>();
let popoverCount = 0;

/**
 * Opens the popover of the problem at the caret and moves focus into it, to its first
 * button. Needs the view (the third argument commands get from keymaps) and the
 * {@link findingPopover} plugin; fails when the caret is not in a problem.
 */
export const showFixes: Command = (state, dispatch, view) => {
  const popover = view ? popovers.get(view) : undefined;
  const finding = findingAtCaret(state);
  if (!popover || !finding) return false;
  if (dispatch) popover.open(finding.id, 'keyboard');
  return true;
};

/**
 * Shows a small popover for a problem when the pointer rests on its underline, or when
 * the caret moves into it: the message, why it matters, its fixes as buttons, and
 * "Ignore" with the three reasons. It never takes focus by itself; `Mod-.` (or `Alt-Enter`)
 * moves focus into it, and `Escape` closes it and returns focus to the text. It is a
 * non-modal dialog (`role="dialog"`, named by the message).
 */
export function findingPopover(options: FindingPopoverOptions = {}): Plugin {
  const keys = keydownHandler({
    [checksShortcuts.showFixes]: showFixes,
    'Alt-Enter': showFixes,
    Escape: (_state, _dispatch, view) => (view ? (popovers.get(view)?.close() ?? false) : false),
  });
  return new Plugin({
    key: findingPopoverKey,
    props: {handleKeyDown: keys},
    view: (view) => new FindingPopoverView(view, options),
  });
}

/**
 * The open finding at the caret: the narrowest one containing it, the most serious first
 * when two are as narrow. Document findings have no place and never count.
 */
export function findingAtCaret(state: EditorState): PositionedFinding | undefined {
  const head = state.selection.head;
  const rank = {error: 0, warning: 1, info: 2};
  let best: PositionedFinding | undefined;
  for (const finding of checksKey.getState(state)?.findings ?? []) {
    if (finding.block < 0 || finding.from > head || finding.to < head) continue;
    const width = finding.to - finding.from;
    const bestWidth = best ? best.to - best.from : Infinity;
    if (width < bestWidth || (width === bestWidth && best && rank[finding.severity] < rank[best.severity])) best = finding;
  }
  return best;
}

class FindingPopoverView implements PluginView {
  private readonly view: EditorView;
  private readonly userName: () => string;
  private readonly hideDelay: number;
  private readonly element: HTMLDivElement;
  private readonly labelId = `er-finding-popover-${++popoverCount}`;
  private openId: string | null = null;
  /** The finding as the popover last drew it. */
  private drawn: PositionedFinding | null = null;
  private openedBy: OpenedBy = 'caret';
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  /** Where the pointer last moved over the text (`screenX,screenY`). */
  private pointerAt = '';

  constructor(view: EditorView, options: FindingPopoverOptions) {
    this.view = view;
    this.userName = options.userName ?? (() => 'Unknown');
    this.hideDelay = options.hideDelay ?? 300;
    this.element = view.dom.ownerDocument.createElement('div');
    this.element.className = 'er-finding-popover';
    this.element.hidden = true;
    this.element.setAttribute('role', 'dialog');
    this.element.setAttribute('aria-labelledby', this.labelId);
    const container = options.container ? options.container(view) : view.dom.parentElement;
    if (container) container.append(this.element);
    else console.warn('The problem popover has no place to show: the editor is not mounted in an element.');
    view.dom.addEventListener('mouseover', this.handlePointerOver);
    view.dom.addEventListener('mousemove', this.handlePointerMove, {passive: true});
    view.dom.addEventListener('mouseout', this.handlePointerOut);
    view.dom.addEventListener('focusout', this.handleEditorFocusOut);
    this.element.addEventListener('mouseenter', this.handlePopoverEnter);
    this.element.addEventListener('mouseleave', this.handlePointerOut);
    this.element.addEventListener('keydown', this.handlePopoverKeyDown);
    this.element.addEventListener('focusout', this.handlePopoverFocusOut);
    window.addEventListener('scroll', this.handleScroll, {capture: true, passive: true});
    popovers.set(view, this);
  }

  update(view: EditorView, prevState: EditorState): void {
    const state = view.state;
    if (prevState.doc !== state.doc && this.openedBy === 'caret') this.close();
    // Only caret movement opens the popover, not typing: it would cover the text being written.
    const moved = prevState.doc === state.doc && !prevState.selection.eq(state.selection);
    if (moved && this.openedBy !== 'keyboard' && view.hasFocus()) {
      const finding = findingAtCaret(state);
      if (finding) this.open(finding.id, 'caret');
      else if (this.openedBy === 'caret') this.close();
    }
    if (!this.openId) return;
    const open = findingById(state, this.openId);
    if (!open) return void this.close();
    // Typing after the problem moves nothing before it, so it still stands where it was drawn:
    // drawing again would measure the page on every key.
    if (open === this.drawn && prevState.doc !== state.doc && unchangedUpTo(prevState.doc, state.doc, open.to)) return;
    this.draw(open);
  }

  destroy(): void {
    clearTimeout(this.hideTimer);
    this.view.dom.removeEventListener('mouseover', this.handlePointerOver);
    this.view.dom.removeEventListener('mousemove', this.handlePointerMove);
    this.view.dom.removeEventListener('mouseout', this.handlePointerOut);
    this.view.dom.removeEventListener('focusout', this.handleEditorFocusOut);
    this.element.removeEventListener('mouseenter', this.handlePopoverEnter);
    this.element.removeEventListener('mouseleave', this.handlePointerOut);
    this.element.removeEventListener('keydown', this.handlePopoverKeyDown);
    this.element.removeEventListener('focusout', this.handlePopoverFocusOut);
    window.removeEventListener('scroll', this.handleScroll, {capture: true});
    this.element.remove();
    popovers.delete(this.view);
  }

  /** Shows the popover for finding `id`; with `'keyboard'` it also moves focus to its first button. */
  open(id: string, openedBy: OpenedBy): void {
    clearTimeout(this.hideTimer);
    const finding = findingById(this.view.state, id);
    if (!finding) return;
    this.openId = id;
    this.openedBy = openedBy;
    this.draw(finding);
    if (openedBy === 'keyboard') this.element.querySelector<HTMLElement>('button, summary')?.focus();
  }

  /** Hides the popover; if focus was in it, returns focus to the text. Returns whether it was open. */
  close(): boolean {
    clearTimeout(this.hideTimer);
    if (!this.openId) return false;
    const hadFocus = this.hasFocus();
    this.openId = null;
    this.drawn = null;
    this.openedBy = 'caret';
    this.element.hidden = true;
    render(nothing, this.element);
    if (hadFocus) this.view.focus();
    return true;
  }

  private readonly handlePointerMove = (event: MouseEvent): void => {
    this.pointerAt = `${event.screenX},${event.screenY}`;
  };

  private readonly handlePointerOver = (event: MouseEvent): void => {
    // The browser also says the pointer is over an underline when the text moves under a
    // pointer at rest (the author typing or scrolling): only a pointer that moved opens it.
    if (this.pointerAt === `${event.screenX},${event.screenY}`) return;
    const target = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-finding]') : null;
    const id = target?.dataset['finding'];
    if (!id || this.openedBy === 'keyboard') return;
    if (id !== this.openId || this.openedBy !== 'pointer') this.open(id, 'pointer');
    else clearTimeout(this.hideTimer);
  };

  private readonly handlePointerOut = (event: MouseEvent): void => {
    if (this.openedBy !== 'pointer') return;
    const to = event.relatedTarget instanceof Node ? event.relatedTarget : null;
    if (to && this.element.contains(to)) return;
    clearTimeout(this.hideTimer);
    this.hideTimer = setTimeout(() => this.close(), this.hideDelay);
  };

  private readonly handlePopoverEnter = (): void => clearTimeout(this.hideTimer);

  private readonly handlePopoverKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    this.close();
    this.view.focus();
  };

  private readonly handlePopoverFocusOut = (event: FocusEvent): void => {
    const to = event.relatedTarget instanceof Node ? event.relatedTarget : null;
    if (to && (this.element.contains(to) || this.view.dom.contains(to))) return;
    this.close();
  };

  private readonly handleEditorFocusOut = (event: FocusEvent): void => {
    const to = event.relatedTarget instanceof Node ? event.relatedTarget : null;
    if (this.openedBy === 'caret' && !(to && this.element.contains(to))) this.close();
  };

  private readonly handleScroll = (): void => {
    const finding = this.openId ? findingById(this.view.state, this.openId) : undefined;
    if (finding) this.position(finding);
  };

  private handleFix(id: string, index: number): void {
    this.close();
    applySuggestion(id, index)(this.view.state, this.view.dispatch);
    this.view.focus();
  }

  private handleIgnore(id: string, reason: IgnoreReason): void {
    this.close();
    ignoreFinding(id, reason, this.userName())(this.view.state, this.view.dispatch);
    this.view.focus();
  }

  /** Whether focus is in the popover; `document.activeElement` is only the host when it is in a shadow root. */
  private hasFocus(): boolean {
    const root = this.element.getRootNode() as Document | ShadowRoot;
    return root.activeElement !== null && this.element.contains(root.activeElement);
  }

  /** Shows `finding`, the open one, in the popover, next to its text. */
  private draw(finding: PositionedFinding): void {
    this.drawn = finding;
    render(this.template(finding), this.element);
    this.element.hidden = false;
    this.position(finding);
  }

  private position(finding: PositionedFinding): void {
    const start = this.view.coordsAtPos(finding.from, 1);
    const gap = 6;
    const width = this.element.offsetWidth;
    const height = this.element.offsetHeight;
    const viewport = this.element.ownerDocument.documentElement;
    const left = Math.max(8, Math.min(start.left, viewport.clientWidth - width - 8));
    const below = start.bottom + gap;
    const top = below + height > viewport.clientHeight && start.top - gap - height > 0 ? start.top - gap - height : below;
    this.element.style.left = `${Math.round(left)}px`;
    this.element.style.top = `${Math.round(top)}px`;
  }

  private template(finding: PositionedFinding) {
    return html`
      <p class="er-finding-popover__severity er-finding-popover__severity--${finding.severity}">
        ${severityLabels[finding.severity]}
      </p>
      <p class="er-finding-popover__message" id=${this.labelId}>${finding.message}</p>
      <p class="er-finding-popover__why">${finding.why}</p>
      ${finding.suggestions.length
        ? html`<div class="er-finding-popover__fixes" role="group" aria-label="Fixes">
            ${finding.suggestions.map(
              (suggestion, index) =>
                html`<button type="button" class="er-finding-popover__button er-finding-popover__button--fix"
                  @click=${() => this.handleFix(finding.id, index)}>${suggestion.label}</button>`
            )}
          </div>`
        : nothing}
      <details class="er-finding-popover__ignore">
        <summary class="er-finding-popover__summary">Ignore this problem</summary>
        <div class="er-finding-popover__reasons" role="group" aria-label="Why ignore it?">
          ${ignoreReasons.map(
            (reason) =>
              html`<button type="button" class="er-finding-popover__button"
                @click=${() => this.handleIgnore(finding.id, reason)}>${ignoreReasonLabels[reason]}</button>`
          )}
        </div>
      </details>
      <div class="er-finding-popover__footer">
        ${this.openedBy === 'keyboard'
          ? nothing
          : html`<p class="er-finding-popover__hint">To use the keyboard, press Ctrl and full stop (⌘ and full stop on a Mac).</p>`}
        <button type="button" class="er-finding-popover__button er-finding-popover__button--close"
          @click=${() => this.close()}>Close</button>
      </div>
    `;
  }
}

/** Whether `before` and `after` are the same up to position `pos`. */
function unchangedUpTo(before: PMNode, after: PMNode, pos: number): boolean {
  const start = before.content.findDiffStart(after.content);
  return start === null || start > pos;
}
