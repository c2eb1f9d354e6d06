import {Schema, type DOMOutputSpec, type Node as PMNode} from 'prosemirror-model';
import {blockIdAttr} from './block-ids.js';
import {isSafeHref} from './safe-content.js';

export {isSafeHref};

/**
 * The ProseMirror schema of an easy-read document.
 *
 * A document is a `title` followed by blocks. The easy-read unit is the `row`: one
 * picture (the row's `picture` attribute, or `null` when it has none yet) beside one
 * or more short paragraphs or lists. Plain paragraphs,
 * lists, headings (levels 2 and 3, below the title), a `hard_word` box and a `contact`
 * block may stand between rows.
 *
 * Document details live in the `doc` node's attributes, so they are part of the
 * immutable editor state, undoable, and saved with the content:
 * `audience`, `owner`, `written`, `reviewBy` (ISO dates `YYYY-MM-DD` or `''`) and
 * `ignores` (the list of ignored check findings, see `src/checks/types.ts`).
 *
 * Italic (`em`) and `underline` are kept when pasted or imported, so the checks can
 * flag them; the toolbar does not offer them.
 *
 * The title and every `block` node have an `id` (see `block-ids.ts`). Ids are not written
 * to the DOM nor read from it, so pasted or imported HTML always brings new blocks.
 */

/** The fields a contact block can hold, in the order they are usually shown. */
export const contactFields = ['name', 'phone', 'email', 'address', 'hours', 'website'] as const;
/** One field of a contact block. */
export type ContactField = (typeof contactFields)[number];

/** A row's picture. `symbol` is the OpenMoji code when the picture came from the library. */
export interface Picture {
  readonly src: string;
  readonly alt: string;
  readonly credit: string;
  readonly licence: string;
  readonly symbol: string;
}

/** The label shown beside each contact field. */
export const contactFieldLabels: Readonly<Record<ContactField, string>> = {
  name: 'Who to contact',
  phone: 'Phone',
  email: 'Email',
  address: 'Address',
  hours: 'Opening times',
  website: 'Website',
};

const blockGroup = 'block';

export const schema = new Schema({
  nodes: {
    doc: {
      content: `title ${blockGroup}*`,
      attrs: {
        audience: {default: ''},
        owner: {default: ''},
        written: {default: ''},
        reviewBy: {default: ''},
        ignores: {default: []},
      },
    },
    title: {
      content: 'text*',
      attrs: {id: blockIdAttr},
      marks: '',
      defining: true,
      parseDOM: [{tag: 'h1'}],
      toDOM: () => ['h1', {class: 'er-title'}, 0],
    },
    heading: {
      group: blockGroup,
      content: 'inline*',
      attrs: {id: blockIdAttr, level: {default: 2, validate: (value: unknown) => assertLevel(value)}},
      defining: true,
      parseDOM: [
        {tag: 'h2', attrs: {level: 2}},
        {tag: 'h3', attrs: {level: 3}},
        // Deeper levels from Word or the web fold into the lowest level we allow.
        {tag: 'h4', attrs: {level: 3}},
        {tag: 'h5', attrs: {level: 3}},
        {tag: 'h6', attrs: {level: 3}},
      ],
      toDOM: (node) => [`h${node.attrs['level']}`, 0],
    },
    paragraph: {
      group: blockGroup,
      content: 'inline*',
      attrs: {id: blockIdAttr},
      parseDOM: [{tag: 'p'}],
      toDOM: () => ['p', 0],
    },
    row: {
      group: blockGroup,
      content: '(paragraph | bullet_list | ordered_list)+',
      attrs: {id: blockIdAttr, picture: {default: null, validate: (value: unknown) => assertPicture(value)}},
      defining: true,
      isolating: true,
      parseDOM: [
        {
          tag: 'div.er-row',
          contentElement: '.er-row__text',
          getAttrs: (dom) => ({picture: pictureFromFigure((dom as HTMLElement).querySelector('figure.er-picture'))}),
        },
      ],
      toDOM: (node): DOMOutputSpec => {
        const picture = node.attrs['picture'] as Picture | null;
        const text: DOMOutputSpec = ['div', {class: 'er-row__text'}, 0];
        if (!picture) return ['div', {class: 'er-row'}, text];
        return [
          'div',
          {class: 'er-row'},
          [
            'figure',
            {
              class: 'er-picture',
              'data-credit': picture.credit,
              'data-licence': picture.licence,
              'data-symbol': picture.symbol,
            },
            ['img', {src: picture.src, alt: picture.alt}],
          ],
          text,
        ];
      },
    },
    bullet_list: {
      group: blockGroup,
      content: 'list_item+',
      attrs: {id: blockIdAttr},
      parseDOM: [{tag: 'ul'}],
      toDOM: () => ['ul', 0],
    },
    ordered_list: {
      group: blockGroup,
      content: 'list_item+',
      attrs: {id: blockIdAttr, order: {default: 1, validate: 'number'}},
      parseDOM: [
        {
          tag: 'ol',
          getAttrs: (dom) => {
            const start = (dom as HTMLElement).getAttribute('start');
            return {order: start && /^\d+$/.test(start) ? Number(start) : 1};
          },
        },
      ],
      toDOM: (node) => (node.attrs['order'] === 1 ? ['ol', 0] : ['ol', {start: node.attrs['order']}, 0]),
    },
    list_item: {
      content: 'paragraph (bullet_list | ordered_list)*',
      defining: true,
      parseDOM: [{tag: 'li'}],
      toDOM: () => ['li', 0],
    },
    hard_word: {
      group: blockGroup,
      content: 'hard_word_term hard_word_meaning',
      attrs: {id: blockIdAttr},
      defining: true,
      isolating: true,
      parseDOM: [{tag: 'aside.er-hard-word'}],
      toDOM: () => ['aside', {class: 'er-hard-word'}, 0],
    },
    hard_word_term: {
      content: 'text*',
      marks: '',
      // Above the plain `p` rule, which would otherwise win.
      parseDOM: [{tag: 'dt'}, {tag: 'p.er-hard-word__term', priority: 60}],
      toDOM: () => ['p', {class: 'er-hard-word__term'}, 0],
    },
    hard_word_meaning: {
      content: 'inline*',
      parseDOM: [{tag: 'dd'}, {tag: 'p.er-hard-word__meaning', priority: 60}],
      toDOM: () => ['p', {class: 'er-hard-word__meaning'}, 0],
    },
    contact: {
      group: blockGroup,
      content: 'contact_line+',
      attrs: {id: blockIdAttr},
      defining: true,
      isolating: true,
      parseDOM: [{tag: 'address.er-contact'}],
      toDOM: () => ['address', {class: 'er-contact'}, 0],
    },
    contact_line: {
      content: 'inline*',
      attrs: {field: {default: 'phone', validate: (value: unknown) => assertContactField(value)}},
      parseDOM: [
        {
          tag: 'p[data-field]',
          priority: 60,
          getAttrs: (dom) => {
            const field = (dom as HTMLElement).getAttribute('data-field');
            return (contactFields as readonly string[]).includes(field ?? '') ? {field} : false;
          },
        },
      ],
      toDOM: (node) => ['p', {'data-field': node.attrs['field']}, 0],
    },
    text: {group: 'inline'},
    hard_break: {
      inline: true,
      group: 'inline',
      selectable: false,
      parseDOM: [{tag: 'br'}],
      toDOM: () => ['br'],
    },
  },
  marks: {
    link: {
      attrs: {href: {validate: 'string'}, title: {default: null}},
      inclusive: false,
      parseDOM: [
        {
          tag: 'a[href]',
          getAttrs: (dom) => {
            const href = (dom as HTMLElement).getAttribute('href') ?? '';
            // Only links a reader can safely follow survive (see `safe-content.ts`).
            return isSafeHref(href) ? {href, title: (dom as HTMLElement).getAttribute('title')} : false;
          },
        },
      ],
      toDOM: (mark) => ['a', {href: mark.attrs['href'], title: mark.attrs['title'], rel: 'noopener noreferrer'}, 0],
    },
    strong: {
      parseDOM: [
        {tag: 'strong'},
        // Word and Google Docs wrap normal text in <b style="font-weight:normal">.
        {tag: 'b', getAttrs: (node) => (node as HTMLElement).style.fontWeight !== 'normal' && null},
        {style: 'font-weight=400', clearMark: (m) => m.type.name === 'strong'},
        {style: 'font-weight', getAttrs: (value) => /^(bold(er)?|[5-9]\d{2,})$/.test(value as string) && null},
      ],
      toDOM: () => ['strong', 0],
    },
    em: {
      parseDOM: [
        {tag: 'i'},
        {tag: 'em'},
        {style: 'font-style=italic'},
        {style: 'font-style=normal', clearMark: (m) => m.type.name === 'em'},
      ],
      toDOM: () => ['em', 0],
    },
    underline: {
      parseDOM: [{tag: 'u'}, {style: 'text-decoration=underline'}, {style: 'text-decoration-line=underline'}],
      toDOM: () => ['u', 0],
    },
  },
});

function assertPicture(value: unknown): void {
  if (value === null) return;
  const picture = value as Record<string, unknown>;
  if (typeof value !== 'object' || ['src', 'alt', 'credit', 'licence', 'symbol'].some((key) => typeof picture[key] !== 'string')) {
    throw new RangeError(`A row picture needs src, alt, credit, licence and symbol text, not ${JSON.stringify(value)}`);
  }
}

function pictureFromFigure(figure: Element | null): Picture | null {
  const img = figure?.querySelector('img');
  if (!figure || !img) return null;
  return {
    src: img.getAttribute('src') ?? '',
    alt: img.getAttribute('alt') ?? '',
    credit: figure.getAttribute('data-credit') ?? '',
    licence: figure.getAttribute('data-licence') ?? '',
    symbol: figure.getAttribute('data-symbol') ?? '',
  };
}

function assertLevel(value: unknown): void {
  if (value !== 2 && value !== 3) throw new RangeError(`Heading level must be 2 or 3, not ${String(value)}`);
}

function assertContactField(value: unknown): void {
  if (!(contactFields as readonly unknown[]).includes(value)) {
    throw new RangeError(`Contact field must be one of ${contactFields.join(', ')}, not ${String(value)}`);
  }
}

/** The text of the document's title node, trimmed. */
export function documentTitle(doc: PMNode): string {
  return doc.firstChild?.type === schema.nodes['title'] ? doc.firstChild.textContent.trim() : '';
}
