import {html, nothing, type TemplateResult} from 'lit';
import {isSafeHref, isSafePictureSrc} from '../document/safe-content.js';

/**
 * Renders a stored document's JSON (the `doc` of an `easy-read-studio/1` file) as plain
 * read-only HTML, without ProseMirror, so a page that only shows a released leaflet
 * loads little. Every row is an `<article class="row">` with its picture on the left;
 * each readable block carries `data-read` so "Read to me" can find it in order.
 *
 * Unknown node types render their children (a newer file still shows its text), and
 * links that are not safe to follow render as plain text.
 *
 * @module
 */

/** A node of the document's JSON, as the file format stores it. */
export interface JsonNode {
  readonly type: string;
  readonly attrs?: Readonly<Record<string, unknown>>;
  readonly content?: readonly JsonNode[];
  readonly text?: string;
  readonly marks?: readonly {readonly type: string; readonly attrs?: Readonly<Record<string, unknown>>}[];
}

const contactLabels: Readonly<Record<string, string>> = {
  name: 'Name',
  phone: 'Phone',
  email: 'Email',
  address: 'Address',
  hours: 'Opening times',
  website: 'Website',
};

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function renderText(node: JsonNode): TemplateResult | string {
  let out: TemplateResult | string = node.text ?? '';
  for (const mark of node.marks ?? []) {
    if (mark.type === 'strong') out = html`<strong>${out}</strong>`;
    else if (mark.type === 'em') out = html`<em>${out}</em>`;
    else if (mark.type === 'underline') out = html`<u>${out}</u>`;
    else if (mark.type === 'link') {
      const href = text(mark.attrs?.['href']);
      if (isSafeHref(href)) out = html`<a href=${href} rel="noopener noreferrer">${out}</a>`;
    }
  }
  return out;
}

/** Where the leaflet's own pictures are served from: `''` for this page's server, or another server's address. */
export interface RenderOptions {
  readonly server: string;
}

function children(node: JsonNode, options: RenderOptions): unknown[] {
  return (node.content ?? []).map((child) => renderNode(child, options));
}

/** The picture of a row, when its address is one a page may show; the server's own paths are read from `server`. */
function renderPicture(picture: unknown, options: RenderOptions) {
  if (typeof picture !== 'object' || picture === null) return html`<div class="row__picture" aria-hidden="true"></div>`;
  const record = picture as Record<string, unknown>;
  const src = text(record['src']);
  const shown = !isSafePictureSrc(src) ? '' : src.startsWith('/') ? `${options.server.replace(/\/$/, '')}${src}` : src;
  return html`<div class="row__picture">${shown ? html`<img src=${shown} alt=${text(record['alt'])} />` : nothing}</div>`;
}

/** Renders one node of the document's JSON. */
export function renderNode(node: JsonNode, options: RenderOptions = {server: ''}): unknown {
  switch (node.type) {
    case 'text':
      return renderText(node);
    case 'hard_break':
      return html`<br />`;
    case 'title':
      return html`<h1 class="title" data-read>${children(node, options)}</h1>`;
    case 'heading':
      return node.attrs?.['level'] === 3
        ? html`<h3 data-read>${children(node, options)}</h3>`
        : html`<h2 data-read>${children(node, options)}</h2>`;
    case 'paragraph':
      return html`<p data-read>${children(node, options)}</p>`;
    case 'row':
      return html`<article class="row">${renderPicture(node.attrs?.['picture'], options)}<div class="row__text">${children(node, options)}</div></article>`;
    case 'bullet_list':
      return html`<ul>${children(node, options)}</ul>`;
    case 'ordered_list':
      return html`<ol start=${Number(node.attrs?.['order'] ?? 1)}>${children(node, options)}</ol>`;
    case 'list_item':
      return html`<li>${children(node, options)}</li>`;
    case 'hard_word': {
      const [term, meaning] = node.content ?? [];
      return html`<aside class="hard-word" data-read>
        <p class="hard-word__term">${term ? children(term, options) : nothing}</p>
        <p>${meaning ? children(meaning, options) : nothing}</p>
      </aside>`;
    }
    case 'contact':
      return html`<address class="contact">${children(node, options)}</address>`;
    case 'contact_line':
      return html`<p data-read><span class="contact__label">${contactLabels[text(node.attrs?.['field'])] ?? ''}:</span> ${children(node, options)}</p>`;
    default:
      return children(node, options);
  }
}
