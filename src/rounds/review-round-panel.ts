import {LitElement, html, nothing} from 'lit';
import {customElement, property, query, state} from 'lit/decorators.js';
import {sharedStyles} from '../app/shared.styles.js';
import {RoundResultsEvent, type ItemResponseEvent, type RoundRequestEvent} from './round-events.js';
import type {FeedbackPanel} from './feedback-panel.js';
import {RefreshController} from './refresh-controller.js';
import {reviewRoundPanelStyles} from './review-round-panel.styles.js';
import {missingReasons, type InvolvedPerson, type RoundResults, type RoundSummary, type RoundsApi, type StartedRound} from './rounds-api.js';
import type {ReleaseApi} from '../release/release-api.js';
import type {ReleasePanel} from '../release/release-panel.js';
import '../release/release-panel.js';
import './feedback-panel.js';
import './round-links.js';
import './send-for-review-form.js';

/** Where the focus goes after the panel re-renders. */
type FocusTarget = 'heading' | 'form' | 'links' | 'missing' | 'status';

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : 'Something went wrong. Please try again.';
}

function longDate(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleDateString('en-GB', {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'});
}

/**
 * The author's path through a review: **Send for review** (choose people, a due date and
 * the approvals needed), then the links and QR codes, the round's progress (close or
 * cancel it), what the group said with an answer to every item (refreshed every 30 s
 * while the round is open and the page is visible, and by **See new answers**),
 * **Start round 2** (which closes an open round 1), and
 * **Release** with the server's reasons in plain words when it cannot be released yet
 * (an admin may release anyway, with a reason and a date to review it again).
 *
 * It calls the server itself through `api`; the focus always lands on what was just
 * opened or made.
 *
 * @summary Review rounds and release for one document.
 * @fires part-select - From the feedback: the author wants to see a part in the text.
 * @fires round-results - The results on show changed (composed; `null` when there is no round).
 * @csspart base - The panel.
 */
@customElement('er-review-round-panel')
export class ReviewRoundPanel extends LitElement {
  static override styles = [sharedStyles, reviewRoundPanelStyles];

  /** The server calls. Without it the panel shows nothing. */
  @property({attribute: false}) api?: RoundsApi;

  /** The release calls: print preview, releases and their files. */
  @property({attribute: false}) releaseApi?: ReleaseApi;

  /** The document's id. Changing it loads that document's rounds. */
  @property({attribute: 'document-id'}) documentId = '';

  /** The document's title, for the sheet of links. */
  @property({attribute: 'document-title'}) documentTitle = '';

  /** Whether the signed-in person may release (admins and approvers). */
  @property({type: Boolean, attribute: 'can-release'}) canRelease = false;

  /** Whether the signed-in person is an admin, who may release anyway with a reason. */
  @property({type: Boolean}) admin = false;

  /** Whether the draft is saved: a round freezes the saved draft, so it waits until then. */
  @property({type: Boolean}) saved = true;

  @state() private rounds: readonly RoundSummary[] = [];
  @state() private people: readonly InvolvedPerson[] = [];
  @state() private results?: RoundResults;
  @state() private started?: StartedRound;
  @state() private formOpen = false;
  @state() private overrideOpen = false;
  @state() private busy = false;
  @state() private status = '';
  @state() private error = '';
  @state() private missing: readonly string[] = [];

  @query('h2') private heading!: HTMLElement;

  private focusAfter?: FocusTarget;

  // The group may be answering now, on their own tablets.
  private readonly refresher = new RefreshController(this, {
    every: 30_000,
    when: () => this.latest?.open === true && !this.busy,
    // On failure it keeps showing what it has: "See new answers" says why.
    refresh: () => void this.loadResults().catch(() => undefined),
  });

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if ((changed.has('documentId') || changed.has('api')) && this.api && this.documentId) void this.load();
  }

  override updated(): void {
    const target = this.focusAfter;
    if (!target) return;
    this.focusAfter = undefined;
    const element =
      target === 'form'
        ? this.renderRoot.querySelector('er-send-for-review-form')
        : target === 'links'
          ? this.renderRoot.querySelector('er-round-links')
          : target === 'missing'
            ? this.renderRoot.querySelector<HTMLElement>('#release-missing')
            : target === 'status'
              ? this.renderRoot.querySelector<HTMLElement>('#round-summary')
              : this.heading;
    if (!element) return;
    // The form and the links are elements of their own: focus them once they have rendered.
    const ready = element instanceof LitElement ? element.updateComplete : Promise.resolve(true);
    void ready.then(() => element.focus());
  }

  /** The round the panel is about: the newest that was not called off. */
  private get latest(): RoundSummary | undefined {
    return [...this.rounds].reverse().find((round) => round.state !== 'cancelled');
  }

  private async load(): Promise<void> {
    const api = this.api!;
    try {
      const [rounds, people] = await Promise.all([api.rounds(this.documentId), api.people()]);
      this.rounds = rounds;
      this.people = people;
      await this.loadResults();
    } catch (error) {
      this.error = errorText(error);
    }
  }

  private async loadResults(): Promise<void> {
    const latest = this.latest;
    this.results = latest ? await this.api!.results(latest.id) : undefined;
    this.dispatchEvent(new RoundResultsEvent(this.results ?? null));
  }

  private seeNewAnswers(): void {
    void this.run(async () => {
      await this.loadResults();
      this.status = 'These are the newest answers.';
    });
  }

  /** Shows what the group said about part `partId` and moves the focus there. */
  async showPart(partId: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<FeedbackPanel>('er-feedback-panel')?.focusPart(partId);
  }

  /** Runs one server call with the panel busy; shows its failure in plain words. */
  private async run(action: () => Promise<void>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.error = '';
    try {
      await action();
    } catch (error) {
      this.error = errorText(error);
    } finally {
      this.busy = false;
    }
  }

  private openForm(): void {
    this.formOpen = true;
    this.started = undefined;
    this.focusAfter = 'form';
  }

  private handleRoundRequest(event: RoundRequestEvent): void {
    void this.run(async () => {
      const started = await this.api!.startRound(this.documentId, event.request);
      this.started = started;
      this.formOpen = false;
      this.rounds = await this.api!.rounds(this.documentId);
      await this.loadResults();
      this.status = `Round ${started.number} has started.`;
      this.focusAfter = 'links';
    });
  }

  private handleFormCancel(): void {
    this.formOpen = false;
    this.focusAfter = 'heading';
  }

  private endRound(how: 'close' | 'cancel'): void {
    const round = this.latest;
    if (!round) return;
    void this.run(async () => {
      await (how === 'close' ? this.api!.closeRound(round.id) : this.api!.cancelRound(round.id));
      this.started = undefined;
      this.rounds = await this.api!.rounds(this.documentId);
      await this.loadResults();
      this.status = how === 'close' ? `Round ${round.number} is closed.` : `Round ${round.number} was cancelled.`;
      this.focusAfter = 'status';
    });
  }

  private handleItemResponse(event: ItemResponseEvent): void {
    const round = this.latest;
    if (!round) return;
    void this.run(async () => {
      await this.api!.respond(round.id, event.itemId, event.response);
      await this.loadResults();
      this.status = 'Answer saved.';
    });
  }

  private release(override?: {reason: string; reviewAgainBy: string}): void {
    const round = this.latest;
    if (!round) return;
    void this.run(async () => {
      this.missing = [];
      try {
        await this.api!.release(this.documentId, {
          versionId: round.versionId,
          ...(override ? {overrideReason: override.reason, reviewAgainBy: override.reviewAgainBy} : {}),
        });
        this.overrideOpen = false;
        this.status = 'Version released. Its files are below.';
        await this.renderRoot.querySelector<ReleasePanel>('er-release-panel')?.reload();
        this.focusAfter = 'status';
      } catch (error) {
        const reasons = missingReasons(error instanceof Error && 'body' in error ? error.body : null);
        if (!reasons.length) throw error;
        this.missing = reasons;
        this.focusAfter = 'missing';
      }
    });
  }

  private handleOverride(event: Event): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const reason = (form.elements.namedItem('reason') as HTMLTextAreaElement).value.trim();
    const reviewAgainBy = (form.elements.namedItem('review-again-by') as HTMLInputElement).value;
    if (!reason || !reviewAgainBy) {
      this.error = 'Write why, and choose a date to review it again.';
      return;
    }
    this.release({reason, reviewAgainBy});
  }

  private renderRound(round: RoundSummary) {
    const verdicts = this.results?.verdicts;
    const policy = this.results?.policy;
    const state = round.open ? `open, to check by ${longDate(round.due)}` : round.state;
    return html`<h3 id="round-summary" tabindex="-1">Round ${round.number}: ${state}</h3>
      ${verdicts
        ? html`<p>
            ${verdicts.approve} said "Yes, it is easy to read". ${verdicts.revise} said "No, it needs changes".
            ${verdicts.pending} have not answered yet.
          </p>`
        : nothing}
      ${policy
        ? html`<p>${policy.met
            ? 'Enough people said yes.'
            : `It needs ${policy.approvalsNeeded} people with lived experience to say yes. ${policy.approvals} have so far.`}</p>`
        : nothing}
      ${round.open
        ? html`<div class="actions">
            <button class="button" type="button" @click=${() => this.endRound('close')}>Close round</button>
            <button class="button button--danger" type="button" @click=${() => this.endRound('cancel')}>Cancel round</button>
          </div>`
        : nothing}
      ${this.results
        ? html`<h3>What the group said</h3>
            ${round.open ? html`<div class="actions"><button class="button" type="button" @click=${this.seeNewAnswers}>See new answers</button></div>` : nothing}
            <er-feedback-panel .results=${this.results} ?busy=${this.busy} @item-response=${this.handleItemResponse}></er-feedback-panel>
            <div class="actions">
              <a class="button" href=${this.api!.youSaidWeDidUrl(round.id)} target="_blank" rel="noopener">See "You said, we did"</a>
              <a class="button" href=${this.api!.youSaidWeDidUrl(round.id, true)}>Download "You said, we did"</a>
            </div>`
        : nothing}`;
  }

  private renderRelease() {
    const latest = this.latest;
    const files = html`<er-release-panel
      .api=${this.releaseApi}
      document-id=${this.documentId}
      document-title=${this.documentTitle}
      version-id=${latest?.versionId ?? ''}
      ?can-publish=${this.canRelease}
    ></er-release-panel>`;
    if (!this.canRelease || !latest) return files;
    return html`<h3>Release</h3>
      ${this.missing.length
        ? html`<div id="release-missing" tabindex="-1">
            <p>It cannot be released yet:</p>
            <ul>
              ${this.missing.map((reason) => html`<li>${reason}</li>`)}
            </ul>
          </div>`
        : nothing}
      <div class="actions">
        <button class="button button--primary" type="button" aria-disabled=${this.busy ? 'true' : nothing} @click=${() => this.release()}>
          Release
        </button>
        ${this.admin && this.missing.length && !this.overrideOpen
          ? html`<button class="button" type="button" @click=${() => (this.overrideOpen = true)}>Release anyway…</button>`
          : nothing}
      </div>
      ${this.overrideOpen
        ? html`<form novalidate @submit=${this.handleOverride}>
            <label for="override-reason">Why release it now?</label>
            <textarea id="override-reason" name="reason" rows="3"></textarea>
            <label for="review-again-by">Review it again by</label>
            <input id="review-again-by" name="review-again-by" type="date" />
            <div class="actions">
              <button class="button button--danger" type="submit">Release anyway</button>
            </div>
          </form>`
        : nothing}
      ${files}`;
  }

  override render() {
    if (!this.api) return nothing;
    const latest = this.latest;
    const canStart = !this.formOpen;
    return html`<section class="panel" part="base" aria-labelledby="review-heading">
      <h2 id="review-heading" tabindex="-1">Review</h2>
      <div role="alert">${this.error ? html`<p class="error">${this.error}</p>` : nothing}</div>
      <p role="status">${this.status}</p>
      ${!latest && !this.formOpen ? html`<p>Ask the checking group if this is easy to read.</p>` : nothing}
      ${canStart
        ? html`<button
            class="button button--primary"
            type="button"
            aria-disabled=${this.saved ? nothing : 'true'}
            aria-describedby=${latest?.open ? 'start-closes' : nothing}
            title=${this.saved ? nothing : 'Wait until your changes are saved.'}
            @click=${() => this.saved && this.openForm()}
          >
            ${latest ? `Start round ${latest.number + 1}` : 'Send for review'}
          </button>`
        : nothing}
      ${canStart && latest?.open ? html`<p id="start-closes">This closes round ${latest.number}.</p>` : nothing}
      ${this.formOpen
        ? html`<er-send-for-review-form
            .people=${this.people}
            approvals-needed=${latest?.approvalsNeeded ?? 2}
            ?busy=${this.busy}
            @round-request=${this.handleRoundRequest}
            @round-request-cancel=${this.handleFormCancel}
          ></er-send-for-review-form>`
        : nothing}
      ${this.started
        ? html`<er-round-links .invites=${this.started.invites} .people=${this.people} document-title=${this.documentTitle}></er-round-links>`
        : nothing}
      ${latest ? this.renderRound(latest) : nothing} ${this.renderRelease()}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'er-review-round-panel': ReviewRoundPanel;
  }
}
