import type {Mark, Node as PMNode} from 'prosemirror-model';
import type {Picture} from './schema.js';

/**
 * Which addresses a document may hold, for every document (the server, the editor and
 * the review page use this one check). Pure: no DOM.
 *
 * - Links: `https:`, `http:`, `mailto:`, `tel:` and anchors on the same page (`#…`).
 * - Pictures: a path on this server (`/openmoji/1F3E5.svg`, `/api/…`, never `//host`) or an
 *   inline PNG, JPEG, WebP or SVG image (`data:image/…`). An inline SVG with scripts, event
 *   handlers, `foreignObject`, entities, styles that import, or references to anything
 *   outside itself is refused (see `isSafeSvg`).
 *
 * Addresses are judged as a browser would read them: trimmed, without the whitespace and
 * control characters browsers skip, with HTML entities and percent-escapes decoded, and
 * in lower case.
 */

/** One unsafe address found in a document. `message` is plain and names where it is. */
export interface ContentProblem {
  /** The part it is in, counting from 1 (see `documentParts`). */
  readonly part: number;
  readonly kind: 'link' | 'picture';
  readonly address: string;
  readonly message: string;
}

const linkSchemes = new Set(['http', 'https', 'mailto', 'tel']);
const namedEntities: Readonly<Record<string, string>> = {colon: ':', tab: '\t', newline: '\n', sol: '/', num: '#', amp: '&', period: '.', lpar: '(', rpar: ')'};

/** `address` as a browser reads its start: decoded, without skipped characters, in lower case. */
export function normaliseAddress(address: string): string {
  let value = address;
  // Decode repeatedly: "&amp;#106;" and "%256A" hide one level more.
  for (let round = 0; round < 3; round++) {
    const before = value;
    value = value
      .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => codePoint(parseInt(hex, 16)))
      .replace(/&#(\d+);?/g, (_, dec: string) => codePoint(parseInt(dec, 10)))
      .replace(/&([a-z]+);/gi, (entity, name: string) => namedEntities[name.toLowerCase()] ?? entity)
      .replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    if (value === before) break;
  }
  return value.replace(/[\u0000-\u0020\u007f-\u009f\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f\u3000\ufeff]/g, '').toLowerCase();
}

/** True for a link a reader can safely follow: http(s), mailto, tel or `#…` on the same page. */
export function isSafeHref(href: string): boolean {
  const value = normaliseAddress(href);
  if (value.startsWith('#')) return true;
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(value);
  return scheme !== null && linkSchemes.has(scheme[1]!);
}

/** True for a picture that loads nothing from elsewhere: a path on this server or a safe inline image. */
export function isSafePictureSrc(src: string): boolean {
  const value = normaliseAddress(src);
  if (value.startsWith('/')) return !value.startsWith('//') && !value.startsWith('/\\') && !/^[^?#]*\\/.test(value);
  const data = /^data:image\/(png|jpeg|webp|svg\+xml)([;,])/.exec(value);
  if (!data) return false;
  return data[1] !== 'svg+xml' || isSafeSvg(svgText(src.trim()));
}

/**
 * True when SVG markup can do nothing but draw: no script, event handler, foreignObject,
 * entity or doctype, no animation that could change a link, no `@import`, and no link or
 * `url()` except to `#…` inside it or to a PNG, JPEG, GIF or WebP image embedded as data
 * (what the picture picker keeps when it cleans an upload).
 */
export function isSafeSvg(svg: string | null): boolean {
  if (svg === null) return false;
  const text = svg.replace(/[\u0000-\u0020]+/g, ' ');
  const local = `["']?\\s*(#|data:image/(png|jpeg|gif|webp);base64,)`;
  const refused = [
    /<\s*script/i,
    /[\s/"']on[a-z]+\s*=/i,
    /foreignobject/i,
    /<!\s*(entity|doctype)/i,
    /<\?\s*xml-stylesheet/i,
    /<\s*(iframe|embed|object|feimage|animate|animatemotion|animatetransform|set|handler|listener)[\s/>]/i,
    new RegExp(`href\\s*=\\s*(?!${local})`, 'i'),
    /url\s*\(\s*(?!["']?\s*#)/i,
    /@import/i,
    /javascript|vbscript/i,
    /data\s*:(?!image\/(png|jpeg|gif|webp);base64,)/i,
  ];
  return !refused.some((pattern) => pattern.test(text));
}

/**
 * Every unsafe link and picture in `doc`, in document order, with a plain message that
 * names where it is: "Row 3 has a link that is not safe: javascript:alert(1)".
 */
export function unsafeContent(doc: PMNode): ContentProblem[] {
  const problems: ContentProblem[] = [];
  let rows = 0;
  doc.forEach((block, _offset, index) => {
    const part = index + 1;
    if (block.type.name === 'row') rows++;
    const where = placeName(block, rows);
    const picture = block.attrs['picture'] as Picture | null | undefined;
    if (picture && !isSafePictureSrc(picture.src)) {
      problems.push({part, kind: 'picture', address: picture.src, message: `${where} has a picture from a place that is not allowed: ${shown(picture.src)}`});
    }
    block.descendants((node) => {
      for (const mark of node.marks) {
        const href = linkHref(mark);
        if (href !== null && !isSafeHref(href)) {
          problems.push({part, kind: 'link', address: href, message: `${where} has a link that is not safe: ${shown(href)}`});
        }
      }
    });
  });
  return problems;
}

/**
 * `doc` without its unsafe content: unsafe links are taken off their text (the text
 * stays) and unsafe pictures are taken out of their rows. `removed` lists what went.
 */
export function withoutUnsafeContent(doc: PMNode): {readonly doc: PMNode; readonly removed: readonly ContentProblem[]} {
  const removed = unsafeContent(doc);
  if (removed.length === 0) return {doc, removed};
  const clean = (node: PMNode): PMNode => {
    if (node.isText) return node.mark(node.marks.filter((mark) => linkHref(mark) === null || isSafeHref(linkHref(mark)!)));
    const picture = node.attrs['picture'] as Picture | null | undefined;
    const attrs = picture && !isSafePictureSrc(picture.src) ? {...node.attrs, picture: null} : node.attrs;
    const children: PMNode[] = [];
    node.forEach((child) => children.push(clean(child)));
    return node.type.create(attrs, children, node.marks);
  };
  return {doc: clean(doc), removed};
}

function linkHref(mark: Mark): string | null {
  return mark.type.name === 'link' ? String(mark.attrs['href']) : null;
}

const blockNames: Readonly<Record<string, string>> = {
  heading: 'heading',
  paragraph: 'paragraph',
  bullet_list: 'list',
  ordered_list: 'list',
  hard_word: 'hard word box',
  contact: 'contact block',
};

/** Where a top-level block is, in plain words: "Row 3", "The title", "The list after row 2". */
function placeName(block: PMNode, rows: number): string {
  if (block.type.name === 'row') return `Row ${rows}`;
  if (block.type.name === 'title') return 'The title';
  return `The ${blockNames[block.type.name] ?? 'block'} ${rows === 0 ? 'before row 1' : `after row ${rows}`}`;
}

/** An address as a message shows it: on one line, at most 60 characters. */
function shown(address: string): string {
  const line = address.replace(/[\u0000-\u001f\u007f]/g, ' ').trim();
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
}

function codePoint(value: number): string {
  return Number.isFinite(value) && value >= 0 && value <= 0x10ffff ? String.fromCodePoint(value) : '';
}

/** The SVG markup inside an SVG data URL, or null when it cannot be read. */
function svgText(url: string): string | null {
  const comma = url.indexOf(',');
  if (comma < 0) return null;
  const header = url.slice(0, comma).toLowerCase();
  const payload = url.slice(comma + 1);
  try {
    return /;\s*base64\s*$/.test(header) ? atob(payload.replace(/\s+/g, '')) : decodeURIComponent(payload);
  } catch {
    return null;
  }
}
