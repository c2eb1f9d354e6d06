import {LitElement, css, html, nothing, type PropertyValues} from 'lit';
import {customElement, property, state} from 'lit/decorators.js';
import {FetchGroupReviewApi, type GroupMember, type GroupReviewApi, type GroupSession} from './group-api.js';
import {ReviewApiError, type ReviewVerdict, type Scale} from './review-api.js';
import {scaleChoices} from './review-templates.js';
import {groupWords as g, pageOf, reviewWords as w} from './review-words.js';
import {reviewStyles} from './review.styles.js';

/**
 * A checking group's meeting, run by a signed-in supporter on a big screen: choose who is
 * here, go through the parts together, and record each member's answer to "Do you
 * understand this?" in a grid of members × Yes / Not sure / No, seeing who has answered
 * each part. At the end, each member's verdict; then the meeting ends.
 *
 * @summary A supporter records a checking group's answers.
 */
@customElement('er-group-review')
export class GroupReview extends LitElement {
  static override styles = [
    reviewStyles,
    css`
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
    `,
  ];

  private focusHeading = false;

  @state() private chosen: ReadonlySet<string> = new Set();
  @state() private sessionId: string | null = null;
  @state() private session: GroupSession | null = null;
  @state() private index = 0;
  @state() private answers: ReadonlyMap<string, Scale> = new Map();
  @state() private verdicts: ReadonlyMap<string, ReviewVerdict> = new Map();
  @state() private message = '';
  @state() private ended = false;

  /** The group session API (tests give an in-memory one). */
  @property({attribute: false}) api: GroupReviewApi = new FetchGroupReviewApi();
  /** The review round the meeting is for. */
  @property() roundId = '';
  /** The people the supporter supports, to choose who is here. */
  @property({attribute: false}) members: readonly GroupMember[] = [];

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.focusHeading) return;
    this.focusHeading = false;
    this.renderRoot.querySelector<HTMLElement>('h1, h2')?.focus();
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
      this.session = await this.api.getSession(this.roundId, id);
      this.sessionId = id;
      this.index = 0;
      this.focusHeading = true;
    });
  }

  private async answer(personId: string, partId: string, understood: Scale): Promise<void> {
    this.answers = new Map(this.answers).set(`${personId} ${partId}`, understood);
    await this.attempt(() => this.api.saveAnswer(this.roundId, this.sessionId!, personId, partId, {understood}));
  }

  private async verdict(personId: string, verdict: ReviewVerdict): Promise<void> {
    this.verdicts = new Map(this.verdicts).set(personId, verdict);
    await this.attempt(() => this.api.sendVerdict(this.roundId, this.sessionId!, personId, verdict));
  }

  private async end(): Promise<void> {
    await this.attempt(async () => {
      await this.api.endSession(this.roundId, this.sessionId!);
      this.ended = true;
      this.focusHeading = true;
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

  private go(step: 1 | -1): void {
    this.index = Math.min(Math.max(this.index + step, 0), this.session!.parts.length);
    this.focusHeading = true;
  }

  private answeredBy(partId: string, members: readonly GroupMember[]): GroupMember[] {
    const server = new Set(this.session!.parts.find((part) => part.id === partId)?.answeredBy ?? []);
    return members.filter((member) => server.has(member.id) || this.answers.has(`${member.id} ${partId}`));
  }

  private renderChoose() {
    return html`<h1>${g.heading}</h1>
      <h2>${g.whoIsHere}</h2>
      <div class="row" role="group" aria-label=${g.whoIsHere}>
        ${this.members.map(
          (member) => html`<button aria-pressed=${this.chosen.has(member.id) ? 'true' : 'false'} @click=${() => this.toggleMember(member.id)}>
            ${member.name}
          </button>`
        )}
      </div>
      <div class="nav"><button class="primary" @click=${() => void this.start()}>${g.start}</button></div>`;
  }

  private renderPart(session: GroupSession) {
    const part = session.parts[this.index]!;
    const answered = this.answeredBy(part.id, session.members);
    return html`<h1 tabindex="-1">${pageOf(this.index + 1, session.parts.length)}</h1>
      <div class="part">
        ${part.picture ? html`<img class="part__picture" src=${part.picture.src} alt=${part.picture.alt} />` : nothing}
        <p class="part__text">${part.text}</p>
      </div>
      <table class="grid">
        <caption><h2>${w.understand}</h2></caption>
        <tbody>
          ${session.members.map(
            (member) => html`<tr>
              <th scope="row">${member.name}</th>
              ${scaleChoices.map(
                (choice) => html`<td>
                  <button
                    class="choice"
                    data-choice=${choice.value}
                    aria-label="${member.name}: ${choice.word}"
                    aria-pressed=${this.answers.get(`${member.id} ${part.id}`) === choice.value ? 'true' : 'false'}
                    @click=${() => void this.answer(member.id, part.id, choice.value)}
                  >
                    <img src="/openmoji/${choice.symbol}.svg" alt="" width="48" height="48" /><span>${choice.word}</span>
                  </button>
                </td>`
              )}
            </tr>`
          )}
        </tbody>
      </table>
      <p>${answered.length ? `${g.answered} ${answered.map((member) => member.name).join(', ')}` : g.nobodyYet}</p>
      <div class="nav">
        <button ?hidden=${this.index === 0} @click=${() => this.go(-1)}>${w.back}</button>
        <button class="primary" @click=${() => this.go(1)}>${w.next}</button>
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
        <button @click=${() => this.go(-1)}>${w.back}</button>
        <button class="primary" @click=${() => void this.end()}>${g.endSession}</button>
      </div>`;
  }

  override render() {
    const session = this.session;
    const body = this.ended
      ? html`<h1 tabindex="-1">${g.ended}</h1>`
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

declare global {
  interface HTMLElementTagNameMap {
    'er-group-review': GroupReview;
  }
}
