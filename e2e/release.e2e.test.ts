import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import {createServer, type Server} from 'node:http';
import {after, before, describe, it} from 'node:test';
import type {Page, Response} from 'playwright-core';
import {leafletDocument, rowSentence} from '../server/leaflet/test-document.js';
import type {ApiClient} from '../src/app/api-client.js';
import {useApp} from './app-fixture.js';
import {apiClient, createAdmin, editorText, freePort, waitForText, type Account} from './support.js';

const ann: Account = {name: 'Ann Approver', email: 'ann@example.nhs.uk', password: 'ann has a long password'};
const rows = 6;
const title = 'Getting your flu jab';

/** The register, in the order they approve: each is named on the leaflet as their `credit` says. */
const reviewers = [
  {name: 'Ravi Patel', credit: 'full'},
  {name: 'Sam Okafor', credit: 'first'},
  {name: 'Jo Bloggs', credit: 'none'},
] as const;

/** Today on the server's clock, as the leaflet writes it: "6 December 2026". */
function today(): string {
  return new Date().toLocaleDateString('en-GB', {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'});
}

/** `YYYY-MM-DD`, `days` from now. */
function dayFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** Sends `body` as JSON to the invite routes, as a reviewer's phone would: no session. */
async function asReviewer(method: string, url: string, body?: unknown): Promise<unknown> {
  const response = await fetch(url, {method, headers: {'content-type': 'application/json'}, ...(body === undefined ? {} : {body: JSON.stringify(body)})});
  assert.ok(response.ok, `${method} ${url} answered ${response.status}: ${await response.clone().text()}`);
  return response.json();
}

/**
 * Makes a document that is ready to release, through the API: the register, a round,
 * every reviewer answering a part and approving through their invite, and a response
 * to each piece of feedback. Returns the document's id.
 */
async function approvedDocument(appUrl: string, adminApi: ApiClient, annApi: ApiClient): Promise<string> {
  const reviewerIds: string[] = [];
  for (const person of reviewers) {
    const body = {name: person.name, credit: person.credit, consentToName: true, livedExperience: true, paid: false};
    reviewerIds.push((await adminApi.send<{id: string}>('POST', '/api/involvement/people', body)).id);
  }
  const doc = await annApi.createDocument({content: leafletDocument(title, rows)});
  const round = await annApi.send<{id: string; invites: {reviewerId: string; token: string}[]}>('POST', `/api/documents/${doc.id}/rounds`, {
    reviewerIds,
    due: dayFromNow(14),
    approvalsNeeded: 2,
  });
  for (const id of reviewerIds) {
    const token = round.invites.find((invite) => invite.reviewerId === id)?.token ?? '';
    const review = (await asReviewer('GET', `${appUrl}/api/invite/${token}`)) as {parts: {id: string}[]};
    await asReviewer('PUT', `${appUrl}/api/invite/${token}/answers/${review.parts[1]?.id}`, {understood: 'yes', comment: 'I can read this.'});
    await asReviewer('POST', `${appUrl}/api/invite/${token}/verdict`, {verdict: 'approve'});
  }
  const results = await annApi.send<{items: {id: string}[]}>('GET', `/api/rounds/${round.id}/results`);
  assert.ok(results.items.length > 0, 'the answers left feedback to respond to');
  for (const item of results.items) {
    await annApi.send('PUT', `/api/rounds/${round.id}/items/${item.id}/response`, {action: 'not-changed', reason: 'Thank you.'});
  }
  return doc.id;
}

/** Presses a button of the release panel with the keyboard and returns the file's answer and the downloaded file's name. */
async function download(page: Page, words: string, path: RegExp): Promise<{response: Response; body: Buffer; fileName: string}> {
  const answered = page.waitForResponse((r) => path.test(new URL(r.url()).pathname), {timeout: 90_000});
  const downloaded = page.waitForEvent('download', {timeout: 90_000});
  await page.locator('er-release-panel').getByRole('button', {name: words}).focus();
  await page.keyboard.press('Enter');
  const [response, file] = await Promise.all([answered, downloaded]);
  // The app saves the file from a blob; read what was saved, as the person gets it.
  return {response, body: await readFile((await file.path()) ?? ''), fileName: file.suggestedFilename()};
}

/** An "intranet" page on another origin that embeds the viewer with the two lines the README gives. */
function intranetPage(appUrl: string, releaseId: string): string {
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Staff intranet</title>
<script type="module" src="${appUrl}/easy-read-document.js"></script></head>
<body><main><h1>Leaflets for patients</h1>
<er-document release="${releaseId}" server="${appUrl}"></er-document>
</main></body></html>`;
}

describe('an approver releases an approved leaflet, downloads it, makes it public and it is embedded on another site', {timeout: 300_000}, () => {
  const fixture = useApp();
  let documentId: string;
  let annApi: ApiClient;
  let intranet: Server | undefined;

  before(async () => {
    const adminApi = await createAdmin(fixture.app);
    await adminApi.createUser({name: ann.name, email: ann.email, role: 'author', approver: true, password: ann.password});
    annApi = apiClient(fixture.app);
    await annApi.signIn(ann.email, ann.password);
    documentId = await approvedDocument(fixture.app.url, adminApi, annApi);
  });
  after(() => new Promise<void>((resolve) => (intranet ? intranet.close(() => resolve()) : resolve())));

  it('releases with the keyboard, gives the three files with the credit, and shows the leaflet publicly and on another origin', async () => {
    const credit = `Checked by the Can you understand it? group on ${today()}: Ravi Patel and Sam.`;
    const annSide = await fixture.openDocument(ann, documentId, new RegExp(title));
    const page = annSide.page;
    const roundPanel = page.locator('er-review-round-panel');
    await waitForText(roundPanel.getByRole('heading', {level: 3}).first(), /^Round 1/, 15_000);
    // The print preview: the leaflet page by page, and the checks on the printed page.
    const releasePanel = page.locator('er-release-panel');
    await releasePanel.getByRole('button', {name: 'Print preview'}).focus();
    await page.keyboard.press('Enter');
    const sheets = page.frameLocator('er-release-panel iframe').locator('section.sheet');
    await sheets.nth(2).waitFor({timeout: 30_000});
    const labels = await sheets.evaluateAll((all) => all.map((el) => el.getAttribute('aria-label')));
    assert.deepEqual(labels, labels.map((_, i) => `Page ${i + 1} of ${labels.length}`));
    await waitForText(releasePanel.locator('[part=base]'), /No problems on the printed page\./, 30_000);

    await roundPanel.getByRole('button', {name: 'Release', exact: true}).focus();
    await page.keyboard.press('Enter');
    await waitForText(roundPanel.getByRole('status').first(), 'Version released. Its files are below.', 15_000);
    await waitForText(releasePanel.locator('.releases'), /Release 1/);

    const web = await download(page, 'Download the web page', /\/leaflet\.html$/);
    assert.match(web.response.headers()['content-type'] ?? '', /^text\/html/);
    assert.ok(web.body.length > 5_000, `the page holds its pictures (${web.body.length} bytes)`);
    const text = web.body.toString('utf8');
    const places = [...Array.from({length: rows}, (_, i) => rowSentence(i + 1)), credit].map((s) => text.indexOf(s));
    assert.ok(places.every((p, i) => p > 0 && (i === 0 || p > places[i - 1]!)), `every row in order, then the credit: ${places.join(', ')}`);
    assert.equal(web.fileName, 'getting-your-flu-jab.html');

    const pdf = await download(page, 'Download the PDF', /\/leaflet\.pdf$/);
    assert.equal(pdf.response.headers()['content-type'], 'application/pdf');
    assert.equal(pdf.body.subarray(0, 5).toString(), '%PDF-');
    assert.ok(pdf.body.length > 20_000, `a real PDF (${pdf.body.length} bytes)`);
    assert.equal(pdf.fileName, 'getting-your-flu-jab.pdf');

    const word = await download(page, 'Download the Word file', /\/leaflet\.docx$/);
    assert.match(word.response.headers()['content-type'] ?? '', /wordprocessingml\.document$/);
    assert.equal(word.body.subarray(0, 2).toString(), 'PK');
    assert.ok(word.body.length > 10_000, `a real Word file (${word.body.length} bytes)`);
    await waitForText(page.locator('er-release-panel').getByRole('status').first(), 'The Word file is downloaded.');

    await page.locator('er-release-panel').getByRole('button', {name: 'Make public'}).focus();
    await page.keyboard.press('Enter');
    const address = await page.locator('er-release-panel .public a').getAttribute('href', {timeout: 10_000});
    const releaseId = /\/r\/([^/]+)$/.exec(address ?? '')?.[1] ?? '';
    const {releases} = await annApi.send<{releases: {id: string; public: boolean}[]}>('GET', `/api/documents/${documentId}/releases`);
    assert.deepEqual(releases.map((r) => [r.id, r.public]), [[releaseId, true]]);

    // Anyone, signed out, reads it at its public address.
    const reader = await fixture.newPage(`/r/${releaseId}`);
    await waitForText(reader.page.locator('h1'), title);
    assert.equal(await reader.page.locator('.row').count(), rows);
    await waitForText(reader.page.locator('.about__checked'), credit);

    // A page on another origin shows it with the viewer, rows and all.
    const port = await freePort();
    const html = intranetPage(fixture.app.url, releaseId);
    intranet = createServer((_, res) => res.writeHead(200, {'content-type': 'text/html; charset=utf-8'}).end(html));
    await new Promise<void>((resolve) => intranet!.listen(port, '127.0.0.1', resolve));
    const embedded = await fixture.browser.newContext();
    const intranetTab = await embedded.newPage();
    const intranetErrors: string[] = [];
    intranetTab.on('pageerror', (error) => intranetErrors.push(String(error)));
    await intranetTab.goto(`http://127.0.0.1:${port}/`);
    const viewer = intranetTab.locator('er-document');
    await viewer.locator('article.row').nth(rows - 1).waitFor({timeout: 15_000});
    const shown = await viewer.locator('article.row').allTextContents();
    assert.deepEqual(shown.map((s) => s.trim()), Array.from({length: rows}, (_, i) => rowSentence(i + 1)));
    await waitForText(viewer.locator('.credits'), new RegExp(credit.replace(/[.?]/g, '\\$&')));
    await viewer.getByRole('button', {name: 'Read to me'}).waitFor();
    assert.equal(await viewer.locator('article.row img').first().evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), true);

    assert.deepEqual([...annSide.errors, ...reader.errors, ...intranetErrors], []);
    await Promise.all([annSide.context.close(), reader.context.close(), embedded.close()]);
  });
});
