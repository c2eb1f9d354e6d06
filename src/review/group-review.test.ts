import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {GroupMember, GroupReviewApi, GroupSession, PartAnswered, SupportedRound} from './group-api.js';
import {ReviewApiError, type PartAnswer, type ReviewVerdict} from './review-api.js';
import {groupWords as g, reviewWords as w} from './review-words.js';
import type {GroupReview} from './group-review.js';
import './group-review.js';

const members: GroupMember[] = [
  {id: 'u1', name: 'Sam'},
  {id: 'u2', name: 'Ali'},
  {id: 'u3', name: 'Jo'},
];

const openRounds: SupportedRound[] = [{id: 'r1', title: 'Your blood test', number: 2, due: '2026-12-20', people: [members[0]!]}];

/**
 * An in-memory group session server: lists rounds and people, records answers and
 * verdicts, says who answered on their own link (`linkAnswers`), and refuses once ended.
 */
class MemoryGroupApi implements GroupReviewApi {
  readonly answers: string[] = [];
  readonly verdicts: string[] = [];
  /** Answers given on members' own links, by part. */
  readonly linkAnswers = new Map<string, string[]>([['p2', ['u2']]]);
  present: string[] = [];
  ended = false;
  endedSessions = 0;

  async rounds(): Promise<readonly SupportedRound[]> {
    return openRounds;
  }
  async members(): Promise<readonly GroupMember[]> {
    return members;
  }
  async startSession(_roundId: string, memberIds: readonly string[]) {
    this.present = [...memberIds];
    return {id: 's1', startedAt: '2026-12-05T10:00:00Z'};
  }
  async getSession(): Promise<GroupSession> {
    const answered = (partId: string): PartAnswered[] => [
      ...this.answers.filter((a) => a.split(' ')[1] === partId).map((a) => ({personId: a.split(' ')[0]!, via: 'session' as const})),
      ...(this.linkAnswers.get(partId) ?? []).map((personId) => ({personId, via: 'link' as const})),
    ];
    return {
      id: 's1',
      startedAt: '2026-12-05T10:00:00Z',
      endedAt: null,
      members: members.filter((member) => this.present.includes(member.id)),
      parts: [
        {id: 'p1', kind: 'title', text: 'Your blood test', picture: null, answered: answered('p1')},
        {id: 'p2', kind: 'row', text: 'A nurse takes some blood.', picture: null, answered: answered('p2')},
      ],
      verdicts: [],
    };
  }
  async saveAnswer(_r: string, _s: string, personId: string, partId: string, answer: PartAnswer): Promise<void> {
    if (this.ended) throw new ReviewApiError(409, 'Ended.');
    const hard = answer.hardWords?.map((h) => h.word).join('+');
    this.answers.push(`${personId} ${partId} ${answer.understood}${hard ? ` ${hard}` : ''}`);
  }
  async sendVerdict(_r: string, _s: string, personId: string, verdict: ReviewVerdict): Promise<void> {
    this.verdicts.push(`${personId} ${verdict}`);
  }
  async endSession(): Promise<void> {
    this.ended = true;
    this.endedSessions++;
  }
}

function button(el: GroupReview, name: string): HTMLButtonElement {
  const found = [...el.shadowRoot!.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent!.trim()) === name);
  if (!found) throw new Error(`No button "${name}"`);
  return found;
}

function heading(el: GroupReview): string {
  return el.shadowRoot!.querySelector('h1')!.textContent!.trim();
}

function text(el: GroupReview): string {
  return el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
}

/** Waits until the page shows `words` (the in-memory API answers a few microtasks later). */
async function shows(el: GroupReview, words: string): Promise<void> {
  await waitUntil(() => text(el).includes(words), `"${words}" is not shown`);
}

/** Presses Tab until `target` has focus (at most 80 times), then Enter. */
async function tabTo(el: GroupReview, target: HTMLElement): Promise<void> {
  for (let i = 0; i < 80 && el.shadowRoot!.activeElement !== target; i++) await sendKeys({press: 'Tab'});
  expect(el.shadowRoot!.activeElement, target.textContent!).to.equal(target);
  await sendKeys({press: 'Enter'});
  await el.updateComplete;
}

async function focusLandsOn(el: GroupReview, selector: string): Promise<void> {
  await waitUntil(() => el.shadowRoot!.activeElement === el.shadowRoot!.querySelector(selector), `focus is not on ${selector}`);
}

describe('er-group-review', () => {
  it('lists the open rounds, then runs a meeting by keyboard alone: members, answers, hard words, verdicts, end', async () => {
    const api = new MemoryGroupApi();
    const el = await fixture<GroupReview>(html`<er-group-review .api=${api}></er-group-review>`);
    await shows(el, g.runSession);
    expect(text(el)).to.contain('Your blood test').and.contain(`${g.round} 2. ${g.finishBy} 20 December 2026.`).and.contain(`${g.asked} Sam`);
    await expect(el).to.be.accessible();

    button(el, g.runSession).focus();
    await sendKeys({press: 'Enter'});
    await shows(el, g.whoIsHere);
    await focusLandsOn(el, 'h1');
    expect(heading(el)).to.equal('Your blood test');
    await expect(el).to.be.accessible();

    await tabTo(el, button(el, g.start));
    expect(text(el)).to.contain(g.chooseSomeone);
    await tabTo(el, button(el, 'Sam'));
    await tabTo(el, button(el, 'Ali'));
    await tabTo(el, button(el, g.start));
    await waitUntil(() => heading(el) === 'Page 1 of 2');
    expect(api.present).to.deep.equal(['u1', 'u2']);
    await focusLandsOn(el, 'h1');
    expect(text(el)).to.contain(g.nobodyYet);
    await expect(el).to.be.accessible();

    await tabTo(el, button(el, 'Sam: Hard words'));
    expect(text(el)).to.contain(g.answerFirst);
    await tabTo(el, button(el, 'Sam: Yes'));
    await tabTo(el, button(el, 'Ali: Not sure'));
    expect(api.answers).to.deep.equal(['u1 p1 yes', 'u2 p1 not-sure']);
    expect(button(el, 'Sam: Yes').getAttribute('aria-pressed')).to.equal('true');
    expect(text(el)).to.contain(`${g.answered} Sam, Ali`);

    await tabTo(el, button(el, 'Ali: Hard words'));
    await focusLandsOn(el, '.words button');
    expect(button(el, 'Ali: Hard words').getAttribute('aria-expanded')).to.equal('true');
    await expect(el).to.be.accessible();
    await tabTo(el, button(el, 'blood'));
    expect(api.answers.at(-1)).to.equal('u2 p1 not-sure blood');
    expect(button(el, '✔blood').getAttribute('aria-pressed')).to.equal('true');
    for (const target of el.shadowRoot!.querySelectorAll('button:not([hidden])')) {
      const box = target.getBoundingClientRect();
      expect(Math.min(box.width, box.height), target.textContent!).to.be.at.least(48);
    }

    await tabTo(el, button(el, w.next));
    await waitUntil(() => heading(el) === 'Page 2 of 2');
    await shows(el, `${g.onOwnTablet} Ali`);
    api.linkAnswers.set('p2', ['u2', 'u1']);
    await tabTo(el, button(el, g.lookAgain));
    await shows(el, `${g.onOwnTablet} Sam, Ali`);

    await tabTo(el, button(el, w.next));
    await waitUntil(() => heading(el) === g.isItReady);
    await expect(el).to.be.accessible();
    await tabTo(el, el.shadowRoot!.querySelector<HTMLButtonElement>('[aria-label="Sam"] button')!);
    expect(api.verdicts).to.deep.equal(['u1 approve']);
    await tabTo(el, button(el, g.endSession));
    await waitUntil(() => heading(el) === g.ended);
    expect(api.endedSessions).to.equal(1);
    await focusLandsOn(el, 'h1');
    await expect(el).to.be.accessible();

    await tabTo(el, button(el, g.another));
    await shows(el, g.runSession);
  });

  it('says so plainly when there is nothing to check, or nobody to add', async () => {
    const api = new MemoryGroupApi();
    api.rounds = async () => [];
    const el = await fixture<GroupReview>(html`<er-group-review .api=${api}></er-group-review>`);
    await shows(el, g.noChecks);
    await expect(el).to.be.accessible();

    api.members = async () => [];
    const chosen = await fixture<GroupReview>(html`<er-group-review .api=${api} round-id="r1"></er-group-review>`);
    await shows(chosen, g.nobodyToAdd);
  });

  it('says a failed save in plain words and keeps the page', async () => {
    const api = new MemoryGroupApi();
    const el = await fixture<GroupReview>(html`<er-group-review .api=${api} round-id="r1"></er-group-review>`);
    await shows(el, 'Sam');
    button(el, 'Sam').click();
    await el.updateComplete;
    button(el, g.start).click();
    await waitUntil(() => heading(el) === 'Page 1 of 2');
    api.ended = true;
    button(el, 'Sam: No').click();
    await shows(el, g.ended);
    expect(heading(el)).to.equal('Page 1 of 2');
  });
});
