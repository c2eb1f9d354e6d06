import {LitElement, css, html, nothing} from 'lit';
import {customElement, property, query, state} from 'lit/decorators.js';
import {sharedStyles} from '../app/shared.styles.js';
import type {Credit, InvolvedPerson, PersonInput, RoundsApi} from './rounds-api.js';

/** Someone who can support a reviewer (a supporter's account). */
export interface SupporterChoice {
  readonly id: string;
  readonly name: string;
}

const creditWords: Readonly<Record<Credit, string>> = {
  full: 'By full name',
  first: 'By first name',
  none: 'Not named',
};

/** A blank person, for the "Add someone" form. */
const blank: PersonInput = {name: '', credit: 'first', consentToName: false, livedExperience: true, paid: false, supporterId: null, contact: ''};

/**
 * The involvement register: the people who check documents, most without an account.
 * Admins and supporters add, change and remove people (how they want to be credited,
 * their consent to be named, lived experience, paid or voluntary, who supports them,
 * how to contact them) and download a month's record of sessions and hours as CSV, so
 * the trust can pay people for their time. Authors see the list only.
 *
 * The focus lands on the form when it opens, and on the changed person's row (with a
 * short status message) when it is saved.
 *
 * @summary The people who check documents.
 * @csspart base - The screen.
 */
@customElement('er-involvement-register')
export class InvolvementRegister extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      h1 {
        font-size: 1.75rem;
        margin: 0 0 0.5rem;
      }
      h2 {
        font-size: 1.25rem;
      }
      h1:focus-visible,
      li:focus-visible {
        outline: 3px solid #ffb81c;
        outline-offset: 2px;
      }
      .people {
        list-style: none;
        padding: 0;
        display: grid;
        gap: 0.75rem;
      }
      .people li {
        border: 1px solid #aeb7bd;
        border-radius: 6px;
        padding: 0.5rem 0.75rem;
      }
      .people p {
        margin: 0.25rem 0;
      }
      form {
        display: grid;
        gap: 0.5rem;
        max-width: 36rem;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: end;
      }
      .error {
        color: #b51f13;
        font-weight: 600;
      }
    `,
  ];

  /** The server calls. */
  @property({attribute: false}) api?: RoundsApi;

  /** The supporters who can be chosen to support someone. */
  @property({attribute: false}) supporters: readonly SupporterChoice[] = [];

  /** Whether the signed-in person may change the register (admins and supporters). */
  @property({type: Boolean, attribute: 'can-edit'}) canEdit = false;

  @state() private people: readonly InvolvedPerson[] = [];
  /** The person being edited (`'new'` for the add form), or null. */
  @state() private editing: string | null = null;
  @state() private draft: PersonInput = blank;
  @state() private status = '';
  @state() private error = '';
  @state() private month = new Date().toISOString().slice(0, 7);

  @query('#person-name') private nameInput?: HTMLInputElement;

  private focusRow = '';

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('api') && this.api) void this.load();
  }

  override updated(): void {
    if (this.focusRow) {
      this.renderRoot.querySelector<HTMLElement>(`[data-person="${CSS.escape(this.focusRow)}"]`)?.focus();
      this.focusRow = '';
    }
  }

  private async load(): Promise<void> {
    try {
      this.people = await this.api!.people();
    } catch (error) {
      this.error = error instanceof Error ? error.message : 'We cannot get the register now.';
    }
  }

  private async open(person: InvolvedPerson | null): Promise<void> {
    this.editing = person?.id ?? 'new';
    this.draft = person
      ? {
          name: person.name,
          credit: person.credit,
          consentToName: person.consentToName,
          livedExperience: person.livedExperience,
          paid: person.paid,
          supporterId: person.supporter?.id ?? null,
          contact: person.contact,
        }
      : blank;
    this.error = '';
    await this.updateComplete;
    this.nameInput?.focus();
  }

  private change(changes: Partial<PersonInput>): void {
    this.draft = {...this.draft, ...changes};
  }

  private async save(event: Event): Promise<void> {
    event.preventDefault();
    if (!this.draft.name.trim()) {
      this.error = 'Write their name.';
      this.nameInput?.focus();
      return;
    }
    try {
      const input = {...this.draft, name: this.draft.name.trim()};
      const saved = this.editing === 'new' ? await this.api!.addPerson(input) : await this.api!.updatePerson(this.editing!, input);
      this.editing = null;
      await this.load();
      this.status = `Saved ${saved.name}.`;
      this.focusRow = saved.id;
    } catch (error) {
      this.error = error instanceof Error ? error.message : 'That did not save. Please try again.';
    }
  }

  private async removePerson(person: InvolvedPerson): Promise<void> {
    if (!confirm(`Take ${person.name} out of the register? What they said is kept.`)) return;
    try {
      await this.api!.removePerson(person.id);
      await this.load();
      this.status = `${person.name} is no longer in the register.`;
      this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
    } catch (error) {
      this.error = error instanceof Error ? error.message : 'That did not work. Please try again.';
    }
  }

  private renderForm() {
    const d = this.draft;
    return html`<form novalidate @submit=${this.save} aria-labelledby="person-form-heading">
      <h2 id="person-form-heading">${this.editing === 'new' ? 'Add someone' : `Change ${d.name}`}</h2>
      <label for="person-name">Name</label>
      <input id="person-name" autocomplete="off" .value=${d.name} @input=${(e: Event) => this.change({name: (e.target as HTMLInputElement).value})} />
      <label for="person-credit">How to name them when they check a leaflet</label>
      <select id="person-credit" .value=${d.credit} @change=${(e: Event) => this.change({credit: (e.target as HTMLSelectElement).value as Credit})}>
        ${(Object.keys(creditWords) as Credit[]).map((c) => html`<option value=${c} ?selected=${d.credit === c}>${creditWords[c]}</option>`)}
      </select>
      <label class="choice"
        ><input type="checkbox" .checked=${d.consentToName} @change=${(e: Event) => this.change({consentToName: (e.target as HTMLInputElement).checked})} />
        They agree to be named</label
      >
      <label class="choice"
        ><input type="checkbox" .checked=${d.livedExperience} @change=${(e: Event) => this.change({livedExperience: (e.target as HTMLInputElement).checked})} />
        They have a learning disability (lived experience)</label
      >
      <label class="choice"
        ><input type="checkbox" .checked=${d.paid} @change=${(e: Event) => this.change({paid: (e.target as HTMLInputElement).checked})} />
        They are paid for their time</label
      >
      <label for="person-supporter">Who supports them</label>
      <select id="person-supporter" @change=${(e: Event) => this.change({supporterId: (e.target as HTMLSelectElement).value || null})}>
        <option value="" ?selected=${!d.supporterId}>Nobody</option>
        ${this.supporters.map((s) => html`<option value=${s.id} ?selected=${d.supporterId === s.id}>${s.name}</option>`)}
      </select>
      <label for="person-contact">How to contact them</label>
      <input id="person-contact" .value=${d.contact ?? ''} @input=${(e: Event) => this.change({contact: (e.target as HTMLInputElement).value})} />
      <div class="actions">
        <button class="button button--primary" type="submit">Save</button>
        <button class="button" type="button" @click=${() => (this.editing = null)}>Cancel</button>
      </div>
    </form>`;
  }

  private renderPerson(person: InvolvedPerson) {
    return html`<li data-person=${person.id} tabindex="-1">
      <strong>${person.name}</strong>
      <p>
        ${creditWords[person.credit]}${person.consentToName ? ', agreed to be named' : ', not agreed to be named'}.
        ${person.livedExperience ? 'Lived experience.' : ''} ${person.paid ? 'Paid.' : 'Voluntary.'}
        ${person.supporter ? `Supported by ${person.supporter.name}.` : ''}
      </p>
      ${this.canEdit
        ? html`<div class="actions">
            <button class="button" type="button" @click=${() => this.open(person)}>Change ${person.name}</button>
            <button class="button button--danger" type="button" @click=${() => this.removePerson(person)}>Remove ${person.name}</button>
          </div>`
        : nothing}
    </li>`;
  }

  override render() {
    return html`<div part="base">
      <h1 tabindex="-1">Involvement register</h1>
      <p>The people who check if our information is easy to read.</p>
      <p role="status">${this.status}</p>
      <div role="alert">${this.error ? html`<p class="error">${this.error}</p>` : nothing}</div>
      ${this.canEdit && this.editing === null
        ? html`<button class="button button--primary" type="button" @click=${() => this.open(null)}>Add someone</button>`
        : nothing}
      ${this.editing !== null ? this.renderForm() : nothing}
      ${this.people.length
        ? html`<ul class="people">
            ${this.people.map((person) => this.renderPerson(person))}
          </ul>`
        : html`<p>Nobody is in the register yet.</p>`}
      <h2>Record of involvement</h2>
      <p>Sessions, reviews and hours for each person in a month, to pay people for their time.</p>
      <div class="actions">
        <div>
          <label for="record-month">Month</label><br />
          <input id="record-month" type="month" .value=${this.month} @input=${(e: Event) => (this.month = (e.target as HTMLInputElement).value)} />
        </div>
        <a class="button" href=${this.api?.recordUrl(this.month) ?? '#'} download>Download the record (CSV)</a>
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'er-involvement-register': InvolvementRegister;
  }
}
