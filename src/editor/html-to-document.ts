import {DOMParser, type Fragment, type Node as PMNode, type ParseRule} from 'prosemirror-model';
import {cleanHtml, foldHeadings} from './clean-html.js';
import {withBlockIds} from '../document/block-ids.js';
import {schema} from '../document/schema.js';
import {elementsIn, tagOf} from './word-html.js';

const {nodes} = schema;

/**
 * The DOM parser for cleaned HTML: the schema's rules, with the rules for paragraphs that
 * carry a class or attribute (`p.er-hard-word__term`, `p.er-hard-word__meaning`,
 * `p[data-field]`) moved before the plain `p` rule. The schema lists them after it at the
 * same priority, so without this a hard word's term or a contact line is read as a plain
 * paragraph and the box falls apart. (A `priority: 60` on those rules in `schema.ts`
 * would make this unnecessary.)
 */
export const htmlParser = new DOMParser(schema, parseRules());

function parseRules(): ParseRule[] {
  const rules: ParseRule[] = [];
  for (const [mark, type] of Object.entries(schema.marks)) for (const rule of type.spec.parseDOM ?? []) rules.push({...rule, mark});
  for (const [node, type] of Object.entries(schema.nodes)) for (const rule of type.spec.parseDOM ?? []) rules.push({...rule, node});
  const priority = (rule: ParseRule) => ('tag' in rule && /^p[.[]/.test(rule.tag ?? '') ? 60 : (rule.priority ?? 50));
  return rules.sort((a, b) => priority(b) - priority(a)); // a stable sort, as DOMParser.fromSchema does
}

/**
 * Builds a whole, valid document from HTML (a web page, Word via mammoth, rendered Markdown).
 *
 * - The first top-level `<h1>` becomes the title. Without one, the first line of the first
 *   paragraph or heading becomes the title and is taken out of the body.
 * - The HTML is cleaned first (see `cleanHtml`): only headings, paragraphs, lists, bold,
 *   italic, underline and safe links survive. Other `<h1>`s move everything down a level.
 * - Each paragraph becomes an easy-read row; a list right after a paragraph joins its row.
 *   Headings, hard-word boxes and contact blocks stand between rows.
 * - A document with no body gets one empty row, like `emptyDocument`.
 * - Every block gets an id (see `withBlockIds`); ids in the HTML are never read.
 *
 * Pass `doc` outside the browser, for example linkedom's `parseHTML('<!doctype html>…').document`;
 * there, sanitising is the allow-list rebuild alone (DOMPurify needs a real window), which
 * is enough because the HTML only ever becomes ProseMirror nodes. Never reads `window`.
 * Throws `RangeError` if there is no `doc` and no global `document`.
 */
export function htmlToDocument(html: string, doc?: Document): PMNode {
  const ownerDocument = doc ?? globalThis.document;
  if (!ownerDocument) {
    throw new RangeError("htmlToDocument needs a Document outside the browser, e.g. linkedom's parseHTML(…).document");
  }
  const root = cleanHtml(html, ownerDocument);
  const h1 = Array.from(root.children).find((el) => tagOf(el) === 'h1');
  let title = '';
  if (h1) {
    title = plainText(h1.textContent);
    root.removeChild(h1);
  } else {
    title = takeFirstLine(root);
  }
  foldHeadings(root);
  const parsed = htmlParser.parse(root, {
    topNode: nodes['doc']!.create(),
    // Parse as the content that follows the title, so nothing is made to fill the title's place.
    topMatch: nodes['doc']!.contentMatch.matchType(nodes['title']!)!,
  });
  const blocks = groupIntoRows(parsed.content);
  if (blocks.length === 0) blocks.push(nodes['row']!.create(null, nodes['paragraph']!.create()));
  const result = nodes['doc']!.create(null, [nodes['title']!.create(null, title ? schema.text(title) : undefined), ...blocks]);
  result.check();
  return withBlockIds(result);
}

function plainText(text: string | null): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Removes the first line (up to the first line break) of the first paragraph or heading
 * and returns its text. Blocks left empty are removed too.
 */
function takeFirstLine(root: Element): string {
  let block: Element | undefined;
  for (const child of Array.from(root.children)) {
    const tag = tagOf(child);
    if (tag === 'aside' || tag === 'address') continue;
    block = /^(p|h[1-6])$/.test(tag) ? child : elementsIn(child).find((el) => tagOf(el) === 'p');
    if (block) break;
  }
  if (!block) return '';
  let line = '';
  while (block.firstChild) {
    const node = block.firstChild;
    block.removeChild(node);
    if (node.nodeType === 1 && tagOf(node as Element) === 'br') break;
    line += node.textContent ?? '';
  }
  // A row keeps its (now empty) text box, so a row with a picture keeps the picture.
  let empty: Element = block;
  const isEmpty = (el: Element) => plainText(el.textContent) === '' && el.children.length === 0;
  while (empty !== root && isEmpty(empty) && empty.getAttribute('class') !== 'er-row__text') {
    const parent = empty.parentElement;
    parent?.removeChild(empty);
    if (!parent) break;
    empty = parent;
  }
  return plainText(line);
}

/**
 * Puts top-level paragraphs into rows, one row each; a list right after a paragraph
 * joins its row (a list with no paragraph before it gets a row of its own). Other
 * nodes are returned as they are.
 */
export function groupIntoRows(content: Fragment): PMNode[] {
  const out: PMNode[] = [];
  let row: PMNode[] | null = null;
  const closeRow = () => {
    if (row) out.push(nodes['row']!.create(null, row));
    row = null;
  };
  content.forEach((node) => {
    const name = node.type.name;
    if (name === 'paragraph') {
      closeRow();
      row = [node];
    } else if ((name === 'bullet_list' || name === 'ordered_list') && row) {
      row.push(node);
    } else if (name === 'bullet_list' || name === 'ordered_list') {
      row = [node];
    } else {
      closeRow();
      out.push(node);
    }
  });
  closeRow();
  return out;
}
