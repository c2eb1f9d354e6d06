/**
 * A leaflet as one self-contained HTML page: the pictures inlined as `data:` URLs,
 * system fonts, no scripts and no outside requests, in the easy-read layout (picture
 * on the left, about a third of the width; text on the right; large, left-aligned,
 * unhyphenated text with 1.5 line spacing). The same page is printed to PDF, so its
 * print rules keep each row on one page and each heading with what follows.
 *
 * Every block carries `data-block` (its number, from 1, and `data-kind`), which the
 * print checks use to find it on the printed pages.
 *
 * @module
 */
import {isSafeHref} from '../../src/document/schema.js';
import {longDate, type Inline, type Leaflet, type LeafletBlock, type LeafletList, type LeafletParagraph} from './leaflet.js';
import {pageMarginsMm} from './page-geometry.js';
import type {PrintedPages} from './print-checks.js';
import {creditLine, type LeafletPicture} from './pictures.js';

/** Renders `leaflet` as an HTML document (a string starting `<!doctype html>`). All text is escaped. */
export function renderLeafletHtml(leaflet: Leaflet): string {
  const blocks = leaflet.blocks.map((block, i) => renderBlock(block, i + 1)).join('\n');
  return htmlPage(leaflet, `${renderCover(leaflet)}
<main>
${renderNotices(leaflet)}${blocks}
</main>
${renderAbout(leaflet)}`);
}

/**
 * Renders `leaflet` as its print preview: each printed page as a sheet of paper, in
 * the order and with the breaks of `pages` (from `printedPages` on the same leaflet's
 * `renderLeafletHtml`), with "Page N of M" at the foot of each sheet.
 */
export function renderLeafletSheets(leaflet: Leaflet, pages: PrintedPages): string {
  const sheets: string[][] = Array.from({length: Math.max(pages.count - 1, 0)}, () => []);
  const onPage = (index: number) => sheets[Math.min(Math.max((pages.of.get(index) ?? 2) - 2, 0), sheets.length - 1)];
  leaflet.blocks.forEach((block, i) => onPage(i)?.push(renderBlock(block, i + 1)));
  onPage(-1)?.push(renderAbout(leaflet));
  const sheet = (body: string, page: number) =>
    `<section class="sheet" aria-label="Page ${page} of ${pages.count}">\n${body}\n<p class="sheet__number">Page ${page} of ${pages.count}</p>\n</section>`;
  return htmlPage(leaflet, `<main>
${renderNotices(leaflet)}${sheet(renderCover(leaflet), 1)}
${sheets.map((parts, i) => sheet(parts.join('\n'), i + 2)).join('\n')}
</main>`, 'sheets');
}

function htmlPage(leaflet: Leaflet, body: string, bodyClass = ''): string {
  return `<!doctype html>
<html lang="${escape(leaflet.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(leaflet.title || 'Untitled leaflet')}</title>
<style>${styles(leaflet.settings.fontSizePt)}</style>
</head>
<body${bodyClass ? ` class="${bodyClass}"` : ''}>
${body}
</body>
</html>
`;
}

function renderCover(leaflet: Leaflet): string {
  const picture = leaflet.cover ? `<img class="cover__picture" src="${leaflet.cover.dataUrl}" alt="${escape(leaflet.cover.alt)}">` : '';
  const audience = leaflet.audience ? `<p class="cover__audience">This leaflet is for: ${escape(leaflet.audience)}</p>` : '';
  const date = longDate(leaflet.date);
  return `<header class="cover" data-cover>
<h1 class="cover__title">${escape(leaflet.title || 'Untitled leaflet')}</h1>
${picture}
${audience}
${date ? `<p class="cover__date">${escape(date)}</p>` : ''}
</header>`;
}

/**
 * Adds the notices of `leaflet` (newer version, past its review-by date) to a page
 * rendered earlier without them, so a stored page stays as it was released.
 */
export function withNotices(html: string, leaflet: Leaflet): string {
  const marker = '<main>\n';
  return html.replace(marker, `${marker}${renderNotices(leaflet)}`);
}

function renderNotices(leaflet: Leaflet): string {
  const notes: string[] = [];
  const {notices} = leaflet;
  if (notices.preview) notes.push('This is a preview. It has not been released yet.');
  if (notices.newerHref) {
    notes.push(`There is a newer version of this leaflet. <a href="${escape(notices.newerHref)}">Read the newer version</a>.`);
  } else if (notices.newerHref === '') {
    notes.push('There is a newer version of this leaflet. Ask the team who made it for the newer version.');
  }
  if (notices.pastReviewBy) {
    notes.push(`This leaflet should have been checked again by ${escape(longDate(leaflet.reviewBy))}. Some of it may be out of date.`);
  }
  return notes.map((note) => `<p class="notice" role="note">${note}</p>\n`).join('');
}

function renderAbout(leaflet: Leaflet): string {
  const lines: string[] = [];
  if (leaflet.checkedBy) lines.push(`<p class="about__checked">${escape(leaflet.checkedBy)}</p>`);
  if (leaflet.owner) lines.push(`<p>Made by ${escape(leaflet.owner)}.</p>`);
  if (leaflet.written) lines.push(`<p>Written on ${escape(longDate(leaflet.written))}.</p>`);
  if (leaflet.reviewBy) lines.push(`<p>We will check this leaflet again by ${escape(longDate(leaflet.reviewBy))}.</p>`);
  const credits = leaflet.pictureCredits.map((c) => `<li>${escape(creditLine(c))}</li>`).join('');
  if (credits) lines.push(`<h3>Pictures</h3>\n<ul class="about__credits">${credits}</ul>`);
  return `<footer class="about" data-about>
<h2>About this leaflet</h2>
${lines.join('\n')}
</footer>`;
}

function renderBlock(block: LeafletBlock, number: number): string {
  const data = `data-block="${number}" data-kind="${block.kind}"`;
  switch (block.kind) {
    case 'row':
      return `<div class="row" ${data}>
<div class="row__picture">${block.picture ? renderPicture(block.picture) : ''}</div>
<div class="row__text">${block.content.map(renderTextBlock).join('')}</div>
</div>`;
    case 'heading':
      return `<h${block.level} ${data}>${renderInlines(block.text)}</h${block.level}>`;
    case 'paragraph':
    case 'list':
      return `<div class="text" ${data}>${renderTextBlock(block)}</div>`;
    case 'hard-word':
      return `<aside class="hard-word" ${data} aria-label="What the word means">
<p class="hard-word__term">${escape(block.term)}</p>
<p>${renderInlines(block.meaning)}</p>
</aside>`;
    case 'contact':
      return `<address class="contact" ${data}>
${block.lines.map((line) => `<p><span class="contact__label">${escape(line.label)}:</span> ${renderInlines(line.text)}</p>`).join('\n')}
</address>`;
  }
}

function renderPicture(picture: LeafletPicture): string {
  return `<img src="${picture.dataUrl}" alt="${escape(picture.alt)}">`;
}

function renderTextBlock(block: LeafletParagraph | LeafletList): string {
  if (block.kind === 'paragraph') return `<p>${renderInlines(block.text)}</p>`;
  const tag = block.ordered ? 'ol' : 'ul';
  const start = block.ordered && block.start !== 1 ? ` start="${block.start}"` : '';
  const items = block.items.map((item) => `<li>${renderInlines(item.text)}${item.lists.map(renderTextBlock).join('')}</li>`).join('');
  return `<${tag}${start}>${items}</${tag}>`;
}

function renderInlines(inlines: readonly Inline[]): string {
  return inlines
    .map((inline) => {
      if (inline.kind === 'break') return '<br>';
      let html = escape(inline.text);
      if (inline.italic) html = `<em>${html}</em>`;
      if (inline.underline) html = `<u>${html}</u>`;
      if (inline.bold) html = `<strong>${html}</strong>`;
      if (inline.href && isSafeHref(inline.href)) html = `<a href="${escape(inline.href)}">${html}</a>`;
      return html;
    })
    .join('');
}

/** Escapes text for HTML content and attribute values. */
export function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function styles(fontSizePt: number): string {
  return `
@page { size: A4; margin: ${pageMarginsMm.top}mm ${pageMarginsMm.right}mm ${pageMarginsMm.bottom}mm ${pageMarginsMm.left}mm; }
:root { color: #212b32; background: #fff; }
* { box-sizing: border-box; }
body {
  margin: 0 auto; max-width: 210mm; padding: 12mm 16mm;
  font-family: Arial, "Helvetica Neue", Helvetica, "Liberation Sans", "DejaVu Sans", sans-serif;
  font-size: ${fontSizePt}pt; line-height: 1.5; text-align: left; hyphens: manual; overflow-wrap: break-word;
}
@media print { body { padding: 0; max-width: none; } }
h1, h2, h3 { line-height: 1.25; color: #003087; break-after: avoid; page-break-after: avoid; }
h2 { font-size: 1.5em; margin: 1.2em 0 0.4em; }
h3 { font-size: 1.2em; margin: 1em 0 0.3em; }
p { margin: 0 0 0.5em; }
ul, ol { margin: 0 0 0.5em; padding-left: 1.4em; }
li { margin-bottom: 0.25em; }
a { color: #005eb8; text-decoration: underline; }
strong { font-weight: 700; }
.cover {
  display: flex; flex-direction: column; align-items: flex-start; gap: 10mm;
  min-height: 240mm; padding: 10mm 0; break-after: page; page-break-after: always;
  border-bottom: 3mm solid #005eb8;
}
@media screen { .cover { min-height: 0; margin-bottom: 10mm; padding-bottom: 10mm; } }
.cover__title { font-size: 2.4em; margin: 0; }
.cover__picture { width: 110mm; max-width: 80%; height: auto; }
.cover__audience { font-size: 1.3em; font-weight: 700; margin: 0; }
.cover__date { font-size: 1.15em; margin: 0; }
.row {
  display: grid; grid-template-columns: 1fr 2fr; gap: 8mm; align-items: center;
  padding: 5mm 0; border-bottom: 0.3mm solid #d8dde0;
  break-inside: avoid; page-break-inside: avoid;
}
.row__picture img { display: block; width: 100%; max-width: 42mm; height: auto; margin: 0 auto; }
.row__text > :last-child, .hard-word > :last-child, .contact > :last-child { margin-bottom: 0; }
.text { break-inside: avoid; margin: 0.5em 0; }
.hard-word {
  margin: 5mm 0 5mm 33%; padding: 4mm 5mm; border: 0.6mm solid #005eb8; border-radius: 2mm;
  background: #e8f1f8; break-inside: avoid;
}
.hard-word__term { font-weight: 700; }
.contact {
  font-style: normal; margin: 6mm 0; padding: 4mm 5mm; border-left: 2mm solid #005eb8;
  background: #f0f4f5; break-inside: avoid;
}
.contact__label { font-weight: 700; }
.notice { border: 0.6mm solid #8a1538; background: #fff; padding: 3mm 4mm; margin: 0 0 6mm; font-weight: 700; }
.about { margin-top: 10mm; padding-top: 2mm; border-top: 1mm solid #005eb8; break-inside: avoid; }
.about__checked { font-weight: 700; }
@media screen {
  body.sheets { max-width: none; padding: 6mm 3mm; background: #d8dde0; }
  .sheet {
    position: relative; width: 210mm; min-height: 297mm; margin: 0 auto 6mm; background: #fff;
    padding: ${pageMarginsMm.top}mm ${pageMarginsMm.right}mm ${pageMarginsMm.bottom}mm ${pageMarginsMm.left}mm;
    box-shadow: 0 0.5mm 2mm rgba(33, 43, 50, 0.35);
  }
  .sheet > .cover { min-height: 0; margin: 0; padding: 0 0 10mm; }
  .sheet > .about { break-inside: auto; }
  .sheets .notice { max-width: 210mm; margin: 0 auto 6mm; }
  .sheet__number { position: absolute; right: ${pageMarginsMm.right}mm; bottom: 6mm; margin: 0; font-size: 12pt; }
}
@media screen and (max-width: 840px) { .sheet { zoom: 0.75; } }
@media screen and (max-width: 640px) { .sheet { zoom: 0.5; } }
@media screen and (max-width: 440px) { .sheet { zoom: 0.4; } }
@media print { .sheet { break-after: page; } .sheet:last-child { break-after: auto; } .sheet__number { display: none; } }
`;
}
