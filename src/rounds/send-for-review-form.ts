import {LitElement, css, html, nothing} from 'lit';
import {customElement, property, query, state} from 'lit/decorators.js';
import {sharedStyles} from '../app/shared.styles.js';
import {RoundRequestCancelEvent, RoundRequestEvent} from './round-events.js';
import type {InvolvedPerson} from './rounds-api.js';

/** The default time a group has to check a draft. */
const defaultDays = 14;

/**
 * The form that sends a draft to the checking group: who will check it (from the
 * involvement register), by when, and how many "Yes, it is easy to read" answers from
 * people with lived experience it needs. It only asks: a valid choice fires
 * `round-request`; `Cancel` fires `round-request-cancel`.
 *
 * @summary Choose reviewers, a due date and the approvals needed.
 * @fires round-request - The author chose (`event.request`).
 * @fires round-request-cancel - The author closed the form without sending.
 */
@customElement('er-send-for-review-form')
export class SendForReviewForm extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      form {
        display: grid;
        gap: 0.75rem;
      }
      legend:focus-visible {
        outline: 3px solid #ffb81c;
      }
      .field__error {
        color: #b51f13;
        font-weight: 600;
        margin: 0;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
      }
    `,
  ];

  /** The people who can be asked. */
  @property({attribute: false}) people: readonly InvolvedPerson[] = [];

  /** The approvals needed, to start with (the document's last choice, or the default). */
  @property({type: Number, attribute: 'approvals-needed'}) approvalsNeeded = 2;

  /** Today, as `YYYY-MM-DD` (the due date starts two weeks later). Tests set it. */
  @property() today = new Date().toISOString().slice(0, 10);

  /** While set, a request is under way. */
  @property({type: Boolean}) busy = false;

  @state() private chosen: ReadonlySet<string> = new Set();
  @state() private due = '';
  @state() private approvals = '';
  @state() private errors: Readonly<Record<string, string>> = {};

  @query('legend') private legend!: HTMLElement;

  /** Moves the focus to the list of people, where the form starts. */
  override focus(): void {
    this.legend.focus();
  }

  private get dueValue(): string {
    if (this.due) return this.due;
    const date = new Date(`${this.today}T00:00:00Z`);
    date.setUTCDate(date.getUTCDate() + defaultDays);
    return date.toISOString().slice(0, 10);
  }

  private toggle(id: string, on: boolean): void {
    const next = new Set(this.chosen);
    if (on) next.add(id);
    else next.delete(id);
    this.chosen = next;
  }

  private handleSubmit(event: Event): void {
    event.preventDefault();
    if (this.busy) return;
    const approvals = Number(this.approvals || this.approvalsNeeded);
    const errors: Record<string, string> = {};
    if (this.chosen.size === 0) errors.people = 'Choose at least one person to check it.';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(this.dueValue) || this.dueValue < this.today) errors.due = 'Choose a date from today on.';
    if (!Number.isInteger(approvals) || approvals < 1) errors.approvals = 'Write a whole number, 1 or more.';
    this.errors = errors;
    if (Object.keys(errors).length) {
      this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    const reviewerIds = this.people.filter((p) => this.chosen.has(p.id)).map((p) => p.id);
    this.dispatchEvent(new RoundRequestEvent({reviewerIds, due: this.dueValue, approvalsNeeded: approvals}));
  }

  override render() {
    const errors = this.errors;
    if (!this.people.length) {
      return html`<p>Nobody is in the involvement register yet. An admin or supporter adds the people who check.</p>
        <button class="button" type="button" @click=${() => this.dispatchEvent(new RoundRequestCancelEvent())}>
          Cancel
        </button>`;
    }
    return html`<form novalidate @submit=${this.handleSubmit}>
      <fieldset aria-describedby=${errors.people ? 'people-error' : nothing}>
        <legend tabindex="-1">Who will check it?</legend>
        ${errors.people ? html`<p class="field__error" id="people-error">${errors.people}</p>` : nothing}
        ${this.people.map(
          (person, index) => html`<label class="choice">
            <input
              type="checkbox"
              aria-invalid=${errors.people && index === 0 ? 'true' : nothing}
              .checked=${this.chosen.has(person.id)}
              @change=${(e: Event) => this.toggle(person.id, (e.target as HTMLInputElement).checked)}
            />
            ${person.name}${person.livedExperience ? ' (lived experience)' : ''}
          </label>`
        )}
      </fieldset>
      <label for="round-due">Check it by</label>
      ${errors.due ? html`<p class="field__error" id="due-error">${errors.due}</p>` : nothing}
      <input
        id="round-due"
        type="date"
        min=${this.today}
        .value=${this.dueValue}
        aria-invalid=${errors.due ? 'true' : nothing}
        aria-describedby=${errors.due ? 'due-error' : nothing}
        @input=${(e: Event) => (this.due = (e.target as HTMLInputElement).value)}
      />
      <label for="round-approvals">"Yes, it is easy to read" answers needed</label>
      ${errors.approvals ? html`<p class="field__error" id="approvals-error">${errors.approvals}</p>` : nothing}
      <input
        id="round-approvals"
        type="number"
        inputmode="numeric"
        min="1"
        .value=${this.approvals || String(this.approvalsNeeded)}
        aria-invalid=${errors.approvals ? 'true' : nothing}
        aria-describedby=${errors.approvals ? 'approvals-error' : nothing}
        @input=${(e: Event) => (this.approvals = (e.target as HTMLInputElement).value)}
      />
      <div class="actions">
        <button class="button button--primary" type="submit" aria-disabled=${this.busy ? 'true' : nothing}>
          ${this.busy ? 'Please wait…' : 'Send'}
        </button>
        <button class="button" type="button" @click=${() => this.dispatchEvent(new RoundRequestCancelEvent())}>
          Cancel
        </button>
      </div>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'er-send-for-review-form': SendForReviewForm;
  }
}
