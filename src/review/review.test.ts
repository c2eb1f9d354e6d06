import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys, setViewport} from '@web/test-runner-commands';
import type {SpeechSynthesisLike} from './read-aloud.js';
import {ReviewApiError, type InviteReview, type PartAnswer, type ReviewApi, type ReviewPart, type ReviewVerdict} from './review-api.js';
import {reviewWords as w} from './review-words.js';
import type {Review} from './review.js';
import type {SpeechInput} from './speech-input.js';
import './review.js';

/** An in-memory review link that behaves like the server: it keeps answers and refuses once closed. */
class MemoryReviewApi implements ReviewApi {
  readonly puts: [string, PartAnswer][] = [];
  readonly answers = new Map<string, PartAnswer>();
  verdict: ReviewVerdict | null = null;
  closed = false;
  failSaves = false;
  readonly parts: readonly ReviewPart[];
  readonly token: string;
  constructor(parts: readonly ReviewPart[], token = 'tok') {
    this.parts = parts;
    this.token = token;
  }

  async open(token: string): Promise<InviteReview> {
    if (token !== this.token) throw new ReviewApiError(404, 'Not found.');
    if (this.closed) throw new ReviewApiError(410, 'This link was revoked.');
    const parts = this.parts.map((part) => ({...part, answer: this.answers.get(part.id) ?? part.answer}));
    return {round: {id: 'r1', number: 1, due: null, open: true}, verdict: this.verdict, parts};
  }

  async saveAnswer(token: string, partId: string, answer: PartAnswer): Promise<void> {
    if (token !== this.token) throw new ReviewApiError(404, 'Not found.');
    if (this.closed) throw new ReviewApiError(409, 'The round is closed.');
    if (this.failSaves) throw new ReviewApiError(0, 'The server cannot be reached.');
    if (!this.parts.some((part) => part.id === partId)) throw new ReviewApiError(404, 'No such part.');
    this.puts.push([partId, answer]);
    this.answers.set(partId, answer);
  }

  async sendVerdict(token: string, verdict: ReviewVerdict): Promise<void> {
    if (this.closed) throw new ReviewApiError(409, 'The round is closed.');
    if (token !== this.token) throw new ReviewApiError(404, 'Not found.');
    this.verdict = verdict;
  }
}

/** A stand-in for `speechSynthesis` that records what it is asked to say. */
class StubSynthesis extends EventTarget implements SpeechSynthesisLike {
  readonly spoken: SpeechSynthesisUtterance[] = [];
  readonly voices: readonly unknown[];
  constructor(voices: readonly unknown[] = [{name: 'Test voice'}]) {
    super();
    this.voices = voices;
  }
  speak(utterance: SpeechSynthesisUtterance): void {
    this.spoken.push(utterance);
  }
  cancel(): void {}
  getVoices(): readonly unknown[] {
    return this.voices;
  }
}

const parts: ReviewPart[] = [
  {id: 'p1', kind: 'title', text: 'Your blood test', picture: null, needsAnswer: true, answer: null},
  {id: 'p2', kind: 'row', text: 'A nurse takes some blood.', picture: {src: '/openmoji/1F489.svg', alt: 'A needle'}, needsAnswer: true, answer: null},
  {id: 'p3', kind: 'row', text: 'It takes 5 minutes.', picture: null, needsAnswer: false, answer: {understood: 'yes'}},
];

let tokenCount = 0;
function freshToken(): string {
  return `tok-${Date.now()}-${tokenCount++}`;
}

async function show(api: ReviewApi, token: string, synthesis: SpeechSynthesisLike | null = new StubSynthesis()): Promise<Review> {
  const el = await fixture<Review>(
    html`<er-review .api=${api} token=${token} .speechOptions=${{synthesis, storage: null}} .speechInput=${null}></er-review>`
  );
  await el.settled();
  return el;
}

function $(el: Review, selector: string): HTMLElement {
  const found = el.shadowRoot!.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`Nothing matches ${selector} in <er-review>`);
  return found;
}

function button(el: Review, text: string): HTMLButtonElement {
  const found = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === text);
  if (!found) throw new Error(`No button "${text}"`);
  return found;
}

function heading(el: Review): string {
  return $(el, 'h1').textContent!.trim();
}

function expectTargetsAtLeast48(el: Review): void {
  for (const target of el.shadowRoot!.querySelectorAll<HTMLElement>('button:not([hidden]), textarea')) {
    const box = target.getBoundingClientRect();
    expect(box.width, target.textContent!).to.be.at.least(48);
    expect(box.height, target.textContent!).to.be.at.least(48);
  }
}

/** Presses Tab until `target` has focus (at most 80 times), then `key`. */
async function tabTo(el: Review, target: HTMLElement, key = 'Enter'): Promise<void> {
  for (let i = 0; i < 80 && el.shadowRoot!.activeElement !== target; i++) await sendKeys({press: 'Tab'});
  expect(el.shadowRoot!.activeElement).to.equal(target);
  await sendKeys({press: key});
  await el.updateComplete;
}

describe('er-review', () => {
  it('starts a first visit with the practice page, which is accessible and records nothing', async () => {
    const api = new MemoryReviewApi(parts, freshToken());
    const el = await show(api, api.token);
    expect(heading(el)).to.equal(w.practiceHeading);
    button(el, w.yes).click();
    await el.updateComplete;
    expect(api.puts).to.deep.equal([]);
    await expect(el).to.be.accessible();
    expectTargetsAtLeast48(el);
  });

  it('is completed by keyboard alone, saving each answer, and thanks the volunteer', async () => {
    const api = new MemoryReviewApi(parts, freshToken());
    const el = await show(api, api.token);
    await tabTo(el, button(el, w.start));
    expect(heading(el)).to.equal('Page 1 of 3');
    expect(el.shadowRoot!.activeElement).to.equal($(el, 'h1'));
    expect($(el, '#done').textContent).to.equal('You have done 1 of 3');
    await expect(el).to.be.accessible();
    expectTargetsAtLeast48(el);

    await tabTo(el, $(el, '[aria-labelledby=understood-heading] [data-choice=not-sure]'), 'Space');
    await tabTo(el, button(el, 'blood'), 'Space');
    await el.settled();
    expect(api.answers.get('p1')).to.deep.equal({understood: 'not-sure', hardWords: [{word: 'blood', start: 5, end: 10}]});
    expect(button(el, '✔blood').getAttribute('aria-pressed')).to.equal('true');
    expect($(el, '[role=status]').textContent).to.equal(w.saved);
    await tabTo(el, button(el, w.next));

    expect(heading(el)).to.equal('Page 2 of 3');
    await tabTo(el, $(el, '[aria-labelledby=picture-heading] [data-choice=yes]'), 'Space');
    await tabTo(el, $(el, '[aria-labelledby=understood-heading] [data-choice=yes]'), 'Space');
    await expect(el).to.be.accessible();
    await tabTo(el, button(el, w.next));

    // Page 3 was checked last time: it is skipped.
    expect(heading(el)).to.equal(w.readyHeading);
    await expect(el).to.be.accessible();
    expectTargetsAtLeast48(el);
    await tabTo(el, button(el, w.readyYes));
    await el.settled();
    expect(api.answers.get('p2')).to.deep.equal({understood: 'yes', pictureHelps: 'yes'});
    expect(api.verdict).to.equal('approve');
    expect(heading(el)).to.equal(w.thanksHeading);
    await expect(el).to.be.accessible();
  });

  it('resumes where the volunteer stopped when it is opened again', async () => {
    const api = new MemoryReviewApi(parts, freshToken());
    const first = await show(api, api.token);
    button(first, w.skipPractice).click();
    await first.updateComplete;
    button(first, w.no).click();
    await first.settled();
    button(first, w.next).click();
    await first.updateComplete;
    expect(heading(first)).to.equal('Page 2 of 3');
    first.remove();

    const again = await show(api, api.token);
    expect(heading(again)).to.equal('Page 2 of 3');
    button(again, w.back).click();
    await again.updateComplete;
    expect($(again, '[data-choice=no]').getAttribute('aria-pressed')).to.equal('true');
  });

  it('shows parts checked last time when asked, as already done', async () => {
    const api = new MemoryReviewApi(parts, freshToken());
    const el = await show(api, api.token);
    button(el, w.skipPractice).click();
    await el.updateComplete;
    button(el, w.showDoneBefore).click();
    button(el, w.next).click();
    await el.updateComplete;
    button(el, w.next).click();
    await el.updateComplete;
    expect(heading(el)).to.equal('Page 3 of 3');
    expect(el.shadowRoot!.textContent).to.contain(w.doneBefore);
  });

  it('says plainly when an answer is not saved, and sends it again on Next', async () => {
    const api = new MemoryReviewApi(parts, freshToken());
    const el = await show(api, api.token);
    button(el, w.skipPractice).click();
    await el.updateComplete;
    api.failSaves = true;
    button(el, w.yes).click();
    await el.settled();
    expect($(el, '[role=status]').textContent).to.equal(w.notSaved);
    api.failSaves = false;
    button(el, w.next).click();
    await el.settled();
    expect(api.answers.get('p1')).to.deep.equal({understood: 'yes'});
  });

  it('says the check has ended when the round closes or the link is revoked', async () => {
    const api = new MemoryReviewApi(parts, freshToken());
    const el = await show(api, api.token);
    button(el, w.skipPractice).click();
    await el.updateComplete;
    api.closed = true;
    button(el, w.yes).click();
    await el.settled();
    expect(heading(el)).to.equal(w.ended);
    el.remove();

    const revoked = await show(api, api.token);
    expect(heading(revoked)).to.equal(w.ended);
    await expect(revoked).to.be.accessible();
  });

  it('says when the link is not whole or not found', async () => {
    const api = new MemoryReviewApi(parts, freshToken());
    const notWhole = await show(api, '');
    expect(heading(notWhole)).to.equal(w.noToken);
    notWhole.remove();
    const unknown = await show(api, 'nope');
    expect(heading(unknown)).to.equal(w.notFound);
    await expect(unknown).to.be.accessible();
  });

  it('reads the page out loud, marking each word as it is spoken', async () => {
    const api = new MemoryReviewApi(parts, freshToken());
    const synthesis = new StubSynthesis();
    const el = await show(api, api.token, synthesis);
    button(el, w.skipPractice).click();
    await el.updateComplete;
    button(el, w.readToMe).click();
    await el.updateComplete;
    expect(synthesis.spoken.map((u) => u.text)).to.deep.equal(['Your blood test']);
    synthesis.spoken[0]!.dispatchEvent(new SpeechSynthesisEvent('boundary', {utterance: synthesis.spoken[0]!, charIndex: 5, charLength: 5, name: 'word'}));
    await el.updateComplete;
    expect($(el, '.part__text mark').textContent).to.equal('blood');
    synthesis.spoken[0]!.dispatchEvent(new SpeechSynthesisEvent('end', {utterance: synthesis.spoken[0]!}));
    await el.updateComplete;
    expect(synthesis.spoken.map((u) => u.text)).to.deep.equal(['Your blood test', w.understand]);
    await expect(el).to.be.accessible();
    button(el, w.stopReading).click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('mark')).to.equal(null);
    button(el, w.slower).click();
    button(el, w.readToMe).click();
    expect(synthesis.spoken.at(-1)!.rate).to.be.below(1);
  });

  it('says plainly when the device cannot read out loud', async () => {
    const api = new MemoryReviewApi(parts, freshToken());
    const el = await show(api, api.token, null);
    expect(button(el, w.noVoice).disabled).to.equal(true);
    await expect(el).to.be.accessible();
    el.remove();

    const silent = new StubSynthesis([]);
    const other = await show(api, api.token, silent);
    silent.dispatchEvent(new Event('voiceschanged'));
    await other.updateComplete;
    expect(button(other, w.noVoice).disabled).to.equal(true);
  });

  it('offers a microphone for "Tell us more" only where the browser can listen', async () => {
    const api = new MemoryReviewApi(parts, freshToken());
    const el = await show(api, api.token);
    button(el, w.skipPractice).click();
    await el.updateComplete;
    expect([...el.shadowRoot!.querySelectorAll('button')].map((b) => b.textContent!.trim())).not.to.include(w.speak);
    el.remove();

    // A stand-in for the browser's speech input that hears one sentence at once.
    const speechInput: SpeechInput = (onText, onEnd) => {
      onText('It is too long');
      return {stop: onEnd};
    };
    const listening = await fixture<Review>(
      html`<er-review .api=${api} token=${api.token} .speechOptions=${{synthesis: null, storage: null}} .speechInput=${speechInput}></er-review>`
    );
    await listening.settled();
    button(listening, w.yes).click();
    button(listening, w.speak).click();
    await listening.settled();
    expect(button(listening, w.stopSpeaking).getAttribute('aria-pressed')).to.equal('true');
    expect(api.answers.get('p1')).to.deep.equal({understood: 'yes', comment: 'It is too long'});
    button(listening, w.stopSpeaking).click();
    await listening.updateComplete;
    expect(button(listening, w.speak).getAttribute('aria-pressed')).to.equal('false');
  });

  it('has no sideways scrolling at 320 px wide', async () => {
    await setViewport({width: 320, height: 640});
    try {
      const api = new MemoryReviewApi(parts, freshToken());
      const el = await show(api, api.token);
      button(el, w.skipPractice).click();
      await el.updateComplete;
      button(el, w.next).click();
      await el.updateComplete;
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      expect($(el, 'main').scrollWidth).to.be.at.most($(el, 'main').clientWidth);
    } finally {
      await setViewport({width: 800, height: 600});
    }
  });
});
