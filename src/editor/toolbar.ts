import {LitElement, html, nothing} from 'lit';
import {customElement, property, queryAll, state} from 'lit/decorators.js';
import {redo, undo, undoDepth, redoDepth} from 'prosemirror-history';
import type {Command, EditorState} from 'prosemirror-state';
import {
  insertContact,
  insertHardWord,
  insertRow,
  isBlockActive,
  isMarkActive,
  toggleBold,
  toggleBulletList,
  toggleHeading,
  toggleOrderedList,
} from './commands.js';
import {shortcuts} from './editor-state.js';
import {SpokenWordEvent, ToolbarActionEvent, type ToolbarAction} from './events.js';
import {styles} from './toolbar.styles.js';
import './read-aloud-bar.js';
import type {ReadAloudBar} from './read-aloud-bar.js';

interface ToolbarItem {
  /** `read-aloud` is the toolbar's own: it opens the "Read to me" bar, and the editor never sees it. */
  readonly action: ToolbarAction | 'read-aloud';
  readonly label: string;
  readonly icon: string;
  readonly shortcut?: string;
  /** The command, used only to ask whether it applies. `picture` has none: it opens a dialog. */
  readonly command?: Command;
  /** For toggles: whether it is on now. */
  readonly active?: (state: EditorState) => boolean;
  /** Starts a new group (a visual divider before it). */
  readonly group?: boolean;
}

const items: readonly ToolbarItem[] = [
  {action: 'heading', label: 'Heading', icon: 'H', shortcut: shortcuts.heading2, command: toggleHeading(2),
    active: (s) => isBlockActive(s, 'heading', {level: 2})},
  {action: 'bold', label: 'Bold', icon: 'B', shortcut: shortcuts.bold, command: toggleBold,
    active: (s) => isMarkActive(s, 'strong')},
  {action: 'bullet-list', label: 'Bullets', icon: '•', shortcut: shortcuts.bulletList, command: toggleBulletList,
    active: (s) => isBlockActive(s, 'bullet_list')},
  {action: 'ordered-list', label: 'Numbers', icon: '1.', shortcut: shortcuts.orderedList, command: toggleOrderedList,
    active: (s) => isBlockActive(s, 'ordered_list')},
  {action: 'row', label: 'New row', icon: '▤', shortcut: shortcuts.row, command: insertRow, group: true},
  {action: 'picture', label: 'Picture', icon: '▣', shortcut: shortcuts.picture},
  {action: 'hard-word', label: 'Hard word', icon: '?', shortcut: shortcuts.hardWord, command: insertHardWord},
  {action: 'contact', label: 'Contact', icon: '☎', shortcut: shortcuts.contact, command: insertContact()},
  {action: 'undo', label: 'Undo', icon: '↶', shortcut: shortcuts.undo, command: undo, group: true},
  {action: 'redo', label: 'Redo', icon: '↷', shortcut: shortcuts.redo, command: redo},
  {action: 'read-aloud', label: 'Read to me', icon: '▶', group: true},
];

/** "Mod-Alt-2" → "Control+Alt+2" (the `aria-keyshortcuts` form) and "Ctrl+Alt+2" (for people); none for none. */
function shortcutForms(shortcut: string | undefined): {aria?: string; text?: string} {
  if (shortcut === undefined) return {};
  // Asked at every render (each keystroke): work each one out once.
  let forms = shortcutCache.get(shortcut);
  if (!forms) shortcutCache.set(shortcut, (forms = shortcutFormsOf(shortcut)));
  return forms;
}

const shortcutCache = new Map<string, {aria: string; text: string}>();

function shortcutFormsOf(shortcut: string): {aria: string; text: string} {
  const mac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
  const keys = shortcut.split('-').map((key) => (key === 'Mod' ? (mac ? 'Meta' : 'Control') : key.length === 1 ? key.toUpperCase() : key));
  return {
    aria: keys.join('+'),
    text: keys.map((key) => ({Control: 'Ctrl', Meta: '⌘'})[key] ?? key).join('+'),
  };
}

/**
 * The editor's toolbar: one tab stop, arrow keys move between buttons (roving tabindex),
 * each button has a visible label and its shortcut in `aria-keyshortcuts` and a tooltip,
 * toggles announce their state with `aria-pressed`. "Read to me" opens the read-aloud bar
 * under the buttons (and focuses it); closing the bar gives focus back to that button.
 * Reading works in a read-only editor too.
 *
 * @summary Formatting and insert buttons for `<er-editor>`.
 * @fires toolbar-action - A button was pressed (`event.action`). The editor runs it.
 * @fires spoken-word - "Read to me" moved on to a word (`event.range`), or stopped (`null`).
 */
@customElement('er-toolbar')
export class Toolbar extends LitElement {
  static override styles = styles;

  @queryAll('button') private buttons!: NodeListOf<HTMLButtonElement>;

  @state() private focusIndex = 0;
  /** Whether the "Read to me" bar is open. */
  @state() private reading = false;

  /** The editor state the buttons reflect. */
  @property({attribute: false}) editorState?: EditorState;

  /** The accessible name of the toolbar. */
  @property() label = 'Editing tools';

  /** When set, every button is unavailable (a read-only editor). */
  @property({type: Boolean, reflect: true}) disabled = false;

  private handleKeydown(event: KeyboardEvent): void {
    const count = items.length;
    const moves: Record<string, number> = {ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1};
    let next: number | undefined;
    if (event.key in moves) next = (this.focusIndex + moves[event.key]! + count) % count;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = count - 1;
    if (next === undefined) return;
    event.preventDefault();
    this.focusIndex = next;
    this.buttons[next]?.focus();
  }

  private handleClick(item: ToolbarItem, index: number): void {
    this.focusIndex = index;
    if (item.action === 'read-aloud') {
      if (this.reading) this.closeReading();
      else if (this.isAvailable(item)) this.openReading();
      return;
    }
    // Asked again now, not at the last render: the state may have moved on since.
    // aria-disabled rather than disabled keeps the button focusable in the roving order.
    if (!this.isAvailable(item)) return;
    this.dispatchEvent(new ToolbarActionEvent(item.action));
  }

  private openReading(): void {
    this.reading = true;
    void this.updateComplete.then(() => this.renderRoot.querySelector<ReadAloudBar>('er-read-aloud-bar')?.focus());
  }

  private closeReading(): void {
    this.reading = false;
    this.dispatchEvent(new SpokenWordEvent(null));
    const index = items.findIndex((item) => item.action === 'read-aloud');
    this.focusIndex = index;
    void this.updateComplete.then(() => this.buttons[index]?.focus());
  }

  private isAvailable(item: ToolbarItem): boolean {
    const editorState = this.editorState;
    if (item.action === 'read-aloud') return editorState !== undefined;
    if (!editorState || this.disabled) return false;
    if (item.action === 'undo') return undoDepth(editorState) > 0;
    if (item.action === 'redo') return redoDepth(editorState) > 0;
    if (item.action === 'picture') return true;
    return item.command ? item.command(editorState) : true;
  }

  /** Why `item` cannot be used now, for its tooltip; call only when it is not available. */
  private whyUnavailable(item: ToolbarItem): string {
    if (!this.editorState || this.disabled) return 'You cannot change this document.';
    if (item.action === 'undo') return 'There is nothing to undo yet.';
    if (item.action === 'redo') return 'There is nothing to redo.';
    return 'You cannot use this where the cursor is. Move the cursor first.';
  }

  override render() {
    const editorState = this.editorState;
    return html`<div class="toolbar" part="base" role="toolbar" aria-label=${this.label} @keydown=${this.handleKeydown}>
      ${items.map((item, index) => {
        const available = this.isAvailable(item);
        const pressed = item.active && editorState ? String(item.active(editorState)) : undefined;
        const {aria, text} = shortcutForms(item.shortcut);
        const {label} = item;
        const title = text ? `${label} (${text})` : label;
        return html`${item.group ? html`<span class="toolbar__divider" aria-hidden="true"></span>` : nothing}
          <button
            type="button"
            class="toolbar__button"
            data-action=${item.action}
            tabindex=${index === this.focusIndex ? 0 : -1}
            aria-pressed=${pressed ?? nothing}
            aria-expanded=${item.action === 'read-aloud' ? String(this.reading) : nothing}
            aria-disabled=${available ? nothing : 'true'}
            aria-keyshortcuts=${aria ?? nothing}
            title=${available ? title : `${title}. ${this.whyUnavailable(item)}`}
            @mousedown=${(event: Event) => event.preventDefault()}
            @click=${() => this.handleClick(item, index)}
          >
            <span class="toolbar__icon" aria-hidden="true">${item.icon}</span>
            <span class="toolbar__label">${label}</span>
          </button>`;
      })}
    </div>
    ${this.reading
      ? html`<er-read-aloud-bar
          .editorState=${editorState}
          @spoken-word=${(event: SpokenWordEvent) => this.dispatchEvent(new SpokenWordEvent(event.range))}
          @read-aloud-close=${() => this.closeReading()}
        ></er-read-aloud-bar>`
      : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'er-toolbar': Toolbar;
  }
}
