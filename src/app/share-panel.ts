import {LitElement, css, html, nothing} from 'lit';
import {customElement, property, query, state} from 'lit/decorators.js';
import type {PersonRef, Role} from './api-client.js';
import {ShareRequestEvent} from './share-request-event.js';
import {sharedStyles} from './shared.styles.js';

/** Someone from `GET /api/people`. */
export type Person = PersonRef & {readonly role: Role};

/**
 * Who a document is shared with, and a form to share it with another author. It only
 * shows and asks: each choice fires `share-request`, and the owner of this element
 * calls the server, then sets `sharedWith`, `status` or `error`.
 *
 * Only authors can be chosen, and not the document's owner or anyone it is already
 * shared with. When a "Stop sharing" button goes away, the focus moves to the heading,
 * so keyboard users do not lose their place.
 *
 * @summary Share a document with other authors.
 * @fires share-request - The owner asks to share (`action: 'share'`) or stop sharing (`action: 'stop'`) with `event.person`.
 * @csspart base - The panel.
 */
@customElement('er-share-panel')
export class SharePanel extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      h2 {
        font-size: 1.25rem;
        margin: 0 0 0.5rem;
      }
      h2:focus-visible {
        outline: 3px solid #ffb81c;
        outline-offset: 2px;
      }
      p {
        margin: 0 0 0.75rem;
      }
      .panel__status:empty {
        margin: 0;
      }
      .panel__error,
      .field__error {
        color: #b51f13;
        font-weight: 600;
      }
      .panel__error {
        padding: 0.5rem 0.75rem;
        border-left: 6px solid #d5281b;
      }
      .people {
        list-style: none;
        margin: 0 0 1rem;
        padding: 0;
        display: grid;
        gap: 0.75rem;
      }
      .people li {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: 0.5rem;
      }
      .people__name {
        font-weight: 600;
        overflow-wrap: anywhere;
      }
      form {
        display: grid;
        gap: 0.5rem;
      }
      select {
        width: 100%;
      }
      .form__actions {
        display: flex;
      }
    `,
  ];

  /** Set when a "Stop sharing" button was used: it goes away once `sharedWith` changes. */
  private refocus = false;

  @query('select') private select?: HTMLSelectElement;
  @query('h2') private heading!: HTMLHeadingElement;

  @state() private fieldError = '';
  @state() private chosen = '';

  /** Who the document is shared with now. */
  @property({attribute: false}) sharedWith: readonly PersonRef[] = [];

  /** Everyone who might be chosen (from `GET /api/people`); only authors are offered. */
  @property({attribute: false}) people: readonly Person[] = [];

  /** The id of the document's owner, who is never offered. */
  @property({attribute: 'owner-id'}) ownerId = '';

  /** What just happened, in plain words ("Shared with Bea Author."). */
  @property() status = '';

  /** What went wrong, in plain words. Shown as an alert. */
  @property() error = '';

  /** While set, a request is under way: further requests are ignored. */
  @property({type: Boolean}) busy = false;

  override updated(changed: Map<PropertyKey, unknown>): void {
    // Set after the options render, so the choice survives the list changing (or clears after sharing).
    if (this.select && this.select.value !== this.chosen) this.select.value = this.chosen;
    if (changed.has('sharedWith') && this.refocus) {
      this.refocus = false;
      const active = this.shadowRoot?.activeElement;
      if (!active || !active.isConnected) this.heading.focus();
    }
  }

  /** The authors who can still be chosen. */
  private get candidates(): Person[] {
    const shared = new Set(this.sharedWith.map((p) => p.id));
    return this.people.filter((p) => p.role === 'author' && p.id !== this.ownerId && !shared.has(p.id));
  }

  private handleChoose(event: Event): void {
    this.chosen = (event.target as HTMLSelectElement).value;
    this.fieldError = '';
  }

  private handleSubmit(event: Event): void {
    event.preventDefault();
    if (this.busy) return;
    const person = this.candidates.find((p) => p.id === this.chosen);
    if (!person) {
      this.fieldError = 'Choose who to share with.';
      this.select?.focus();
      return;
    }
    this.fieldError = '';
    this.chosen = '';
    this.dispatchEvent(new ShareRequestEvent('share', {id: person.id, name: person.name}));
  }

  private handleStop(person: PersonRef): void {
    if (this.busy) return;
    this.refocus = true;
    this.dispatchEvent(new ShareRequestEvent('stop', {id: person.id, name: person.name}));
  }

  private renderShared() {
    if (!this.sharedWith.length) return html`<p>This document is not shared with anyone.</p>`;
    return html`<p>Shared with:</p>
      <ul class="people">
        ${this.sharedWith.map(
          (person) => html`<li>
            <span class="people__name">${person.name}</span>
            <button class="button button--danger" type="button" aria-disabled=${this.busy ? 'true' : nothing} @click=${() => this.handleStop(person)}>
              Stop sharing with ${person.name}
            </button>
          </li>`
        )}
      </ul>`;
  }

  private renderForm() {
    const candidates = this.candidates;
    if (!candidates.length) return html`<p>There is no other author to share with.</p>`;
    const error = this.fieldError;
    return html`<form novalidate @submit=${this.handleSubmit}>
      <label for="share-person">Share with</label>
      ${error ? html`<p class="field__error" id="share-person-error">${error}</p>` : nothing}
      <select
        id="share-person"
        name="person"
        aria-invalid=${error ? 'true' : nothing}
        aria-describedby=${error ? 'share-person-error' : nothing}
        @change=${this.handleChoose}
      >
        <option value="">Choose an author</option>
        ${candidates.map((person) => html`<option value=${person.id}>${person.name}</option>`)}
      </select>
      <div class="form__actions">
        <button class="button button--primary" type="submit" aria-disabled=${this.busy ? 'true' : nothing}>
          ${this.busy ? 'Please wait…' : 'Share'}
        </button>
      </div>
    </form>`;
  }

  override render() {
    return html`<section class="panel" part="base" aria-labelledby="share-heading">
      <h2 id="share-heading" tabindex="-1">Sharing</h2>
      <div role="alert">${this.error ? html`<p class="panel__error">${this.error}</p>` : nothing}</div>
      <p class="panel__status" role="status">${this.status}</p>
      ${this.renderShared()} ${this.renderForm()}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'er-share-panel': SharePanel;
  }
}
