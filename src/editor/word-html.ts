/**
 * Repairs the structure that Word and Google Docs hide in inline styles, before the
 * styles are thrown away by the sanitiser (`clean-html.ts`).
 *
 * - Word's fake lists (`<p class=MsoListParagraph style="mso-list:l0 level1 lfo1">`
 *   with a "·" or "1." marker in a `mso-list:Ignore` span) become real nested
 *   `<ul>`/`<ol>` lists, and the typed marker is removed.
 * - Word's `<p class=MsoTitle>` becomes an `<h1>`.
 * - Bold, italic and underline given only as styles (`<span style="font-weight:700">`,
 *   as Google Docs writes them) become `<strong>`, `<em>` and `<u>`; the
 *   `<b style="font-weight:normal">` wrapper Google Docs puts round everything is removed.
 *
 * Works on any DOM with the standard node API (a browser's inert document or linkedom).
 * It only rearranges nodes; it makes nothing safe. Run it on an inert tree only.
 */

const elementNode = 1;

/** Applies every repair above to `root`, in place. */
export function repairWordHtml(root: ParentNode): void {
  convertWordLists(root);
  for (const el of elementsIn(root)) {
    if (tagOf(el) === 'p' && classTokens(el).some((c) => /^msotitle$/i.test(c))) rename(el, 'h1');
  }
  for (const el of elementsIn(root)) stylesToTags(el);
}

/** The lowercase tag name of an element, without any namespace quirks of the DOM in use. */
export function tagOf(el: Element): string {
  return el.nodeName.toLowerCase();
}

/** Reads an inline `style` attribute into lowercase property → value pairs. */
function inlineStyle(el: Element): Map<string, string> {
  const styles = new Map<string, string>();
  for (const part of (el.getAttribute('style') ?? '').split(';')) {
    const colon = part.indexOf(':');
    if (colon < 0) continue;
    const prop = part.slice(0, colon).trim().toLowerCase();
    const value = part.slice(colon + 1).replace(/!important/i, '').trim().toLowerCase();
    if (prop) styles.set(prop, value);
  }
  return styles;
}

/** Every element under `root`, in document order, collected before the caller changes anything. */
export function elementsIn(root: ParentNode): Element[] {
  const out: Element[] = [];
  const visit = (node: ParentNode) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType !== elementNode) continue;
      out.push(child as Element);
      visit(child as Element);
    }
  };
  visit(root);
  return out;
}

function classTokens(el: Element): string[] {
  return (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
}

function rename(el: Element, tag: string): Element {
  const replacement = el.ownerDocument.createElement(tag);
  while (el.firstChild) replacement.appendChild(el.firstChild);
  el.parentNode?.replaceChild(replacement, el);
  return replacement;
}

function unwrap(el: Element): void {
  const parent = el.parentNode;
  if (!parent) return;
  while (el.firstChild) parent.insertBefore(el.firstChild, el);
  parent.removeChild(el);
}

function wrapChildren(el: Element, tag: string): void {
  const wrapper = el.ownerDocument.createElement(tag);
  while (el.firstChild) wrapper.appendChild(el.firstChild);
  el.appendChild(wrapper);
}

const inlineTags = new Set(['span', 'font', 'a', 'b', 'strong', 'i', 'em', 'u', 'sub', 'sup', 'p']);

function stylesToTags(el: Element): void {
  const tag = tagOf(el);
  if (!inlineTags.has(tag) || !el.hasAttribute('style')) return;
  const style = inlineStyle(el);
  const weight = style.get('font-weight');
  const fontStyle = style.get('font-style');
  const decoration = `${style.get('text-decoration') ?? ''} ${style.get('text-decoration-line') ?? ''}`;
  // Google Docs: <b style="font-weight:normal" id="docs-internal-guid-…"> wraps plain text.
  if ((tag === 'b' || tag === 'strong') && weight && /^(normal|lighter|[1-4]00)$/.test(weight)) {
    unwrap(el);
    return;
  }
  if ((tag === 'i' || tag === 'em') && fontStyle === 'normal') {
    unwrap(el);
    return;
  }
  // The same test as the schema's own `font-weight` parse rule.
  if (weight && /^(bold(er)?|[5-9]\d{2,})$/.test(weight)) wrapChildren(el, 'strong');
  if (fontStyle === 'italic' || fontStyle === 'oblique') wrapChildren(el, 'em');
  if (/\bunderline\b/.test(decoration)) wrapChildren(el, 'u');
}

interface ListItemInfo {
  readonly listId: string;
  readonly level: number;
  readonly ordered: boolean;
  readonly start: number;
}

/**
 * Reads a Word list paragraph: `mso-list:l0 level2 lfo1` gives the list and level; the
 * marker text in the `mso-list:Ignore` span tells bullets ("·", "o", "§") from numbers
 * ("1.", "a)", "iv."). Removes the marker. Returns null for any other element.
 */
function readWordListItem(el: Element): ListItemInfo | null {
  if (tagOf(el) !== 'p') return null;
  const msoList = inlineStyle(el).get('mso-list');
  const match = msoList ? /^(l\d+)\s+level(\d+)/.exec(msoList) : null;
  if (!match) return null;
  let marker = '';
  for (const child of elementsIn(el)) {
    if (inlineStyle(child).get('mso-list') === 'ignore') {
      marker = (child.textContent ?? '').replace(/[\s\u00a0]+/g, '');
      child.parentNode?.removeChild(child);
      break;
    }
  }
  const numbered = /^\(?(\d+|[a-z]|[ivxlcdm]+)[.)]$/i.exec(marker);
  return {
    listId: match[1]!,
    level: Math.max(1, Number(match[2])),
    ordered: numbered !== null,
    start: numbered && /^\d+$/.test(numbered[1]!) ? Number(numbered[1]) : 1,
  };
}

function convertWordLists(root: ParentNode): void {
  // Collect runs of adjacent list paragraphs under the same parent. Whitespace and
  // comments (Word's conditional comments) between them do not break a run.
  const runs: Array<Array<{el: Element; info: ListItemInfo}>> = [];
  const visit = (parent: ParentNode) => {
    let run: Array<{el: Element; info: ListItemInfo}> = [];
    for (const child of Array.from(parent.childNodes)) {
      if (child.nodeType !== elementNode) {
        if (child.nodeType === 3 && (child.nodeValue ?? '').trim() !== '') run = [];
        continue;
      }
      const info = readWordListItem(child as Element);
      if (info) {
        if (run.length === 0) runs.push(run);
        run.push({el: child as Element, info});
      } else {
        run = [];
        visit(child as Element);
      }
    }
  };
  visit(root);
  for (const run of runs) buildLists(run);
}

function buildLists(run: Array<{el: Element; info: ListItemInfo}>): void {
  const parent = run[0]!.el.parentNode!;
  const doc = run[0]!.el.ownerDocument;
  const stack: Array<{level: number; list: Element; lastItem: Element | null; listId: string}> = [];
  for (const {el, info} of run) {
    const tag = info.ordered ? 'ol' : 'ul';
    while (stack.length > 0 && stack[stack.length - 1]!.level > info.level) stack.pop();
    let top = stack[stack.length - 1];
    // A change of list type at the same level, or a new Word list at the top level,
    // starts a new list.
    if (top && top.level === info.level && (tagOf(top.list) !== tag || (info.level === 1 && top.listId !== info.listId))) {
      stack.pop();
      top = stack[stack.length - 1];
    }
    if (!top || top.level < info.level) {
      const list = doc.createElement(tag);
      if (info.ordered && info.start !== 1) list.setAttribute('start', String(info.start));
      if (top?.lastItem) top.lastItem.appendChild(list);
      else parent.insertBefore(list, el);
      top = {level: info.level, list, lastItem: null, listId: info.listId};
      stack.push(top);
    }
    const item = doc.createElement('li');
    const paragraph = doc.createElement('p');
    while (el.firstChild) paragraph.appendChild(el.firstChild);
    item.appendChild(paragraph);
    top.list.appendChild(item);
    top.lastItem = item;
    parent.removeChild(el);
  }
}
