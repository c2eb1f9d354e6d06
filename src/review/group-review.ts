import {LitElement, css, html, nothing, type PropertyValues} from 'lit';
import {customElement, property, state} from 'lit/decorators.js';
import {FetchGroupReviewApi, type GroupMember, type GroupReviewApi, type GroupSession, type SupportedRound} from './group-api.js';
import {ReviewApiError, type ReviewVerdict, type Scale} from './review-api.js';
import {answerFrom, emptyDraft, toggleWord, type PartDraft, type TextWord} from './part-draft.js';
import {hardWordButtons, scaleChoices} from './review-templates.js';
import {groupWords as g, pageOf, reviewWords as w} from './review-words.js';
import {reviewStyles} from './review.styles.js';

/**
 * A checking group's meeting, run by a signed-in supporter on a big screen. Without a
 * `round-id` it first lists the open rounds the supporter may run ("Run a group session").
 * Then: choose who is here (from the register: the people the supporter may record for),
 * go through the parts together and record each member's answer to "Do you understand
 * this?" (and the words they found hard) in a grid of members × Yes / Not sure / No,
 * seeing who has answered each part, here or on their own tablet. At the end, each
 * member's verdict; then the meeting ends (the server keeps its date and length).
 *
 * Focus moves to the heading of each new page, and to the first word when a member's
 * hard words are opened. Every string it shows is in `groupWords` or `reviewWords`.
 *
 * @summary A supporter records a checking group's answers.
 */
@customElement('er-group-review')
export class GroupReview extends LitElement {
  static override styles = [
    reviewStyles,
    css`
      .review {
        max-width: 64rem;
      }
      .grid {
        border-collapse: collapse;
        width: 100%;
      }
      .grid th,
      .grid td {
        border-bottom: 2px solid #0b0c0c;
        padding: 0.5rem;
        text-align: left;
      }
      .rounds {
        list-style: none;
        padding: 0;
        margin: 0;
      }
      .rounds li {
        border-top: 2px solid #0b0c0c;
        padding: 1rem 0;
      }
    `,
  ];

  /** What to focus once the next render is done: a selector in the shadow root. */
  private focusAfter = '';
  /** The page last shown, so that a new page moves the focus to its heading. */
  private shownPage = '';

  @state() private rounds: readonly SupportedRound[] | null = null;
  @state() private members: readonly GroupMember[] | null = null;
  @state() private roundTitle = '';
  @state() private chosen: ReadonlySet<string> = new Set();
  @state() private sessionId: string | null = null;
  @state() private session: GroupSession | null = null;
  @state() private index = 0;
  @state() private drafts: ReadonlyMap<string, PartDraft> = new Map();
  /** The member and part (`"<personId> <partId>"`) whose hard words are open, or ''. */
  @state() private wordsOpen = '';
  @state() private verdicts: ReadonlyMap<string, ReviewVerdict> = new Map();
  @state() private message = '';
  @state() private loadFailed = false;
  @state() private ended = false;

  /** The group session API (tests give an in-memory one). */
  @property({attribute: false}) api: GroupReviewApi = new FetchGroupReviewApi();
  /** The review round the meeting is for; '' lists the rounds to choose from. */
  @property({attribute: 'round-id'}) roundId = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('roundId') || changed.has('api')) void this.load();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const page = this.page();
    if (this.shownPage && page !== this.shownPage) this.focusAfter ||= 'h1';
    this.shownPage = page;
    if (!this.focusAfter) return;
    const target = this.renderRoot.querySelector<HTMLElement>(this.focusAfter);
    this.focusAfter = '';
    target?.focus();
  }

  private page(): string {
    if (this.ended) return 'ended';
    if (!this.roundId) return 'rounds';
    return this.session ? `part ${this.index}` : `choose ${this.roundId}`;
  }

  /** Moves the keyboard focus to the page's heading. */
  override focus(): void {
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
  }

  /** Gets what the current page needs: the rounds, or the people to choose from. */
  private async load(): Promise<void> {
    this.loadFailed = false;
    try {
      if (this.roundId) this.members = await this.api.members();
      else this.rounds = await this.api.rounds();
    } catch {
      this.loadFailed = true;
    }
  }

  private chooseRound(round: SupportedRound): void {
    this.roundTitle = round.title;
    this.members = null;
    this.chosen = new Set();
    this.roundId = round.id;
  }

  private backToList(): void {
    this.session = null;
    this.sessionId = null;
    this.ended = false;
    this.drafts = new Map();
    this.verdicts = new Map();
    this.message = '';
    this.rounds = null;
    if (this.roundId) this.roundId = '';
    else void this.load();
  }

  private toggleMember(id: string): void {
    const chosen = new Set(this.chosen);
    if (!chosen.delete(id)) chosen.add(id);
    this.chosen = chosen;
  }

  private async start(): Promise<void> {
    if (this.chosen.size === 0) {
      this.message = g.chooseSomeone;
      return;
    }
    await this.attempt(async () => {
      const {id} = await this.api.startSession(this.roundId, [...this.chosen]);
      this.sessionId = id;
      this.index = 0;
      await this.refresh();
    });
  }

  /** Gets the session again: who has answered on their own tablet, and the verdicts given. */
  private async refresh(): Promise<void> {
    const session = await this.api.getSession(this.roundId, this.sessionId!);
    const verdicts = new Map(session.verdicts.map((v) => [v.personId, v.verdict] as const));
    for (const [personId, verdict] of this.verdicts) verdicts.set(personId, verdict);
    this.session = session;
    this.verdicts = verdicts;
  }

  private draft(personId: string, partId: string): PartDraft {
    return this.drafts.get(`${personId} ${partId}`) ?? emptyDraft;
  }

  /** Keeps the member's new draft for the part and saves it. */
  private async change(personId: string, partId: string, draft: PartDraft): Promise<void> {
    this.drafts = new Map(this.drafts).set(`${personId} ${partId}`, draft);
    const answer = answerFrom(draft);
    if (answer) await this.attempt(() => this.api.saveAnswer(this.roundId, this.sessionId!, personId, partId, answer));
  }

  private answer(personId: string, partId: string, understood: Scale): void {
    void this.change(personId, partId, {...this.draft(personId, partId), understood});
  }

  private toggleHard(personId: string, partId: string, word: TextWord): void {
    void this.change(personId, partId, toggleWord(this.draft(personId, partId), word));
  }

  private openWords(personId: string, partId: string): void {
    const key = `${personId} ${partId}`;
    if (this.wordsOpen === key) {
      this.wordsOpen = '';
      return;
    }
    if (this.draft(personId, partId).understood === undefined) {
      this.message = g.answerFirst;
      return;
    }
    this.message = '';
    this.wordsOpen = key;
    this.focusAfter = '.words button';
  }

  private async verdict(personId: string, verdict: ReviewVerdict): Promise<void> {
    this.verdicts = new Map(this.verdicts).set(personId, verdict);
    await this.attempt(() => this.api.sendVerdict(this.roundId, this.sessionId!, personId, verdict));
  }

  private async end(): Promise<void> {
    await this.attempt(async () => {
      await this.api.endSession(this.roundId, this.sessionId!);
      this.ended = true;
    });
  }

  /** Runs a request; a failure is said in plain words and the choice stays on screen to try again. */
  private async attempt(request: () => Promise<void>): Promise<void> {
    this.message = '';
    try {
      await request();
    } catch (error) {
      this.message = error instanceof ReviewApiError && error.ended ? g.ended : g.failed;
    }
  }

  private async go(step: 1 | -1): Promise<void> {
    this.index = Math.min(Math.max(this.index + step, 0), this.session!.parts.length);
    this.wordsOpen = '';
    // Someone may have answered on their own tablet meanwhile; the page works without it.
    await this.refresh().catch(() => undefined);
  }

  private renderRounds() {
    const rounds = this.rounds;
    return html`<h1 tabindex="-1">${g.heading}</h1>
      ${this.loadFailed
        ? html`<p class="message">${g.listFailed}</p>
            <button @click=${() => void this.load()}>${g.tryAgain}</button>`
        : rounds === null
          ? html`<p>${g.loading}</p>`
          : rounds.length === 0
            ? html`<p>${g.noChecks}</p>`
            : html`<ul class="rounds">
                ${rounds.map(
                  (round) => html`<li>
                    <h2 id="round-${round.id}">${round.title}</h2>
                    <p id="round-${round.id}-about">
                      ${g.round} ${round.number}. ${g.finishBy} ${dateWords(round.due)}.<br />
                      ${g.asked} ${round.people.map((person) => person.name).join(', ')}
                    </p>
                    <button class="primary" aria-describedby="round-${round.id} round-${round.id}-about" @click=${() => this.chooseRound(round)}>
                      ${g.runSession}
                    </button>
                  </li>`
                )}
              </ul>`}`;
  }

  private renderChoose() {
    const members = this.members;
    return html`<h1 tabindex="-1">${this.roundTitle || g.heading}</h1>
      <h2 id="who">${g.whoIsHere}</h2>
      ${this.loadFailed
        ? html`<p class="message">${g.listFailed}</p>
            <button @click=${() => void this.load()}>${g.tryAgain}</button>`
        : members === null
          ? html`<p>${g.loading}</p>`
          : members.length === 0
            ? html`<p>${g.nobodyToAdd}</p>`
            : html`<div class="row" role="group" aria-labelledby="who">
                ${members.map(
                  (member) => html`<button aria-pressed=${this.chosen.has(member.id) ? 'true' : 'false'} @click=${() => this.toggleMember(member.id)}>
                    ${member.name}
                  </button>`
                )}
              </div>`}
      <div class="nav">
        <button @click=${() => this.backToList()}>${w.back}</button>
        <button class="primary" @click=${() => void this.start()}>${g.start}</button>
      </div>`;
  }

  private renderWords(member: GroupMember, partId: string, text: string) {
    const draft = this.draft(member.id, partId);
    return html`<tr>
      <td colspan="5">
        <div class="words" role="group" aria-label="${member.name}: ${w.hardWords}">
          ${hardWordButtons(text, draft, (word) => this.toggleHard(member.id, partId, word))}
        </div>
      </td>
    </tr>`;
  }

  private renderMember(member: GroupMember, partId: string, text: string) {
    const draft = this.draft(member.id, partId);
    const open = this.wordsOpen === `${member.id} ${partId}`;
    return html`<tr>
        <th scope="row">${member.name}</th>
        ${scaleChoices.map(
          (choice) => html`<td>
            <button
              class="choice"
              data-choice=${choice.value}
              aria-label="${member.name}: ${choice.word}"
              aria-pressed=${draft.understood === choice.value ? 'true' : 'false'}
              @click=${() => this.answer(member.id, partId, choice.value)}
            >
              <img src="/openmoji/${choice.symbol}.svg" alt="" width="48" height="48" /><span>${choice.word}</span>
            </button>
          </td>`
        )}
        <td>
          <button aria-label="${member.name}: ${g.hardWords}" aria-expanded=${open ? 'true' : 'false'} @click=${() => this.openWords(member.id, partId)}>
            ${g.hardWords}${draft.hardWords.length ? ` (${draft.hardWords.length})` : ''}
          </button>
        </td>
      </tr>
      ${open ? this.renderWords(member, partId, text) : nothing}`;
  }

  private renderAnswered(session: GroupSession, partIndex: number) {
    const part = session.parts[partIndex]!;
    const here = new Set(part.answered.filter((a) => a.via === 'session').map((a) => a.personId));
    for (const member of session.members) if (this.draft(member.id, part.id).understood) here.add(member.id);
    // An answer recorded here replaces one given on the member's own link.
    const own = new Set(part.answered.filter((a) => a.via === 'link' && !here.has(a.personId)).map((a) => a.personId));
    const names = (ids: ReadonlySet<string>) => session.members.filter((m) => ids.has(m.id)).map((m) => m.name);
    const answeredHere = names(here);
    const answeredOwn = names(own);
    if (answeredHere.length + answeredOwn.length === 0) return html`<p>${g.nobodyYet}</p>`;
    return html`${answeredHere.length ? html`<p>${g.answered} ${answeredHere.join(', ')}</p>` : nothing}
    ${answeredOwn.length ? html`<p>${g.onOwnTablet} ${answeredOwn.join(', ')}</p>` : nothing}`;
  }

  private renderPart(session: GroupSession) {
    const part = session.parts[this.index]!;
    return html`<h1 tabindex="-1">${pageOf(this.index + 1, session.parts.length)}</h1>
      <div class="part">
        ${part.picture ? html`<img class="part__picture" src=${part.picture.src} alt=${part.picture.alt} />` : nothing}
        <p class="part__text">${part.text}</p>
      </div>
      <table class="grid">
        <caption><h2>${w.understand}</h2></caption>
        <tbody>
          ${session.members.map((member) => this.renderMember(member, part.id, part.text))}
        </tbody>
      </table>
      <div aria-live="polite">${this.renderAnswered(session, this.index)}</div>
      <button @click=${() => void this.refresh().catch(() => (this.message = g.listFailed))}>${g.lookAgain}</button>
      <div class="nav">
        <button ?hidden=${this.index === 0} @click=${() => void this.go(-1)}>${w.back}</button>
        <button class="primary" @click=${() => void this.go(1)}>${w.next}</button>
      </div>`;
  }

  private renderVerdicts(session: GroupSession) {
    return html`<h1 tabindex="-1">${g.isItReady}</h1>
      ${session.members.map(
        (member) => html`<h2>${member.name}</h2>
          <div class="row" role="group" aria-label=${member.name}>
            ${(['approve', 'revise'] as const).map(
              (verdict) => html`<button
                aria-pressed=${this.verdicts.get(member.id) === verdict ? 'true' : 'false'}
                @click=${() => void this.verdict(member.id, verdict)}
              >
                ${verdict === 'approve' ? w.readyYes : w.readyNo}
              </button>`
            )}
          </div>`
      )}
      <div class="nav">
        <button @click=${() => void this.go(-1)}>${w.back}</button>
        <button class="primary" @click=${() => void this.end()}>${g.endSession}</button>
      </div>`;
  }

  override render() {
    const session = this.session;
    const body = this.ended
      ? html`<h1 tabindex="-1">${g.ended}</h1>
          <button @click=${() => this.backToList()}>${g.another}</button>`
      : !this.roundId
        ? this.renderRounds()
        : session === null
          ? this.renderChoose()
          : this.index < session.parts.length
            ? this.renderPart(session)
            : this.renderVerdicts(session);
    return html`<section class="review" aria-label=${g.heading}>
      ${body}
      <p class="status ${this.message ? 'status--failed' : ''}" role="status">${this.message || nothing}</p>
    </section>`;
  }
}

/** A `YYYY-MM-DD` date as "20 December 2026". */
function dateWords(day: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : date.toLocaleDateString('en-GB', {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'});
}

declare global {
  interface HTMLElementTagNameMap {
    'er-group-review': GroupReview;
  }
}
