import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, it} from 'node:test';
import mammoth from 'mammoth';
import {OPENMOJI_CREDIT} from '../../src/pictures/symbol-index.js';
import {BrowserPool, ExportBusyError} from './browser-pool.js';
import {buildLeaflet, type Leaflet} from './leaflet.js';
import {renderLeafletDocx} from './leaflet-docx.js';
import {renderLeafletHtml, renderLeafletSheets} from './leaflet-html.js';
import {renderLeafletPdf} from './leaflet-pdf.js';
import {printedPages, runPrintChecks} from './print-checks.js';
import {defaultLeafletSettings} from './settings.js';
import {leafletDocument, rowSentence} from './test-document.js';

const credit = 'Checked by the Can you understand it? group on 12 November 2026: Ravi Patel and Sam.';
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

function leafletOf(rows: number): Promise<Leaflet> {
  return buildLeaflet(leafletDocument('Getting your flu jab', rows), {date: '2026-11-12', checkedBy: credit, settings: defaultLeafletSettings});
}

/** Asserts each of `needles` appears in `text`, in order. */
function assertInOrder(text: string, needles: readonly string[]): void {
  let at = 0;
  for (const needle of needles) {
    const found = text.indexOf(needle, at);
    assert.ok(found >= 0, `"${needle}" is missing or out of order`);
    at = found + needle.length;
  }
}

const pdfText = (file: string, page?: number) =>
  execFileSync('pdftotext', [...(page ? ['-f', String(page), '-l', String(page)] : []), '-layout', file, '-'], {encoding: 'utf8'}).replace(/\s+/g, ' ');

describe('leaflet outputs', () => {
  const pool = new BrowserPool();
  const dir = mkdtempSync(join(tmpdir(), 'er-leaflet-'));
  let leaflet: Leaflet;
  let html: string;
  const sentences = Array.from({length: 12}, (_, i) => rowSentence(i + 1));

  before(async () => {
    leaflet = await leafletOf(12);
    html = renderLeafletHtml(leaflet);
  });
  after(async () => {
    await pool.close();
    rmSync(dir, {recursive: true, force: true});
  });

  it('makes one HTML page that passes axe, requests nothing outside and holds every row in order, then the credit', async () => {
    const outside: string[] = [];
    const violations = await pool.withPage(async (page) => {
      page.on('request', (request) => {
        if (!/^(data|about):/.test(request.url())) outside.push(request.url());
      });
      await page.setContent(html, {waitUntil: 'load'});
      await page.addScriptTag({path: axePath});
      return page.evaluate('axe.run(document).then((r) => r.violations.map((v) => v.id + ": " + v.nodes.length))');
    });
    assert.deepEqual(violations, []);
    assert.deepEqual(outside, [], 'no request leaves the page');
    assert.doesNotMatch(html, /<script|https?:\/\/[^"]*\.(css|js|svg|png)/);
    assert.match(html, /<html lang="en-GB">/);
    assertInOrder(html, [...sentences, 'Who to contact', credit, `OpenMoji pictures: ${OPENMOJI_CREDIT}<`]);
    assert.equal((html.match(/<img /g) ?? []).length, 13, 'the cover and every row have a picture');
    assert.doesNotMatch(html, /<img(?![^>]*alt="[^"]+")/, 'every picture has alt text');
  });

  it('escapes the text it is given', async () => {
    const doc = leafletDocument('<b>Tom & "Jerry"</b>', 2);
    const escaped = renderLeafletHtml(await buildLeaflet(doc, {date: '', checkedBy: null, settings: defaultLeafletSettings}));
    assert.ok(escaped.includes('&#60;b&#62;Tom &#38; &#34;Jerry&#34;&#60;/b&#62;'));
    assert.ok(!escaped.includes('<b>Tom'));
  });

  it('prints a tagged A4 PDF with the title, every row in order and no row split between pages', async () => {
    const started = Date.now();
    const pdf = await renderLeafletPdf(pool, html);
    console.log(`PDF of 12 rows: ${Date.now() - started} ms, ${pdf.length} bytes`);
    const file = join(dir, 'leaflet.pdf');
    writeFileSync(file, pdf);
    const info = execFileSync('pdfinfo', [file], {encoding: 'utf8'});
    assert.match(info, /^Tagged:\s+yes$/m);
    assert.match(info, /^Title:\s+Getting your flu jab$/m);
    assert.match(info, /^Page size:\s+595\.\d+ x 842\.\d+ pts \(A4\)$/m);
    const pages = Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1]);
    assert.ok(pages >= 3, `${pages} pages`);
    assertInOrder(pdfText(file), [...sentences, credit]);
    const pageTexts = Array.from({length: pages}, (_, i) => pdfText(file, i + 1));
    assert.match(pageTexts[0]!, /Getting your flu jab.*This leaflet is for: Adults with a learning disability.*12 November 2026/);
    for (const sentence of sentences) {
      assert.equal(pageTexts.filter((text) => text.includes(sentence)).length, 1, `"${sentence}" is whole on exactly one page`);
    }
    assert.match(pageTexts.at(-1)!, new RegExp(`Page ${pages} of ${pages}`));
  });

  it('previews the leaflet page by page, with the same page breaks as the PDF', async () => {
    const file = join(dir, 'preview-check.pdf');
    writeFileSync(file, await renderLeafletPdf(pool, html));
    const pdfPages = Number(/^Pages:\s+(\d+)$/m.exec(execFileSync('pdfinfo', [file], {encoding: 'utf8'}))?.[1]);
    const preview = renderLeafletSheets(leaflet, await printedPages(pool, html));
    const sheets = [...preview.matchAll(/<section class="sheet" aria-label="Page (\d+) of (\d+)">([\s\S]*?)<\/section>/g)];
    assert.deepEqual(sheets.map((m) => `${m[1]} of ${m[2]}`), Array.from({length: pdfPages}, (_, i) => `${i + 1} of ${pdfPages}`));
    for (const sentence of sentences) {
      const sheet = sheets.findIndex((m) => m[3]!.includes(sentence));
      assert.ok(pdfText(file, sheet + 1).includes(sentence), `"${sentence}" is on page ${sheet + 1} of the preview and of the PDF`);
    }
    assert.ok(sheets.at(-1)![3]!.includes(credit), 'the credit is on the last page');
    const violations = await pool.withPage(async (page) => {
      await page.setContent(preview, {waitUntil: 'load'});
      await page.addScriptTag({path: axePath});
      return page.evaluate('axe.run(document).then((r) => r.violations.map((v) => v.id + ": " + v.nodes.length))');
    });
    assert.deepEqual(violations, []);
  });

  it('prints a leaflet of 40 rows and its print checks find nothing wrong', async () => {
    const big = renderLeafletHtml(await leafletOf(40));
    const started = Date.now();
    const pdf = await renderLeafletPdf(pool, big);
    console.log(`PDF of 40 rows: ${Date.now() - started} ms, ${pdf.length} bytes`);
    const file = join(dir, 'big.pdf');
    writeFileSync(file, pdf);
    const pages = Number(/^Pages:\s+(\d+)$/m.exec(execFileSync('pdfinfo', [file], {encoding: 'utf8'}))?.[1]);
    assertInOrder(pdfText(file), Array.from({length: 40}, (_, i) => rowSentence(i + 1)));
    const checks = await runPrintChecks(pool, big);
    assert.deepEqual(checks.findings, []);
    assert.equal(checks.pages, pages, 'the checks count the pages the printer makes');
  });

  it('finds print problems: small text, a missing picture, no contact details', async () => {
    const doc = leafletDocument('Small print', 3);
    const content = (doc.doc['content'] as Record<string, unknown>[]).filter((node) => node['type'] !== 'contact');
    (content[1] as {attrs: {picture: unknown}}).attrs.picture = null;
    const small = await buildLeaflet({...doc, doc: {...doc.doc, content}}, {date: '2026-11-12', checkedBy: null, settings: {...defaultLeafletSettings, fontSizePt: 14}});
    const checks = await runPrintChecks(pool, renderLeafletHtml(small));
    const rules = new Set(checks.findings.map((f) => `${f.rule}/${f.severity}`));
    assert.deepEqual([...rules].sort(), ['contact-info/error', 'font-size/warning', 'picture-left-text-right/warning']);
    const missing = checks.findings.find((f) => f.rule === 'picture-left-text-right');
    assert.deepEqual([missing?.block, missing?.page], [0, 2]);
  });

  it('writes a Word file with the same text, headings and alt texts', async () => {
    const docx = await renderLeafletDocx(leaflet, pool);
    const {value} = await mammoth.convertToHtml({buffer: docx});
    assertInOrder(value, ['<h1>Getting your flu jab</h1>', ...sentences, '<h2>Who to contact</h2>', credit, '<h3>Pictures</h3>']);
    assert.ok(value.includes('<h2>What happens next</h2>'));
    const alts = [...value.matchAll(/<img [^>]*alt="([^"]*)"/g)].map((m) => m[1]);
    assert.deepEqual(alts, ['hospital', ...Array.from({length: 12}, (_, i) => ['hospital', 'pill', 'telephone', 'syringe', 'calendar', 'house'][i % 6])]);
    assert.match(value, /<img [^>]*src="data:image\/png;base64,/, 'Word readers without SVG get the PNG');
  });

  it('runs ten exports at once in one browser, and refuses more than its queue holds', async () => {
    const launches = pool.launches;
    const pdfs = await Promise.all(Array.from({length: 10}, () => renderLeafletPdf(pool, html)));
    assert.equal(pool.launches, launches, 'no new browser');
    for (const pdf of pdfs) assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
    const tiny = new BrowserPool({maxPages: 1, maxQueue: 1});
    try {
      const results = await Promise.allSettled(Array.from({length: 3}, () => renderLeafletPdf(tiny, html)));
      assert.deepEqual(results.map((r) => r.status), ['fulfilled', 'fulfilled', 'rejected']);
      const refused = results[2];
      assert.ok(refused?.status === 'rejected' && refused.reason instanceof ExportBusyError);
      assert.equal(tiny.launches, 1);
    } finally {
      await tiny.close();
    }
  });
});
