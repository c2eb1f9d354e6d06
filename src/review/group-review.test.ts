import {expect, fixture, html} from '@open-wc/testing';
import type {GroupMember, GroupReviewApi, GroupSession} from './group-api.js';
import {ReviewApiError, type PartAnswer, type ReviewVerdict} from './review-api.js';
import {groupWords as g, reviewWords as w} from './review-words.js';
import type {GroupReview} from './group-review.js';
import './group-review.js';

const members: GroupMember[] = [
  {id: 'u1', name: 'Sam'},
  {id: 'u2', name: 'Ali'},
  {id: 'u3', name: 'Jo'},
];

/** An in-memory group session server: records answers and verdicts; refuses once ended. */
class MemoryGroupApi implements GroupReviewApi {
  readonly answers: string[] = [];
  readonly verdicts: string[] = [];
  present: string[] = [];
  ended = false;

  async startSession(_roundId: string, memberIds: readonly string[]) {
    this.present = [...memberIds];
    return {id: 's1', startedAt: '2026-12-05T10:00:00Z'};
  }
  async getSession(): Promise<GroupSession> {
    return {
      members: members.filter((member) => this.present.includes(member.id)),
      parts: [
        {id: 'p1', kind: 'title', text: 'Your blood test', picture: null, answeredBy: []},
        {id: 'p2', kind: 'row', text: 'A nurse takes some blood.', picture: null, answeredBy: ['u2']},
      ],
    };
  }
  async saveAnswer(_r: string, _s: string, personId: string, partId: string, answer: PartAnswer): Promise<void> {
    if (this.ended) throw new ReviewApiError(409, 'Ended.');
    this.answers.push(`${personId} ${partId} ${answer.understood}`);
  }
  async sendVerdict(_r: string, _s: string, personId: string, verdict: ReviewVerdict): Promise<void> {
    this.verdicts.push(`${personId} ${verdict}`);
  }
  async endSession(): Promise<void> {
    this.ended = true;
  }
}

function button(el: GroupReview, name: string): HTMLButtonElement {
  const found = [...el.shadowRoot!.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent!.trim()) === name);
  if (!found) throw new Error(`No button "${name}"`);
  return found;
}

async function click(el: GroupReview, name: string, api: MemoryGroupApi): Promise<void> {
  button(el, name).click();
  // The in-memory API answers in a microtask; a second call queued after it settles first.
  await api.getSession();
  await el.updateComplete;
}

describe('er-group-review', () => {
  it('records each member’s answers part by part, shows who answered, and ends the meeting', async () => {
    const api = new MemoryGroupApi();
    const el = await fixture<GroupReview>(html`<er-group-review .api=${api} roundId="r1" .members=${members}></er-group-review>`);
    await expect(el).to.be.accessible();
    await click(el, g.start, api);
    expect(el.shadowRoot!.textContent).to.contain(g.chooseSomeone);

    await click(el, 'Sam', api);
    await click(el, 'Ali', api);
    await click(el, g.start, api);
    await el.updateComplete;
    expect(api.present).to.deep.equal(['u1', 'u2']);
    expect(el.shadowRoot!.querySelector('h1')!.textContent).to.equal('Page 1 of 2');
    await expect(el).to.be.accessible();

    await click(el, 'Sam: Yes', api);
    await click(el, 'Ali: Not sure', api);
    expect(api.answers).to.deep.equal(['u1 p1 yes', 'u2 p1 not-sure']);
    expect(button(el, 'Sam: Yes').getAttribute('aria-pressed')).to.equal('true');
    expect(el.shadowRoot!.textContent).to.contain(`${g.answered} Sam, Ali`);
    for (const target of el.shadowRoot!.querySelectorAll('button:not([hidden])')) {
      const box = target.getBoundingClientRect();
      expect(Math.min(box.width, box.height)).to.be.at.least(48);
    }

    await click(el, w.next, api);
    expect(el.shadowRoot!.textContent).to.contain(`${g.answered} Ali`);
    await click(el, w.next, api);
    expect(el.shadowRoot!.querySelector('h1')!.textContent).to.equal(g.isItReady);
    await expect(el).to.be.accessible();
    button(el, w.readyYes).click(); // Sam's, the first
    await api.getSession();
    expect(api.verdicts).to.deep.equal(['u1 approve']);
    await click(el, g.endSession, api);
    expect(el.shadowRoot!.querySelector('h1')!.textContent).to.equal(g.ended);
    await expect(el).to.be.accessible();
  });
});
