import assert from 'node:assert/strict';
import {before, describe, it} from 'node:test';
import type {Locator, Page} from 'playwright-core';
import type {ApiClient} from '../src/app/api-client.js';
import type {DocumentFile} from '../src/document/document-file.js';
import {RoundsApi, type RoundResults} from '../src/rounds/rounds-api.js';
import {useApp} from './app-fixture.js';
import {apiClient, createAdmin, editorText, fileText, saveStatus, waitForText, type Account, type RunningApp} from './support.js';

const ann: Account = {name: 'Ann Author', email: 'ann@example.nhs.uk', password: 'ann has a long password'};
const sam: Account = {name: 'Sam Supporter', email: 'sam@example.nhs.uk', password: 'sam has a long password'};

const title = 'Flu jabs';
const rows = ['You can get a flu jab at your doctor.', 'The jab helps stop you getting ill.', 'It is free for you.'] as const;
const editedRow = 'The jab helps stop you getting sick.';

/** A leaflet the checks pass: a title, three rows (the first with a picture) and a phone number. */
function leaflet(heading = title): DocumentFile {
  const picture = {src: '/openmoji/1F489.svg', alt: 'a needle', credit: 'OpenMoji', licence: 'CC BY-SA 4.0', symbol: '1F489'};
  return {
    format: 'easy-read-studio/1',
    meta: {title: heading, written: '2026-03-01', reviewBy: '2099-03-01', owner: 'Patient information team', audience: 'Adults'},
    doc: {
      type: 'doc',
      content: [
        {type: 'title', content: [{type: 'text', text: heading}]},
        ...rows.map((text, i) => ({type: 'row', attrs: {picture: i === 0 ? picture : null}, content: [{type: 'paragraph', content: [{type: 'text', text}]}]})),
        {type: 'contact', content: [{type: 'contact_line', attrs: {field: 'phone'}, content: [{type: 'text', text: '0300 123 4567'}]}]},
      ],
    },
  };
}

/**
 * What the focused element is called: its `aria-label`, else its label's (or its own) text,
 * after the group it is in (the group's `aria-labelledby` id, else its `aria-label`).
 */
function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active || active === document.body) return '';
    const group = active.closest('[role="group"]');
    const prefix = group?.getAttribute('aria-labelledby') ?? group?.getAttribute('aria-label');
    const name = active.getAttribute('aria-label') ?? (active.closest('label') ?? active).textContent ?? '';
    return `${prefix ? `${prefix}: ` : ''}${name.replace(/\s+/g, ' ').trim()}`;
  });
}

/**
 * Presses Tab until the focus is on `name` (as {@link focusedName} gives it), then presses
 * `key` there: a keyboard user's walk through the page. Fails with the names passed on the way.
 */
async function tabTo(page: Page, name: string, key = 'Enter', most = 80): Promise<void> {
  const passed: string[] = [];
  for (let i = 0; i < most; i++) {
    await page.keyboard.press('Tab');
    const now = await focusedName(page);
    if (now === name) {
      if (key) await page.keyboard.press(key);
      return;
    }
    passed.push(now);
  }
  assert.fail(`Tab never reached “${name}”. It passed: ${passed.join(' | ')}`);
}

/** One page of the review, answered with the keyboard: "Do you understand this?", hard words, the picture. */
interface PageAnswer {
  readonly understood: 'Yes' | 'Not sure' | 'No';
  readonly hard?: readonly string[];
  readonly picture?: 'Yes' | 'Not sure' | 'No';
}

/** Waits for review page `heading`, answers it with Tab and Enter only, then moves on with "Next". */
async function answerPage(page: Page, heading: string, answer: PageAnswer): Promise<void> {
  const review = page.locator('er-review');
  await waitForText(review.locator('h1'), heading);
  await tabTo(page, `understood-heading: ${answer.understood}`);
  for (const word of answer.hard ?? []) await tabTo(page, `hard-heading: ${word}`);
  if (answer.picture) await tabTo(page, `picture-heading: ${answer.picture}`);
  await tabTo(page, 'Next');
}

/** The invite's parts as the server holds them, read as the link itself reads them. */
interface InvitePart {
  readonly id: string;
  readonly text: string;
  readonly needsAnswer: boolean;
  readonly answer: {understood: string; pictureHelps: string | null; hardWords: {word: string}[]} | null;
}

async function inviteParts(app: RunningApp, token: string): Promise<InvitePart[]> {
  const response = await fetch(`${app.url}/api/invite/${encodeURIComponent(token)}`);
  assert.equal(response.status, 200);
  return ((await response.json()) as {parts: InvitePart[]}).parts;
}

/** Waits until the server holds answers for exactly the first `count` parts of the link. */
async function waitForAnswers(app: RunningApp, token: string, count: number, timeoutMs = 10_000): Promise<InvitePart[]> {
  const end = Date.now() + timeoutMs;
  let parts: InvitePart[] = [];
  while (Date.now() < end) {
    parts = await inviteParts(app, token);
    if (parts.every((part, i) => (part.answer !== null) === i < count)) return parts;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`Expected ${count} answers, but the server held ${JSON.stringify(parts.map((p) => p.answer))}`);
}

/** Waits until the round's results (read as the author) satisfy `done`, and returns them. */
async function waitForResults(api: RoundsApi, roundId: string, done: (results: RoundResults) => boolean, timeoutMs = 10_000): Promise<RoundResults> {
  const end = Date.now() + timeoutMs;
  let results = await api.results(roundId);
  while (!done(results) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    results = await api.results(roundId);
  }
  assert.ok(done(results), `The results never got there: ${JSON.stringify(results)}`);
  return results;
}

/** Sends a JSON request through a review link, with no account (as the volunteer's browser would). */
async function throughLink(app: RunningApp, method: string, path: string, body: unknown): Promise<void> {
  const response = await fetch(`${app.url}/api/invite/${path}`, {
    method,
    headers: {'content-type': 'application/json', origin: app.url},
    body: JSON.stringify(body),
  });
  assert.equal(response.status, 200, await response.text());
}

/** The review links on show in the panel, by the reviewer's name. */
async function reviewLinks(panel: Locator, names: readonly string[]): Promise<Map<string, string>> {
  const links = panel.locator('er-round-links li');
  await links.nth(names.length - 1).waitFor();
  const found = new Map<string, string>();
  for (let i = 0; i < (await links.count()); i++) {
    const name = (await links.nth(i).locator('strong').textContent()) ?? '';
    const url = new URL(((await links.nth(i).locator('.link').textContent()) ?? '').trim());
    found.set(name, url.pathname + url.hash);
  }
  assert.deepEqual([...found.keys()].sort(), [...names].sort());
  return found;
}

/** Opens "Send for review" (or "Start round N") with the keyboard and sends the draft to `names`. */
async function sendForReview(page: Page, panel: Locator, button: string, names: readonly string[], round: number): Promise<Map<string, string>> {
  await panel.getByRole('button', {name: button}).focus();
  await page.keyboard.press('Enter');
  await panel.locator('er-send-for-review-form legend').waitFor();
  for (const name of names) await tabTo(page, `${name} (lived experience)`, 'Space');
  await tabTo(page, 'Send');
  await waitForText(panel.getByRole('status').first(), `Round ${round} has started.`);
  return reviewLinks(panel, names);
}

describe('a review round from the author to the volunteers and back, through npm start', {timeout: 300_000}, () => {
  const fixture = useApp();
  let annApi: ApiClient;
  let samApi: ApiClient;
  let rounds: RoundsApi;
  let documentId: string;
  const person = new Map<string, string>();

  before(async () => {
    const adminApi = await createAdmin(fixture.app);
    await adminApi.createUser({name: ann.name, email: ann.email, role: 'author', password: ann.password, approver: true});
    const samUser = await adminApi.createUser({name: sam.name, email: sam.email, role: 'supporter', password: sam.password});
    const register = new RoundsApi(adminApi);
    for (const [name, supporterId] of [['Lee', null], ['Mo', null], ['Pat', samUser.id], ['Ria', samUser.id], ['Sol', samUser.id]] as const) {
      const added = await register.addPerson({name, credit: 'full', consentToName: true, livedExperience: true, paid: false, supporterId});
      person.set(name, added.id);
    }
    annApi = apiClient(fixture.app);
    await annApi.signIn(ann.email, ann.password);
    rounds = new RoundsApi(annApi);
    samApi = apiClient(fixture.app);
    await samApi.signIn(sam.email, sam.password);
    documentId = (await annApi.createDocument({content: leaflet()})).id;
  });

  it('round 1 by link and in a group, answers to every item, round 2 on the edited row, then release', async () => {
    const author = await fixture.openDocument(ann, documentId, new RegExp(rows[1]));
    const annPage = author.page;
    const panel = annPage.locator('er-review-round-panel');
    const links1 = await sendForReview(annPage, panel, 'Send for review', ['Lee', 'Mo'], 1);
    const [round1] = await rounds.rounds(documentId);
    assert.ok(round1?.open, 'round 1 is open');

    // Lee goes through every page with the keyboard and says it is easy to read.
    const lee = await fixture.newPage(links1.get('Lee'));
    await waitForText(lee.page.locator('er-review h1'), 'This is how it works');
    await tabTo(lee.page, 'Skip practice');
    await answerPage(lee.page, 'Page 1 of 5', {understood: 'Yes'});
    await answerPage(lee.page, 'Page 2 of 5', {understood: 'Yes', hard: ['jab'], picture: 'Yes'});
    await answerPage(lee.page, 'Page 3 of 5', {understood: 'No', hard: ['ill']});
    await answerPage(lee.page, 'Page 4 of 5', {understood: 'Yes'});
    await answerPage(lee.page, 'Page 5 of 5', {understood: 'Yes'});
    await waitForText(lee.page.locator('er-review h1'), 'Is it ready?');
    await tabTo(lee.page, 'Yes, it is easy to read');
    await waitForText(lee.page.locator('er-review h1'), 'Thank you');

    // Mo stops after two pages, reloads, and goes on from page 3.
    const mo = await fixture.newPage(links1.get('Mo'));
    const moToken = decodeURIComponent(links1.get('Mo')!.split('#')[1]!);
    await waitForText(mo.page.locator('er-review h1'), 'This is how it works');
    await tabTo(mo.page, 'Skip practice');
    await answerPage(mo.page, 'Page 1 of 5', {understood: 'Yes'});
    await answerPage(mo.page, 'Page 2 of 5', {understood: 'Not sure', picture: 'No'});
    await waitForText(mo.page.locator('er-review h1'), 'Page 3 of 5');
    const halfWay = await waitForAnswers(fixture.app, moToken, 2);
    assert.deepEqual([halfWay[1]?.answer?.understood, halfWay[1]?.answer?.pictureHelps], ['not-sure', 'no']);
    await mo.page.reload();
    await waitForText(mo.page.locator('er-review h1'), 'Page 3 of 5');
    await waitForText(mo.page.locator('er-review #done'), 'You have done 2 of 5');
    await answerPage(mo.page, 'Page 3 of 5', {understood: 'Yes', hard: ['ill']});
    await answerPage(mo.page, 'Page 4 of 5', {understood: 'Yes'});
    await answerPage(mo.page, 'Page 5 of 5', {understood: 'Yes'});
    await tabTo(mo.page, 'Yes, it is easy to read');
    await waitForText(mo.page.locator('er-review h1'), 'Thank you');
    await waitForAnswers(fixture.app, moToken, 5);

    // Sam records a group session for Pat, Ria and Sol through the API (the group screen has its own test below).
    const parts = await inviteParts(fixture.app, moToken);
    const members = ['Pat', 'Ria', 'Sol'].map((name) => person.get(name)!);
    const session = await samApi.send<{id: string}>('POST', `/api/rounds/${round1.id}/sessions`, {memberIds: members});
    const ill = rows[1].indexOf('ill');
    for (const member of members) {
      for (const part of parts) {
        const hardWords = member === person.get('Pat') && part.text === rows[1] ? [{word: 'ill', start: ill, end: ill + 3, meaning: 'unwell'}] : undefined;
        await samApi.send('PUT', `/api/rounds/${round1.id}/sessions/${session.id}/answers/${member}/${part.id}`, {understood: 'yes', ...(hardWords ? {hardWords} : {})});
      }
      const comment = member === person.get('Sol') ? 'Make the words bigger.' : undefined;
      await samApi.send('POST', `/api/rounds/${round1.id}/sessions/${session.id}/verdicts/${member}`, {verdict: 'approve', ...(comment ? {comment} : {})});
    }
    await samApi.send('POST', `/api/rounds/${round1.id}/sessions/${session.id}/end`);

    // The author sees the tallies and the hard words, and answers every item.
    await annPage.reload();
    const feedback = panel.locator('er-feedback-panel');
    const results: RoundResults = await rounds.results(round1.id);
    assert.equal(results.items.length, 6, JSON.stringify(results.items.map((i) => i.text)));
    await waitForText(feedback.locator('[part="base"] > p').first(), '6 of 6 things still need your answer.');
    await waitForText(panel.locator('#round-summary + p'), '5 said "Yes, it is easy to read". 0 said "No, it needs changes". 0 have not answered yet.');
    const partOf = (text: string) => feedback.locator(`section[data-part="${results.parts.find((p) => p.text === text)!.id}"]`);
    assert.deepEqual(await partOf(rows[0]).locator('ul[aria-label="Understood"] li').allTextContents(), ['✓ 4 yes', '? 1 not sure', '✗ 0 no']);
    assert.deepEqual(await partOf(rows[0]).locator('ul[aria-label="Picture helps"] li').allTextContents(), ['✓ 1 yes', '? 0 not sure', '✗ 1 no']);
    assert.deepEqual(await partOf(rows[1]).locator('ul[aria-label="Understood"] li').allTextContents(), ['✓ 4 yes', '? 0 not sure', '✗ 1 no']);
    const marks = (text: string) => partOf(text).locator('.word').evaluateAll((els) => els.map((el) => `${el.className}: ${el.textContent?.replace(/\s+/g, ' ').trim()}`));
    assert.deepEqual(await marks(rows[0]), ['word word--3: jab (1 person)']);
    assert.deepEqual(await marks(rows[1]), ['word word--3: ill (3 people)']);
    const inText = await editorText(annPage)
      .locator('.er-feedback-word')
      .evaluateAll((els) => els.map((el) => `${el.textContent}: ${/er-feedback-word--\d/.exec(el.className)?.[0]}`));
    assert.deepEqual(inText, ['jab: er-feedback-word--3', 'ill: er-feedback-word--3'], 'the hard words are marked in the text too');

    const row2 = results.parts.find((p) => p.text === rows[1])!.id;
    for (const [i, item] of results.items.entries()) {
      const form = feedback.locator('fieldset').filter({has: annPage.locator('legend', {hasText: item.text})});
      if (item.partId === row2) {
        await form.getByLabel('Changed', {exact: true}).focus();
        await annPage.keyboard.press('Space');
      } else {
        await form.getByLabel('Not changed, because …').focus();
        await annPage.keyboard.press('Space');
        await form.getByLabel('Why it was not changed').focus();
        await annPage.keyboard.type('Most people said it was fine.');
      }
      await form.getByRole('button', {name: 'Save answer'}).focus();
      await annPage.keyboard.press('Enter');
      const left = results.items.length - i - 1;
      await waitForText(
        feedback.locator('[part="base"] > p').first(),
        left ? `${left} of 6 things still need your answer.` : 'You have answered everything the group said.'
      );
    }

    // The author changes the hard word in row 2, closes round 1 and asks Lee and Mo again.
    await editorText(annPage).locator('.er-row__text').nth(1).click();
    // ProseMirror takes a click's caret in a moment (and puts back the one it had within 20 ms
    // of gaining focus); keys pressed before then land where the caret was. People are slower.
    await annPage.locator('er-editor').evaluate(async (el, text) => {
      const editor = el as HTMLElement & {state: {selection: {$from: {parent: {textContent: string}}}}};
      while (editor.state.selection.$from.parent.textContent !== text) await new Promise(requestAnimationFrame);
    }, rows[1]);
    await annPage.keyboard.press('End');
    for (let i = 0; i < 'ill.'.length; i++) await annPage.keyboard.press('Backspace');
    await annPage.keyboard.type('sick.');
    await waitForText(editorText(annPage).locator('.er-row__text').nth(1), editedRow);
    await waitForText(saveStatus(annPage), 'Saved', 15_000);
    assert.equal(fileText((await annApi.getDocument(documentId)).content).split('\n')[2], editedRow);
    await panel.getByRole('button', {name: 'Close round'}).focus();
    await annPage.keyboard.press('Enter');
    await waitForText(panel.getByRole('status').first(), 'Round 1 is closed.');
    const links2 = await sendForReview(annPage, panel, 'Start round 2', ['Lee', 'Mo'], 2);
    const round2 = (await rounds.rounds(documentId))[1]!;

    // Round 2 asks Lee only about the edited row.
    const leeToken2 = decodeURIComponent(links2.get('Lee')!.split('#')[1]!);
    const asked = (await inviteParts(fixture.app, leeToken2)).filter((part) => part.needsAnswer);
    assert.deepEqual(asked.map((part) => [part.id, part.text]), [[row2, editedRow]]);
    const lee2 = await fixture.newPage(links2.get('Lee'));
    await waitForText(lee2.page.locator('er-review h1'), 'This is how it works');
    await tabTo(lee2.page, 'Skip practice');
    await waitForText(lee2.page.locator('er-review .part__text'), editedRow);
    await waitForText(lee2.page.locator('er-review #done'), 'You have done 4 of 5');
    await answerPage(lee2.page, 'Page 3 of 5', {understood: 'Yes'});
    await waitForText(lee2.page.locator('er-review h1'), 'Is it ready?');
    await tabTo(lee2.page, 'Yes, it is easy to read');
    await waitForText(lee2.page.locator('er-review h1'), 'Thank you');

    // One approval is not enough: Release says why.
    await annPage.reload();
    await waitForText(panel.locator('#round-summary'), /^Round 2: open/);
    await panel.getByRole('button', {name: 'Release', exact: true}).focus();
    await annPage.keyboard.press('Enter');
    await waitForText(panel.locator('#release-missing'), /2 approvals are needed from reviewers with lived experience, and there is 1\./);

    // Mo approves through the link too; now Release is allowed.
    const moToken2 = decodeURIComponent(links2.get('Mo')!.split('#')[1]!);
    await throughLink(fixture.app, 'PUT', `${encodeURIComponent(moToken2)}/answers/${row2}`, {understood: 'yes'});
    await throughLink(fixture.app, 'POST', `${encodeURIComponent(moToken2)}/verdict`, {verdict: 'approve'});
    await annPage.reload();
    await waitForText(panel.locator('#round-summary ~ p').nth(1), 'Enough people said yes.');
    await panel.getByRole('button', {name: 'Release', exact: true}).focus();
    await annPage.keyboard.press('Enter');
    await waitForText(panel.getByRole('status').first(), 'Version released. Its files are below.');
    const released = await annApi.getDocument(documentId);
    assert.deepEqual([released.status, released.releasedVersionId], ['released', round2.versionId]);

    // "You said, we did" for round 1 lists every item with what was done.
    const answered = await rounds.results(round1.id);
    const page = await author.context.newPage();
    await page.goto(`${fixture.app.url}${rounds.youSaidWeDidUrl(round1.id)}`);
    const listed = (await page.locator('li').allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
    assert.deepEqual(
      listed,
      answered.items.map((item) => `You said: ${item.text} We did: ${item.response?.action === 'changed' ? 'We changed it.' : `We did not change it. ${item.response?.reason}`}`)
    );

    assert.deepEqual([...author.errors, ...lee.errors, ...mo.errors, ...lee2.errors], []);
    await Promise.all([author, lee, mo, lee2].map((opened) => opened.context.close()));
  });

  it('a supporter records a group session for three members on the group screen (#/group), with the keyboard', async () => {
    const members = ['Pat', 'Ria', 'Sol'] as const;
    const doc = (await annApi.createDocument({content: leaflet('Flu jabs for the group')})).id;
    const due = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    const round = await rounds.startRound(doc, {reviewerIds: members.map((name) => person.get(name)!), due, approvalsNeeded: 2});

    const supporter = await fixture.signIn(sam);
    const page = supporter.page;
    await page.goto(`${fixture.app.url}/#/group`);
    const group = page.locator('er-group-review');
    await group.getByRole('heading', {name: 'Flu jabs for the group'}).waitFor();
    await tabTo(page, 'Run a group session');
    await waitForText(group.locator('h1'), 'Flu jabs for the group');
    for (const name of members) await tabTo(page, `who: ${name}`);
    await tabTo(page, 'Start');
    const answers: Readonly<Record<(typeof members)[number], string>> = {Pat: 'Yes', Ria: 'Not sure', Sol: 'No'};
    for (let part = 1; part <= 5; part++) {
      await waitForText(group.locator('h1'), `Page ${part} of 5`);
      for (const name of members) await tabTo(page, `${name}: ${answers[name]}`);
      await waitForText(group.locator('[aria-live="polite"]'), `Answered: ${members.join(', ')}`);
      await tabTo(page, 'Next');
    }
    await waitForText(group.locator('h1'), 'Is it ready?');
    await tabTo(page, 'Pat: Yes, it is easy to read');
    await tabTo(page, 'Ria: Yes, it is easy to read');
    await tabTo(page, 'Sol: No, it needs changes');
    // What the author sees: every part answered by all three, and their verdicts, from the session.
    const results = await waitForResults(rounds, round.id, (r) => r.verdicts.pending === 0 && r.parts.every((p) => p.understood.no === 1));
    assert.deepEqual(
      results.parts.map((part) => part.understood),
      results.parts.map(() => ({yes: 1, notSure: 1, no: 1}))
    );
    assert.deepEqual(results.verdicts, {approve: 2, revise: 1, pending: 0});
    await tabTo(page, 'End the meeting');
    await waitForText(group.locator('h1'), 'The meeting has ended. Thank you.');
    assert.deepEqual(results.policy, {approvalsNeeded: 2, approvals: 2, met: true});
    assert.deepEqual(supporter.errors, []);
    await supporter.context.close();
  });
});
