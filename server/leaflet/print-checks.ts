/**
 * The rules that wait for a printed page (`shared/easy-read-rules.md`): large print
 * (`font-size`), line spacing (`line-spacing`), a picture on the left of every row
 * (`picture-left-text-right`), no row split across pages (`no-split-across-pages`),
 * the front cover (`front-cover`), contact details at the end (`contact-info`) and
 * length (`document-length`).
 *
 * They run on the leaflet's own HTML, laid out by Chromium in print emulation at the
 * width of an A4 page's printable area. Pages are then found the way the printer
 * breaks them: the cover is page 1; a block that does not fit in what is left of a
 * page moves to the next one (rows and headings never break inside), so a block
 * taller than a whole page is the only way a row gets split.
 *
 * Findings have the check engine's shape; `block` is the leaflet block's index (from
 * 0), or -1 for the whole leaflet, and `page` the printed page it falls on.
 *
 * @module
 */
import type {Finding, Severity} from '../../src/checks/types.js';
import type {BrowserPool} from './browser-pool.js';
import {contentBoxPx} from './page-geometry.js';

/** A print finding: the engine's finding, with the printed page. */
export interface PrintFinding extends Finding {
  /** The page (from 1), or `null` for the whole leaflet. */
  readonly page: number | null;
}

/** What the checks found, and how many pages the leaflet prints on. */
export interface PrintCheckResult {
  readonly pages: number;
  readonly findings: readonly PrintFinding[];
}

/** One block as Chromium laid it out, in CSS pixels. */
interface MeasuredBlock {
  readonly index: number;
  readonly kind: string;
  readonly top: number;
  readonly bottom: number;
  readonly picture: {readonly alt: string; readonly right: number} | null;
  readonly textLeft: number | null;
}

/** A run of body text: its size, line height and alignment. */
interface MeasuredText {
  readonly block: number;
  readonly fontPx: number;
  readonly lineHeightPx: number;
  readonly heading: boolean;
  readonly align: string;
}

interface Measurement {
  readonly cover: {readonly title: boolean; readonly picture: boolean; readonly date: boolean} | null;
  readonly blocks: readonly MeasuredBlock[];
  readonly about: {readonly top: number; readonly bottom: number} | null;
  readonly texts: readonly MeasuredText[];
}

const ptPx = 96 / 72;

// A string, not a function: the page's evaluate must not depend on how this file is compiled.
const measureScript = `(() => {
  const box = (el) => el.getBoundingClientRect();
  const y = (v) => v + window.scrollY;
  const cover = document.querySelector('[data-cover]');
  const blocks = [...document.querySelectorAll('[data-block]')].map((el) => {
    const r = box(el);
    const img = el.querySelector('.row__picture img');
    const text = el.querySelector('.row__text');
    return {
      index: Number(el.dataset.block) - 1, kind: el.dataset.kind, top: y(r.top), bottom: y(r.bottom),
      picture: img ? {alt: img.getAttribute('alt') || '', right: box(img).right} : null,
      textLeft: text ? box(text).left : null,
    };
  });
  const about = document.querySelector('[data-about]');
  const texts = [...document.querySelectorAll('main p, main li, main h2, main h3, [data-about] p, [data-about] li')].map((el) => {
    const s = getComputedStyle(el);
    const fontPx = parseFloat(s.fontSize);
    const owner = el.closest('[data-block]');
    return {
      block: owner ? Number(owner.dataset.block) - 1 : -1, fontPx,
      lineHeightPx: s.lineHeight === 'normal' ? fontPx * 1.2 : parseFloat(s.lineHeight),
      heading: /^H[1-6]$/.test(el.tagName), align: s.textAlign,
    };
  });
  return {
    cover: cover ? {title: !!cover.querySelector('h1')?.textContent.trim(), picture: !!cover.querySelector('img[alt]'), date: !!cover.querySelector('.cover__date')} : null,
    blocks, about: about ? {top: y(box(about).top), bottom: y(box(about).bottom)} : null, texts,
  };
})()`;

/** Which printed page each part of a leaflet falls on. */
export interface PrintedPages {
  /** Pages in all, the cover included. */
  readonly count: number;
  /** The page of each block (by index, from 0) and of the "About this leaflet" part (-1). */
  readonly of: ReadonlyMap<number, number>;
}

/** Lays `html` (from `renderLeafletHtml`) out in Chromium and runs the print rules on it. */
export async function runPrintChecks(pool: BrowserPool, html: string): Promise<PrintCheckResult> {
  return printFindings(await measure(pool, html));
}

/** Lays `html` out in Chromium and says which page each block prints on (for the print preview). */
export async function printedPages(pool: BrowserPool, html: string): Promise<PrintedPages> {
  const measured = await measure(pool, html);
  return paginate(measured.blocks, measured.about);
}

function measure(pool: BrowserPool, html: string): Promise<Measurement> {
  return pool.withPage(async (page) => {
    await page.setViewportSize({width: Math.floor(contentBoxPx.width), height: Math.floor(contentBoxPx.height)});
    await page.emulateMedia({media: 'print'});
    await page.setContent(html, {waitUntil: 'load'});
    return (await page.evaluate(measureScript)) as Measurement;
  });
}

function printFindings(m: Measurement): PrintCheckResult {
  const findings: PrintFinding[] = [];
  const add = (rule: string, severity: Severity, message: string, why: string, block: number, page: number | null) =>
    findings.push({rule, severity, message, why, block, from: 0, to: 0, suggestions: [], page});
  const pages = paginate(m.blocks, m.about);

  if (!m.cover) add('front-cover', 'warning', 'The leaflet has no front cover.', why.cover, -1, 1);
  else {
    if (!m.cover.title) add('front-cover', 'warning', 'The front cover has no title.', why.cover, -1, 1);
    if (!m.cover.picture) add('front-cover', 'warning', 'The front cover has no big picture.', why.cover, -1, 1);
    if (!m.cover.date) add('front-cover', 'warning', 'The front cover has no date.', why.cover, -1, 1);
  }

  const sizeSeen = new Set<number>();
  const spacingSeen = new Set<number>();
  for (const text of m.texts) {
    const page = pages.of.get(text.block) ?? null;
    const pt = Math.round((text.fontPx / ptPx) * 10) / 10;
    if (!sizeSeen.has(text.block) && pt < 16) {
      sizeSeen.add(text.block);
      add('font-size', pt < 14 ? 'error' : 'warning', `The text here prints at ${pt} pt. Use 16 pt or more.`, why.size, text.block, page);
    }
    if (!text.heading && !spacingSeen.has(text.block) && text.lineHeightPx / text.fontPx < 1.49) {
      spacingSeen.add(text.block);
      add('line-spacing', 'warning', 'The lines here are too close together. Use 1.5 line spacing.', why.spacing, text.block, page);
    }
    if (!text.heading && text.align !== 'left' && text.align !== 'start') {
      add('left-aligned', 'error', 'This text is not left aligned.', 'Easy read text is always left aligned (NHS formatting guide).', text.block, page);
    }
  }

  for (const block of m.blocks) {
    const page = pages.of.get(block.index) ?? null;
    if (block.kind === 'row') {
      if (!block.picture) add('picture-left-text-right', 'warning', 'This idea has no picture beside it.', why.picture, block.index, page);
      else if (!block.picture.alt.trim()) add('image-alt-text', 'error', 'This picture has no alt text.', 'Every easy read picture needs words that say what it shows (WCAG 1.1.1).', block.index, page);
      if (block.picture && block.textLeft !== null && block.picture.right > block.textLeft + 1) {
        add('picture-left-text-right', 'error', 'The picture is not on the left of its words.', why.picture, block.index, page);
      }
    }
    if ((block.kind === 'row' || block.kind === 'hard-word' || block.kind === 'contact') && block.bottom - block.top > contentBoxPx.height) {
      add('no-split-across-pages', 'error', 'This part is taller than a page, so it is split across pages.', why.split, block.index, page);
    }
  }

  const kinds = m.blocks.map((b) => b.kind);
  const lastContact = kinds.lastIndexOf('contact');
  if (lastContact === -1) add('contact-info', 'error', 'The leaflet has no contact details.', why.contact, -1, null);
  else if (kinds.slice(lastContact + 1).some((k) => k === 'row' || k === 'paragraph' || k === 'list')) {
    add('contact-info', 'warning', 'Put the contact details at the end.', why.contact, lastContact, pages.of.get(lastContact) ?? null);
  }
  if (pages.count > 24) add('document-length', 'error', `The leaflet prints on ${pages.count} pages. Make it shorter.`, why.length, -1, null);
  else if (pages.count > 20) add('document-length', 'warning', `The leaflet prints on ${pages.count} pages. Try to make it shorter.`, why.length, -1, null);
  return {pages: pages.count, findings};
}

/** Which page each block falls on, breaking pages as the printer does (see the module doc). */
function paginate(blocks: readonly MeasuredBlock[], about: {top: number; bottom: number} | null): {of: Map<number, number>; count: number} {
  const of = new Map<number, number>();
  const height = contentBoxPx.height;
  const items = [...blocks.map((b) => ({index: b.index, top: b.top, bottom: b.bottom})), ...(about ? [{index: -1, ...about}] : [])];
  let page = 2;
  let pageTop = items[0]?.top ?? 0;
  for (const item of items) {
    const fits = item.bottom - item.top <= height;
    if (item.bottom - pageTop > height && (fits || item.top - pageTop > height)) {
      page++;
      pageTop = item.top;
    }
    of.set(item.index, page);
    // A block taller than a page runs on over the pages it needs.
    while (item.bottom - pageTop > height) {
      page++;
      pageTop += height;
    }
  }
  return {of, count: items.length > 0 ? page : 1};
}

/** Why each print check matters, with its source, by check. */
const why = {
  cover: 'A front cover with a big title, a big picture and the date helps people know what the leaflet is about (Check It!).',
  size: 'Easy read print needs at least 14 point text, and 16 point is better (Department of Health, Photosymbols).',
  spacing: 'Space and a half between lines makes text easier to read (WCAG 1.4.8).',
  picture: 'Each idea needs a picture on the left, with the words on the right (Department of Health easy read rules).',
  split: 'A row must never be split across pages (People First easy read standards).',
  contact: 'Easy read ends with who to contact (Patient Information Forum).',
  length: 'Easy read documents of more than 20 pages are too long (Department of Health).',
} as const;
