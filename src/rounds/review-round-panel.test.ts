import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {FeedbackPanel} from './feedback-panel.js';
import type {ReviewRoundPanel} from './review-round-panel.js';
import {RoundsApi, type RoundResults, type RoundSummary, type Transport} from './rounds-api.js';
import type {SendForReviewForm} from './send-for-review-form.js';
import './review-round-panel.js';

const qr = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4"><rect width="2" height="2"/></svg>';

/** A request the panel sent. */
interface Sent {
  readonly method: string;
  readonly path: string;
  readonly body: unknown;
}

/** Round `number`, open, of document d1. */
function openRound(number: number, due = '2026-12-01'): RoundSummary {
  return {
    id: `round${number}`,
    documentId: 'd1',
    number,
    versionId: 'v1',
    versionNumber: 1,
    due,
    approvalsNeeded: 2,
    state: 'open',
    open: true,
    reviewers: [{id: 'r1', name: 'r1'}],
    createdBy: {id: 'u1', name: 'Priya Author'},
    createdAt: '2026-11-02T09:00:00.000Z',
    closedAt: null,
  };
}

/**
 * Answers the panel's requests as the server's contract says, from in-memory rounds
 * (`rounds`, none by default), and records every request. `releaseMissing` makes the
 * release refuse with those reasons. `setVerdicts` changes what the results say.
 */
function recordingTransport(releaseMissing: string[] = [], rounds: RoundSummary[] = []) {
  const sent: Sent[] = [];
  let results: RoundResults = {
    roundId: 'round1',
    documentId: 'd1',
    versionId: 'v1',
    number: 1,
    state: 'open',
    policy: {approvalsNeeded: 2, approvals: 0, met: false},
    verdicts: {approve: 0, revise: 0, pending: 2},
    parts: [
      {
        id: 'p1',
        text: 'Take one tablet each morning.',
        understood: {yes: 1, notSure: 0, no: 1},
        hardWords: [{word: 'tablet', count: 2}],
        pictureHelps: {yes: 0, notSure: 0, no: 0},
      },
    ],
    items: [{id: 'i1', partId: 'p1', kind: 'hard-word', text: 'tablet', response: null}],
  };
  const transport: Transport = {
    async send<T>(method: string, path: string, body?: unknown): Promise<T> {
      sent.push({method, path, body});
      const answer = (value: unknown) => value as T;
      if (path === '/api/involvement/people') {
        return answer({
          people: [
            {id: 'r1', name: 'Rita Reviewer', credit: 'full', consentToName: true, livedExperience: true, paid: true},
            {id: 'r2', name: 'Sam Checker', credit: 'first', consentToName: true, livedExperience: true, paid: false},
          ],
        });
      }
      if (path === '/api/documents/d1/rounds' && method === 'GET') return answer({rounds});
      if (path === '/api/documents/d1/rounds' && method === 'POST') {
        const request = body as {reviewerIds: string[]; due: string};
        rounds.push({...openRound(rounds.length + 1, request.due), reviewers: request.reviewerIds.map((id) => ({id, name: id}))});
        return answer({
          id: `round${rounds.length}`,
          number: rounds.length,
          versionId: 'v1',
          invites: request.reviewerIds.map((id) => ({reviewerId: id, token: `t-${id}`, url: `http://x/review#t-${id}`, qrSvg: qr})),
        });
      }
      if (path.endsWith('/results')) return answer(results);
      if (path.endsWith('/close')) {
        rounds[rounds.length - 1] = {...rounds[rounds.length - 1]!, state: 'closed', open: false};
        return answer({});
      }
      if (path.includes('/items/')) {
        const given = body as {action: 'changed' | 'not-changed'; reason?: string};
        const response = {action: given.action, reason: given.reason ?? '', versionId: null};
        results = {...results, items: results.items.map((item) => (path.includes(item.id) ? {...item, response} : item))};
        return answer({});
      }
      if (path.endsWith('/release')) {
        if (releaseMissing.length) throw Object.assign(new Error('Not ready.'), {body: {error: 'Not ready.', missing: releaseMissing}});
        return answer({});
      }
      throw new Error(`No such route: ${method} ${path}`);
    },
  };
  const setVerdicts = (verdicts: RoundResults['verdicts']) => (results = {...results, verdicts});
  return {transport, sent, setVerdicts};
}

/**
 * A fake clock for the panel's 30-second refresh: `setInterval` calls of that length
 * are kept here (others go to the real clock) and run by `fire`.
 */
function fakeRefreshClock() {
  const real = {set: window.setInterval, clear: window.clearInterval};
  const realSet = real.set.bind(window);
  const realClear = real.clear.bind(window);
  const timers = new Map<number, () => void>();
  let nextId = -1;
  window.setInterval = ((handler: () => void, ms?: number) => {
    if (ms !== 30_000) return realSet(handler, ms);
    timers.set(nextId, handler);
    return nextId--;
  }) as typeof window.setInterval;
  window.clearInterval = ((id?: number) => {
    if (id === undefined || !timers.delete(id)) realClear(id);
  }) as typeof window.clearInterval;
  return {
    /** How many 30-second timers are running. */
    running: () => timers.size,
    /** 30 seconds pass. */
    fire: () => [...timers.values()].forEach((handler) => handler()),
    restore: () => Object.assign(window, {setInterval: real.set, clearInterval: real.clear}),
  };
}

/** Makes the page hidden or visible, as switching tabs does. */
function showPage(visibility: DocumentVisibilityState): void {
  Object.defineProperty(document, 'visibilityState', {configurable: true, get: () => visibility});
  document.dispatchEvent(new Event('visibilitychange'));
}

function resultsAsked(sent: readonly Sent[]): number {
  return sent.filter((s) => s.path === '/api/rounds/round1/results').length;
}

async function panelWith(transport: Transport): Promise<ReviewRoundPanel> {
  const el = await fixture<ReviewRoundPanel>(
    html`<er-review-round-panel .api=${new RoundsApi(transport)} document-id="d1" document-title="Taking tablets" can-release></er-review-round-panel>`
  );
  // The first load is the server's answers: its first button shows when they are in.
  await waitUntil(() => el.shadowRoot!.querySelector('button'), 'the panel did not load');
  return el;
}

function button(root: ParentNode, words: string): HTMLElement {
  const found = [...root.querySelectorAll<HTMLElement>('button, a')].find((b) => b.textContent?.trim() === words);
  if (!found) throw new Error(`No button "${words}"`);
  return found;
}

describe('er-review-round-panel', () => {
  it('offers "Send for review" when the document has no round, and is accessible', async () => {
    const {transport} = recordingTransport();
    const el = await panelWith(transport);
    expect(button(el.shadowRoot!, 'Send for review')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('sends for review by keyboard: the form takes the focus, then the links do', async () => {
    const {transport, sent} = recordingTransport();
    const el = await panelWith(transport);
    button(el.shadowRoot!, 'Send for review').focus();
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    const form = el.shadowRoot!.querySelector<SendForReviewForm>('er-send-for-review-form')!;
    await form.updateComplete;
    expect(form.shadowRoot!.activeElement?.textContent).to.equal('Who will check it?');
    await expect(el).to.be.accessible();
    await sendKeys({press: 'Tab'});
    await sendKeys({press: 'Space'});
    await form.updateComplete;
    const send = button(form.shadowRoot!, 'Send');
    send.focus();
    await sendKeys({press: 'Enter'});
    const started = sent.find((s) => s.method === 'POST');
    expect(started?.path).to.equal('/api/documents/d1/rounds');
    expect((started?.body as {reviewerIds: string[]}).reviewerIds).to.deep.equal(['r1']);
    await waitUntil(() => el.shadowRoot!.querySelector('er-round-links')?.shadowRoot?.activeElement, 'the links did not take the focus');
    const links = el.shadowRoot!.querySelector('er-round-links')!;
    expect(links.shadowRoot!.activeElement?.textContent).to.equal('Review links');
    expect(links.shadowRoot!.textContent).to.contain('http://x/review#t-r1');
    expect(links.shadowRoot!.querySelector('img')?.getAttribute('alt')).to.equal('QR code of the link for Rita Reviewer');
    await expect(el).to.be.accessible();
  });

  it('offers "Start round 2" while round 1 is open, saying that this closes round 1', async () => {
    const {transport} = recordingTransport([], [openRound(1)]);
    const el = await panelWith(transport);
    const start = button(el.shadowRoot!, 'Start round 2');
    const note = el.shadowRoot!.getElementById(start.getAttribute('aria-describedby') ?? '');
    expect(note?.textContent).to.equal('This closes round 1.');
    start.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('er-send-for-review-form')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('refreshes what the group said every 30 s and when the page is shown again, only while it is visible and on screen', async () => {
    const clock = fakeRefreshClock();
    try {
      const {transport, sent, setVerdicts} = recordingTransport([], [openRound(1)]);
      const el = await panelWith(transport);
      const asked = resultsAsked(sent);
      setVerdicts({approve: 1, revise: 0, pending: 1});
      clock.fire();
      await waitUntil(() => el.shadowRoot!.textContent?.includes('1 said "Yes, it is easy to read"'), 'the new answers were not shown');
      expect(resultsAsked(sent)).to.equal(asked + 1);
      showPage('hidden');
      expect(clock.running()).to.equal(0);
      showPage('visible');
      expect(resultsAsked(sent)).to.equal(asked + 2);
      expect(clock.running()).to.equal(1);
      await expect(el).to.be.accessible();
      el.remove();
      expect(clock.running()).to.equal(0);
      showPage('visible');
      expect(resultsAsked(sent)).to.equal(asked + 2);
    } finally {
      clock.restore();
      Reflect.deleteProperty(document, 'visibilityState');
    }
  });

  it('shows new answers when asked with "See new answers"', async () => {
    const {transport, setVerdicts} = recordingTransport([], [openRound(1)]);
    const el = await panelWith(transport);
    setVerdicts({approve: 0, revise: 1, pending: 1});
    button(el.shadowRoot!, 'See new answers').click();
    await waitUntil(() => el.shadowRoot!.textContent?.includes('1 said "No, it needs changes"'), 'the new answers were not shown');
    expect(el.shadowRoot!.querySelector('[role=status]')?.textContent).to.equal('These are the newest answers.');
    await expect(el).to.be.accessible();
  });

  it('refuses a form with nobody chosen, in plain words', async () => {
    const {transport, sent} = recordingTransport();
    const el = await panelWith(transport);
    button(el.shadowRoot!, 'Send for review').click();
    await el.updateComplete;
    const form = el.shadowRoot!.querySelector<SendForReviewForm>('er-send-for-review-form')!;
    await form.updateComplete;
    button(form.shadowRoot!, 'Send').click();
    await form.updateComplete;
    expect(form.shadowRoot!.textContent).to.contain('Choose at least one person to check it.');
    expect(sent.some((s) => s.method === 'POST')).to.equal(false);
  });

  it('shows the feedback, saves an answer to an item, and lists why release is refused', async () => {
    const {transport, sent} = recordingTransport(['Two people with lived experience must say yes. One has.']);
    const el = await panelWith(transport);
    button(el.shadowRoot!, 'Send for review').click();
    await el.updateComplete;
    const form = el.shadowRoot!.querySelector<SendForReviewForm>('er-send-for-review-form')!;
    await form.updateComplete;
    form.shadowRoot!.querySelector<HTMLInputElement>('input[type=checkbox]')!.click();
    button(form.shadowRoot!, 'Send').click();
    await waitUntil(() => el.shadowRoot!.querySelector('er-feedback-panel'), 'no feedback shown');
    const feedback = el.shadowRoot!.querySelector<FeedbackPanel>('er-feedback-panel')!;
    await feedback.updateComplete;
    expect(feedback.shadowRoot!.textContent).to.contain('tablet');
    expect(feedback.shadowRoot!.textContent).to.contain('(2 people)');
    const radios = feedback.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]');
    radios[0]!.click();
    await feedback.updateComplete;
    button(feedback.shadowRoot!, 'Save answer').click();
    await waitUntil(() => feedback.shadowRoot!.textContent?.includes('You changed it.'), 'the answer was not saved');
    expect(sent.some((s) => s.path === '/api/rounds/round1/items/i1/response')).to.equal(true);
    button(el.shadowRoot!, 'Release').click();
    await waitUntil(() => el.shadowRoot!.querySelector('#release-missing'), 'no reasons shown');
    expect(el.shadowRoot!.querySelector('#release-missing')?.textContent).to.contain('Two people with lived experience must say yes.');
    await expect(el).to.be.accessible();
  });
});
