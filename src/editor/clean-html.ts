import createDOMPurify, {type Config, type DOMPurify} from 'dompurify';
import {isSafeHref, isSafePictureSrc} from '../document/safe-content.js';
import {contactFields} from '../document/schema.js';
import {elementsIn, repairWordHtml, tagOf} from './word-html.js';

/**
 * Turns HTML from anywhere (the clipboard, Word via mammoth, a web page, a Markdown
 * renderer) into a small, schema-shaped HTML tree that ProseMirror's `DOMParser` can read
 * without surprises, and that holds nothing active.
 *
 * What survives: `h1`–`h6`, `p`, `ul`/`ol` (with a numeric `start`), `li`, `strong`, `em`,
 * `u`, `a` with a safe `href` (see `isSafeHref`) and `title`, `br`, and the schema's own
 * blocks as this editor copies them (`div.er-row` with its `figure.er-picture`, if the
 * picture is local (see `isLocalPictureSrc`), and its `div.er-row__text`,
 * `aside.er-hard-word`, `address.er-contact`). Table rows become rows. Every other element
 * is either unwrapped (its text kept) or, for `script`, `style`, `iframe`, forms, media and
 * Word's `<o:p>`, dropped with its content. Every other attribute, every comment and every
 * `<img>` outside a picture block is dropped.
 *
 * How: the HTML is parsed into an inert tree (a `<template>`: no script runs, no image
 * loads), Word's hidden structure is repaired (`word-html.ts`), then the tree is sanitised
 * twice, by two independent means:
 * 1. DOMPurify, with an allow-list of the tags and attributes above, when the platform
 *    supports it (a real browser). In Node there is no window for it (linkedom is not
 *    enough for DOMPurify), so this layer is skipped there; that path only ever feeds
 *    ProseMirror's parser, and nothing it makes is put into a page.
 * 2. An allow-list rebuild (always): a new tree is built from the parsed one, copying only
 *    the tags and attributes listed above, so anything not copied on purpose is gone.
 *    The rebuild also gives the structure the schema needs: loose text becomes paragraphs
 *    (or ProseMirror would wrap it in the schema's first textblock, a heading), a `<br>`
 *    between loose lines splits them into paragraphs, and empty paragraphs are dropped.
 */
export function cleanHtml(html: string, doc: Document = document): HTMLElement {
  const source = parseInert(html, doc);
  repairWordHtml(source);
  const purified = purifier()?.sanitize(source, purifyConfig) ?? source;
  const out = source.ownerDocument.createElement('div');
  const builder = new Builder(out.ownerDocument);
  for (const block of builder.flow(purified, topContext, true)) out.appendChild(block);
  return out;
}

/**
 * Gives headings the two levels the schema has, below the title. When the HTML has an
 * `h1` (a web page's or Word's top heading, which the body cannot hold) every heading
 * moves down one level; deeper levels fold into level 3.
 */
export function foldHeadings(root: Element): void {
  const headings = elementsIn(root).filter((el) => /^h[1-6]$/.test(tagOf(el)));
  const shift = headings.some((el) => tagOf(el) === 'h1') ? 1 : 0;
  for (const heading of headings) {
    const tag = Number(tagOf(heading).slice(1)) + shift <= 2 ? 'h2' : 'h3';
    if (tagOf(heading) === tag) continue;
    const replacement = heading.ownerDocument.createElement(tag);
    while (heading.firstChild) replacement.appendChild(heading.firstChild);
    heading.parentNode?.replaceChild(replacement, heading);
  }
}

/**
 * True for picture sources that load nothing from elsewhere: a path on this site (the
 * OpenMoji library, `/openmoji/1F48A.svg`) or an inline image as the picture picker makes
 * for an upload. The same rule as every document's (see `isSafePictureSrc`).
 */
export function isLocalPictureSrc(src: string): boolean {
  return isSafePictureSrc(src);
}

function parseInert(html: string, doc: Document): DocumentFragment {
  // Template contents belong to an inert document: no script runs, no image or style loads.
  const template = doc.createElement('template');
  template.innerHTML = html;
  return template.content;
}

/** Elements dropped with everything inside them. */
const dropped = new Set([
  'script', 'style', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet',
  'form', 'input', 'button', 'select', 'option', 'optgroup', 'textarea', 'datalist', 'output',
  'svg', 'math', 'canvas', 'audio', 'video', 'picture', 'source', 'track', 'map', 'img', 'hr',
  'noscript', 'noembed', 'noframes', 'head', 'title', 'meta', 'link', 'base', 'xml', 'o:p',
]);

/** Elements that end a line of text. Unknown ones are flattened: their content is kept, as paragraphs. */
const blockTags = new Set([
  'html', 'body', 'div', 'section', 'article', 'main', 'header', 'footer', 'nav', 'aside',
  'address', 'blockquote', 'pre', 'figure', 'figcaption', 'dl', 'dt', 'dd', 'table', 'caption',
  'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'details', 'summary', 'center', 'fieldset',
  'legend', 'hgroup', 'li', 'ul', 'ol', 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
]);

const purifyConfig: Config & {RETURN_DOM: true} = {
  ALLOWED_TAGS: [...blockTags].filter((tag) => tag !== 'html' && tag !== 'body').concat(['img', 'a', 'b', 'strong', 'i', 'em', 'u', 'br']),
  ALLOWED_ATTR: ['href', 'title', 'src', 'alt', 'start', 'class', 'data-credit', 'data-licence', 'data-symbol', 'data-field'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ADD_FORBID_CONTENTS: [...dropped].filter((tag) => tag !== 'img'),
  RETURN_DOM: true,
};

let instance: DOMPurify | null | undefined;

/**
 * Our own DOMPurify instance (hooks others add to the shared one never touch ours),
 * made on first use; null where there is no window for it.
 */
function purifier(): DOMPurify | null {
  if (instance === undefined) {
    const made = typeof window === 'undefined' ? null : createDOMPurify(window);
    instance = made?.isSupported ? made : null;
  }
  return instance;
}

interface Context {
  readonly inRow: boolean;
  readonly inList: boolean;
  readonly inLink: boolean;
}

const topContext: Context = {inRow: false, inList: false, inLink: false};

/** A piece of rebuilt content: a block element, or inline content (text, a mark, a line break). */
type Item = {readonly block: true; readonly node: Element} | {readonly block: false; readonly node: Node};

const textblockTags = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

function blockItems(elements: readonly Element[]): Item[] {
  return elements.map((node) => ({block: true, node}));
}

function hasClass(el: Element, name: string): boolean {
  return (el.getAttribute('class') ?? '').split(/\s+/).includes(name);
}

function isBreak(node: Node): boolean {
  return node.nodeType === 1 && tagOf(node as Element) === 'br';
}

/** Builds the clean tree in `doc`, reading the (already parsed) source tree. */
class Builder {
  private readonly doc: Document;

  constructor(doc: Document) {
    this.doc = doc;
  }

  /**
   * The children of `source` as blocks: loose inline content becomes `<p>`s, split at
   * top-level `<br>`s when `splitAtBreaks` is set.
   */
  flow(source: Node, ctx: Context, splitAtBreaks: boolean): Element[] {
    return this.group(this.items(source, ctx), 'p', splitAtBreaks);
  }

  private group(items: readonly Item[], tag: string, splitAtBreaks: boolean): Element[] {
    const out: Element[] = [];
    let run: Node[] = [];
    const flush = () => {
      const block = this.textblock(tag, run);
      if (block) out.push(block);
      run = [];
    };
    for (const item of items) {
      if (item.block) {
        flush();
        out.push(item.node);
      } else if (splitAtBreaks && isBreak(item.node)) {
        flush();
      } else {
        run.push(item.node);
      }
    }
    flush();
    return out;
  }

  /** A textblock of `nodes`, without leading or trailing line breaks; null if it has no text. */
  private textblock(tag: string, nodes: Node[]): Element | null {
    let start = 0;
    let end = nodes.length;
    while (start < end && isBreak(nodes[start]!)) start++;
    while (end > start && isBreak(nodes[end - 1]!)) end--;
    const content = nodes.slice(start, end);
    if (!content.some((node) => /\S/.test(node.textContent ?? ''))) return null;
    const block = this.doc.createElement(tag);
    for (const node of content) block.appendChild(node);
    return block;
  }

  private items(source: Node, ctx: Context): Item[] {
    return Array.from(source.childNodes).flatMap((child) => this.item(child, ctx));
  }

  private item(node: Node, ctx: Context): Item[] {
    if (node.nodeType === 3) return [{block: false, node: this.doc.createTextNode(node.nodeValue ?? '')}];
    if (node.nodeType !== 1) return []; // comments (Word's conditional ones too), CDATA, processing instructions
    const el = node as Element;
    const tag = tagOf(el);
    if (dropped.has(tag) || tag.startsWith('v:')) return [];
    const top = !ctx.inRow && !ctx.inList;
    switch (tag) {
      case 'br':
        return [{block: false, node: this.doc.createElement('br')}];
      case 'b':
      case 'strong':
        return this.mark(el, ctx, 'strong', {});
      case 'i':
      case 'em':
        return this.mark(el, ctx, 'em', {});
      case 'u':
        return this.mark(el, ctx, 'u', {});
      case 'a':
        return this.link(el, ctx);
      case 'p':
        return blockItems(this.group(this.items(el, ctx), 'p', false));
      case 'ul':
      case 'ol':
        return blockItems(this.list(el, ctx));
      case 'tr':
        if (top) return blockItems(this.row(el, ctx));
        break;
      case 'div':
      case 'section':
        if (top && hasClass(el, 'er-row')) return blockItems(this.row(el, ctx));
        break;
      case 'aside':
        if (top && hasClass(el, 'er-hard-word')) return blockItems(this.hardWord(el, ctx));
        break;
      case 'address':
        if (top && hasClass(el, 'er-contact')) return blockItems(this.contact(el, ctx));
        break;
    }
    if (/^h[1-6]$/.test(tag)) return blockItems(this.group(this.items(el, ctx), top ? tag : 'p', false));
    if (blockTags.has(tag)) return blockItems(this.flow(el, ctx, true));
    return this.items(el, ctx); // span, font, abbr, ins, del, namespaced Word tags…: unwrap
  }

  /** Wraps inline content in the mark element; marks inside blocks go onto their textblocks. */
  private mark(el: Element, ctx: Context, tag: string, attrs: Readonly<Record<string, string>>): Item[] {
    const out: Item[] = [];
    let run: Node[] = [];
    const flush = () => {
      if (run.length === 0) return;
      const mark = this.element(tag, attrs);
      for (const node of run) mark.appendChild(node);
      out.push({block: false, node: mark});
      run = [];
    };
    for (const item of this.items(el, tag === 'a' ? {...ctx, inLink: true} : ctx)) {
      if (item.block) {
        flush();
        for (const textblock of [item.node, ...elementsIn(item.node)]) {
          if (!textblockTags.has(tagOf(textblock)) || textblock.hasAttribute('class')) continue;
          const mark = this.element(tag, attrs);
          while (textblock.firstChild) mark.appendChild(textblock.firstChild);
          textblock.appendChild(mark);
        }
        out.push(item);
      } else if (isBreak(item.node)) {
        flush();
        out.push(item);
      } else {
        run.push(item.node);
      }
    }
    flush();
    return out;
  }

  private link(el: Element, ctx: Context): Item[] {
    const href = (el.getAttribute('href') ?? '').trim();
    if (href === '' || ctx.inLink || !isSafeHref(href)) return this.items(el, ctx);
    const title = el.getAttribute('title');
    return this.mark(el, ctx, 'a', title ? {href, title} : {href});
  }

  private list(el: Element, ctx: Context): Element[] {
    const tag = tagOf(el);
    const list = this.doc.createElement(tag);
    const start = el.getAttribute('start')?.trim() ?? '';
    if (tag === 'ol' && /^\d+$/.test(start) && Number(start) !== 1) list.setAttribute('start', String(Number(start)));
    const itemCtx: Context = {...ctx, inList: true};
    let lastItem: Element | null = null;
    for (const child of Array.from(el.childNodes)) {
      const childTag = child.nodeType === 1 ? tagOf(child as Element) : '';
      if (childTag === 'ul' || childTag === 'ol') {
        // A list straight inside a list (no <li>) belongs to the item before it.
        for (const nested of this.list(child as Element, itemCtx)) {
          if (!lastItem) list.appendChild((lastItem = this.doc.createElement('li')));
          lastItem.appendChild(nested);
        }
        continue;
      }
      // A line break inside an item is a line break; loose text in a list is an item of its own.
      const blocks = childTag === 'li' ? this.flow(child, itemCtx, false) : this.group(this.item(child, itemCtx), 'p', true);
      if (blocks.length === 0) continue;
      lastItem = this.doc.createElement('li');
      for (const block of blocks) lastItem.appendChild(block);
      list.appendChild(lastItem);
    }
    return list.firstChild ? [list] : [];
  }

  /** A table row or one of this editor's rows becomes a row: an optional local picture, then text. */
  private row(el: Element, ctx: Context): Element[] {
    const content = this.flow(el, {...ctx, inRow: true}, true);
    const picture = this.picture(el);
    if (content.length === 0 && !picture) return [];
    const row = this.element('div', {class: 'er-row'});
    if (picture) row.appendChild(picture);
    const text = row.appendChild(this.element('div', {class: 'er-row__text'}));
    if (content.length === 0) content.push(this.doc.createElement('p'));
    for (const block of content) text.appendChild(block);
    return [row];
  }

  private picture(row: Element): Element | null {
    const figure = Array.from(row.children).find((child) => tagOf(child) === 'figure' && hasClass(child, 'er-picture'));
    const img = figure ? elementsIn(figure).find((child) => tagOf(child) === 'img') : undefined;
    const src = img?.getAttribute('src') ?? '';
    if (!figure || !isLocalPictureSrc(src)) return null;
    const picture = this.element('figure', {class: 'er-picture'});
    for (const name of ['data-credit', 'data-licence', 'data-symbol']) {
      const value = figure.getAttribute(name);
      if (value) picture.setAttribute(name, value);
    }
    picture.appendChild(this.element('img', {src: src.trim(), alt: img?.getAttribute('alt') ?? ''}));
    return picture;
  }

  private hardWord(el: Element, ctx: Context): Element[] {
    const parts = elementsIn(el);
    const term = parts.find((p) => tagOf(p) === 'dt' || (tagOf(p) === 'p' && hasClass(p, 'er-hard-word__term')));
    const meaning = parts.find((p) => tagOf(p) === 'dd' || (tagOf(p) === 'p' && hasClass(p, 'er-hard-word__meaning')));
    const termText = (term?.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!term || !meaning || termText === '') return this.flow(el, ctx, true);
    const box = this.element('aside', {class: 'er-hard-word'});
    box.appendChild(this.element('p', {class: 'er-hard-word__term'})).appendChild(this.doc.createTextNode(termText));
    const meaningBlock = box.appendChild(this.element('p', {class: 'er-hard-word__meaning'}));
    this.appendInline(meaningBlock, this.items(meaning, {...ctx, inList: true}));
    return [box];
  }

  private contact(el: Element, ctx: Context): Element[] {
    const box = this.element('address', {class: 'er-contact'});
    for (const line of elementsIn(el)) {
      const field = line.getAttribute('data-field') ?? '';
      if (tagOf(line) !== 'p' || !(contactFields as readonly string[]).includes(field)) continue;
      this.appendInline(box.appendChild(this.element('p', {'data-field': field})), this.items(line, {...ctx, inList: true}));
    }
    return box.firstChild ? [box] : this.flow(el, ctx, true);
  }

  /** Appends inline items as they are and blocks as their inline content, space-separated. */
  private appendInline(target: Element, items: readonly Item[]): void {
    for (const item of items) {
      if (!item.block) {
        target.appendChild(item.node);
        continue;
      }
      for (const textblock of [item.node, ...elementsIn(item.node)].filter((b) => textblockTags.has(tagOf(b)))) {
        if (target.firstChild) target.appendChild(this.doc.createTextNode(' '));
        while (textblock.firstChild) target.appendChild(textblock.firstChild);
      }
    }
  }

  private element(tag: string, attrs: Readonly<Record<string, string>>): Element {
    const el = this.doc.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
    return el;
  }
}
