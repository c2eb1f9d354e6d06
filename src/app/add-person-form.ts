import {LitElement, css, html, nothing} from 'lit';
import {customElement, property, query, state} from 'lit/decorators.js';
import type {Role} from './api-client.js';
import {emailError, focusFirstError, formField, readAccountFields} from './form-field.js';
import {formFieldStyles} from './form-field.styles.js';
import {PersonAddEvent} from './person-add-event.js';
import {sharedStyles} from './shared.styles.js';

/** Each role in plain words, and what it lets people do. */
export const roleWords: Readonly<Record<Role, {readonly name: string; readonly hint: string}>> = {
  author: {name: 'Author', hint: 'Writes documents and shares them with other authors.'},
  supporter: {name: 'Supporter', hint: 'Helps reviewers give their feedback.'},
  reviewer: {name: 'Reviewer', hint: 'Checks documents through a review link. Reviewers have no password.'},
  admin: {name: 'Admin', hint: 'Does everything, including adding people.'},
};

type Field = 'name' | 'email' | 'password';

/** The shortest password the server takes. */
const minPassword = 12;

/**
 * The form an admin fills in to add someone: name, email, role and a temporary
 * password (not for reviewers, who never have one). Checks the fields in plain words
 * before asking; shows the server's answer (`error`) in an alert.
 *
 * @summary Add a person.
 * @fires person-add - The form is filled in (`event.user`).
 */
@customElement('er-add-person-form')
export class AddPersonForm extends LitElement {
  static override styles = [
    sharedStyles,
    formFieldStyles,
    css`
      form {
        display: grid;
        gap: 1rem;
        max-width: 36rem;
      }
      h2 {
        font-size: 1.5rem;
        margin: 0;
      }
      .field input,
      .field select {
        width: 100%;
      }
      .check {
        display: flex;
        gap: 0.5rem;
        align-items: center;
      }
      .check input {
        width: 1.5rem;
        height: 1.5rem;
        min-height: 0;
      }
    `,
  ];

  @query('form') private form!: HTMLFormElement;

  @state() private chosenRole: Role = 'author';
  @state() private fieldErrors: Partial<Record<Field, string>> = {};

  /** An error from the server, shown above the form. */
  @property() error = '';

  /** While set, the person is being added: the button says so. */
  @property({type: Boolean}) busy = false;

  private handleSubmit(event: Event): void {
    event.preventDefault();
    const {name, email, password} = readAccountFields(this.form);
    const reviewer = this.chosenRole === 'reviewer';
    const errors: Partial<Record<Field, string>> = {};
    if (!name) errors.name = 'Type their name.';
    const badEmail = email || !reviewer ? emailError(email) : undefined;
    if (badEmail) errors.email = badEmail;
    if (!reviewer && password.length < minPassword) errors.password = `Use at least ${minPassword} characters.`;
    this.fieldErrors = errors;
    if (focusFirstError(this, errors, 'person-')) return;
    this.dispatchEvent(
      new PersonAddEvent({
        name,
        role: this.chosenRole,
        email: email || null,
        ...(reviewer ? {} : {password}),
        ...(this.chosenRole === 'author' ? {approver: new FormData(this.form).get('approver') === 'on'} : {}),
      })
    );
  }

  private handleRoleChange(event: Event): void {
    this.chosenRole = (event.target as HTMLSelectElement).value as Role;
    this.fieldErrors = {};
  }

  private field(id: Field, label: string, type: string, hint = '') {
    const error = this.fieldErrors[id];
    return formField({id: `person-${id}`, name: id, label, type, autocomplete: 'off', hint, error, noSpellcheck: true});
  }

  /** Empties the form, for the next person. */
  reset(): void {
    this.form?.reset();
    this.chosenRole = 'author';
    this.fieldErrors = {};
  }

  override render() {
    const reviewer = this.chosenRole === 'reviewer';
    return html`<form part="base" novalidate aria-labelledby="add-heading" @submit=${this.handleSubmit}>
      <h2 id="add-heading">Add a person</h2>
      ${this.error ? html`<p class="form__error" role="alert">${this.error}</p>` : nothing}
      ${this.field('name', 'Name', 'text')}
      <div class="field">
        <label for="person-role">Role</label>
        <span class="field__hint" id="person-role-hint">${roleWords[this.chosenRole].hint}</span>
        <select id="person-role" name="role" aria-describedby="person-role-hint" @change=${this.handleRoleChange}>
          ${(Object.keys(roleWords) as Role[]).map(
            (role) => html`<option value=${role} ?selected=${role === this.chosenRole}>${roleWords[role].name}</option>`
          )}
        </select>
      </div>
      ${this.field('email', reviewer ? 'Email address (if they have one)' : 'Email address', 'email')}
      ${reviewer
        ? nothing
        : this.field('password', 'Temporary password', 'text', `At least ${minPassword} characters. Tell them, and ask them to change it.`)}
      ${this.chosenRole === 'author'
        ? html`<div class="check">
            <input id="person-approver" name="approver" type="checkbox" />
            <label for="person-approver">They can release documents</label>
          </div>`
        : nothing}
      <div>
        <button class="button button--primary" type="submit" ?disabled=${this.busy}>${this.busy ? 'Please wait…' : 'Add this person'}</button>
      </div>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'er-add-person-form': AddPersonForm;
  }
}
