/**
 * A leaflet as a tagged A4 PDF, printed from its HTML by the shared headless
 * Chromium: the PDF's title and language come from the page's `<title>` and `lang`,
 * its outline from the headings, and every page shows "Page N of M".
 *
 * @module
 */
import type {BrowserPool} from './browser-pool.js';
import {pageMarginsMm} from './page-geometry.js';

const footer = `<div style="width:100%; padding: 0 16mm; font: 12pt Arial, 'Liberation Sans', sans-serif; color: #212b32; text-align: right;">
Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`;

/**
 * Prints `html` (from `renderLeafletHtml`) to PDF. Throws `ExportBusyError` or
 * `ChromiumMissingError` from the pool.
 */
export async function renderLeafletPdf(pool: BrowserPool, html: string): Promise<Buffer> {
  return pool.withPage(async (page) => {
    await page.emulateMedia({media: 'print'});
    await page.setContent(html, {waitUntil: 'load'});
    const mm = (n: number) => `${n}mm`;
    return page.pdf({
      format: 'A4',
      printBackground: true,
      tagged: true,
      outline: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: footer,
      margin: {top: mm(pageMarginsMm.top), right: mm(pageMarginsMm.right), bottom: mm(pageMarginsMm.bottom), left: mm(pageMarginsMm.left)},
    });
  });
}
