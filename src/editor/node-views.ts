import type {Node as PMNode} from 'prosemirror-model';
import type {Decoration, EditorView, NodeView, NodeViewConstructor} from 'prosemirror-view';
import {contactFieldLabels, type ContactField, type Picture} from '../document/schema.js';
import {isCurrentRow} from './plugins/current-row.js';

/** What a row's picture cell asks the editor to do. `pos` is the row's position. */
export type PictureRequest = {readonly action: 'choose' | 'remove'; readonly pos: number};

/**
 * Shows a row as the easy-read layout: the picture cell on the left, the text on the
 * right. Only the row the cursor is in (see `currentRowPlugin`) has its picture buttons in
 * the Tab order, so Tab from the text reaches them without a stop at every row; the
 * toolbar's Picture button and its shortcut work too.
 */
class RowView implements NodeView {
  readonly dom: HTMLElement;
  readonly contentDOM: HTMLElement;
  private readonly cell: HTMLElement;
  private readonly getPos: () => number | undefined;
  private readonly onPicture: (request: PictureRequest) => void;
  private node: PMNode;
  private picture: Picture | null = null;
  private current: boolean;

  constructor(
    node: PMNode,
    getPos: () => number | undefined,
    onPicture: (request: PictureRequest) => void,
    decorations: readonly Decoration[]
  ) {
    this.node = node;
    this.current = isCurrentRow(decorations);
    this.getPos = getPos;
    this.onPicture = onPicture;
    this.dom = document.createElement('div');
    this.dom.className = 'er-row';
    this.cell = document.createElement('div');
    this.cell.className = 'er-row__picture';
    this.cell.contentEditable = 'false';
    this.contentDOM = document.createElement('div');
    this.contentDOM.className = 'er-row__text';
    this.dom.append(this.cell, this.contentDOM);
    this.renderPicture(node.attrs['picture'] as Picture | null);
  }

  update(node: PMNode, decorations: readonly Decoration[]): boolean {
    if (node.type !== this.node.type) return false;
    this.node = node;
    const current = isCurrentRow(decorations);
    if (current !== this.current) {
      this.current = current;
      for (const button of this.cell.querySelectorAll('button')) button.tabIndex = current ? 0 : -1;
    }
    const picture = node.attrs['picture'] as Picture | null;
    if (picture !== this.picture) this.renderPicture(picture);
    return true;
  }

  stopEvent(event: Event): boolean {
    return this.cell.contains(event.target as Node);
  }

  ignoreMutation(mutation: MutationRecord | {type: 'selection'; target: Node}): boolean {
    return this.cell.contains(mutation.target);
  }

  private renderPicture(picture: Picture | null): void {
    this.picture = picture;
    this.cell.replaceChildren();
    this.dom.classList.toggle('er-row--no-picture', !picture);
    if (picture) {
      const img = document.createElement('img');
      img.src = picture.src;
      img.alt = picture.alt;
      img.className = 'er-row__img';
      if (picture.credit) img.title = `Picture: ${picture.credit}`;
      const buttons = document.createElement('div');
      buttons.className = 'er-row__buttons';
      buttons.append(this.button('Change', 'Change picture', 'choose'), this.button('Remove', 'Remove picture', 'remove'));
      this.cell.append(img, buttons);
    } else {
      this.cell.append(this.button('Add picture', 'Add picture', 'choose'));
    }
  }

  private button(text: string, label: string, action: PictureRequest['action']): HTMLButtonElement {
    const button = document.createElement('button');
    button.type = 'button';
    button.tabIndex = this.current ? 0 : -1;
    button.className = `er-row__button er-row__button--${action}`;
    button.textContent = text;
    if (label !== text) button.setAttribute('aria-label', label);
    button.addEventListener('click', () => {
      const pos = this.getPos();
      if (pos !== undefined) this.onPicture({action, pos});
    });
    return button;
  }
}

/** A contact line with its field's visible label ("Phone", "Email"…). */
class ContactLineView implements NodeView {
  readonly dom: HTMLElement;
  readonly contentDOM: HTMLElement;
  private readonly field: string;

  constructor(node: PMNode) {
    this.field = node.attrs['field'] as string;
    this.dom = document.createElement('div');
    this.dom.className = 'er-contact__line';
    const label = document.createElement('span');
    label.className = 'er-contact__label';
    label.contentEditable = 'false';
    label.textContent = contactFieldLabels[node.attrs['field'] as ContactField];
    this.contentDOM = document.createElement('p');
    this.contentDOM.className = 'er-contact__value';
    this.contentDOM.dataset['field'] = node.attrs['field'] as string;
    this.dom.append(label, this.contentDOM);
  }

  update(node: PMNode): boolean {
    // A different field needs a new label: let ProseMirror redraw the line.
    return node.type.name === 'contact_line' && node.attrs['field'] === this.field;
  }

  ignoreMutation(mutation: MutationRecord | {type: 'selection'; target: Node}): boolean {
    return !this.contentDOM.contains(mutation.target);
  }
}

/** A hard word box with a visible "Hard word" label. */
class HardWordView implements NodeView {
  readonly dom: HTMLElement;
  readonly contentDOM: HTMLElement;

  constructor() {
    this.dom = document.createElement('aside');
    this.dom.className = 'er-hard-word';
    const label = document.createElement('span');
    label.className = 'er-hard-word__label';
    label.contentEditable = 'false';
    label.textContent = 'Hard word';
    this.contentDOM = document.createElement('div');
    this.contentDOM.className = 'er-hard-word__body';
    this.dom.append(label, this.contentDOM);
  }

  update(node: PMNode): boolean {
    return node.type.name === 'hard_word';
  }

  ignoreMutation(mutation: MutationRecord | {type: 'selection'; target: Node}): boolean {
    return !this.contentDOM.contains(mutation.target);
  }
}

/** The editor's node views. `onPicture` is called when a row's picture button is pressed. */
export function nodeViews(onPicture: (request: PictureRequest) => void): Record<string, NodeViewConstructor> {
  return {
    row: (node: PMNode, _view: EditorView, getPos: () => number | undefined, decorations: readonly Decoration[]) =>
      new RowView(node, getPos, onPicture, decorations),
    contact_line: (node: PMNode) => new ContactLineView(node),
    hard_word: () => new HardWordView(),
  };
}
