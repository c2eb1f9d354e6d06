import {LitElement, css, html, nothing} from 'lit';
import {customElement, property, query, state} from 'lit/decorators.js';
import {AccountSubmitEvent, type AccountFormMode} from './account-submit-event.js';
import {emailError, focusFirstError, formField, readAccountFields} from './form-field.js';
import {formFieldStyles} from './form-field.styles.js';
import {sharedStyles} from './shared.styles.js';

/**
 * The sign-in form, and on a new server the form that creates the first admin.
 * Checks the fields in plain words before asking the app to send them; shows the
 * server's answer (`error`) in an alert.
 *
 * @summary Sign in, or set up the first account.
 * @fires account-submit - The form is filled in (`event.mode`, `event.name`, `event.email`, `event.password`).
 */
@customElement('er-account-form')
export class AccountForm extends LitElement {
  static override styles = [
    sharedStyles,
    formFieldStyles,
    css`
      :host {
        display: block;
        max-width: 32rem;
      }
      h1 {
        font-size: 2rem;
        margin: 0 0 0.5rem;
      }
      form {
        display: grid;
        gap: 1rem;
      }
    `,
  ];

  @query('form') private form!: HTMLFormElement;

  @state() private fieldErrors: Partial<Record<'name' | 'email' | 'password', string>> = {};

  /** Which form to show. */
  @property() mode: AccountFormMode = 'sign-in';

  /** An error from the server, shown above the form. */
  @property() error = '';

  /** While set, the form is being sent: the button says so. */
  @property({type: Boolean}) busy = false;

  private handleSubmit(event: Event): void {
    event.preventDefault();
    const {name, email, password} = readAccountFields(this.form);
    const errors: typeof this.fieldErrors = {};
    if (this.mode === 'setup' && !name) errors.name = 'Type your name.';
    const badEmail = emailError(email);
    if (badEmail) errors.email = badEmail;
    if (this.mode === 'setup' && password.length < 12) errors.password = 'Use at least 12 characters.';
    if (this.mode === 'sign-in' && !password) errors.password = 'Type your password.';
    this.fieldErrors = errors;
    if (focusFirstError(this, errors)) return;
    this.dispatchEvent(new AccountSubmitEvent(this.mode, {name, email, password}));
  }

  private field(id: 'name' | 'email' | 'password', label: string, type: string, autocomplete: string, hint = '') {
    return formField({id, name: id, label, type, autocomplete, hint, error: this.fieldErrors[id]});
  }

  override render() {
    const setup = this.mode === 'setup';
    return html`<section part="base" aria-labelledby="account-heading">
      <h1 id="account-heading">${setup ? 'Set up Easy Read Studio' : 'Sign in'}</h1>
      <p>
        ${setup
          ? 'This is a new server. Make the first account. It can add other people later.'
          : 'Sign in to see your team’s documents.'}
      </p>
      ${this.error ? html`<p class="form__error" role="alert">${this.error}</p>` : nothing}
      <form novalidate @submit=${this.handleSubmit}>
        ${setup ? this.field('name', 'Your name', 'text', 'name') : nothing}
        ${this.field('email', 'Email address', 'email', 'username')}
        ${this.field(
          'password',
          'Password',
          'password',
          setup ? 'new-password' : 'current-password',
          setup ? 'At least 12 characters.' : ''
        )}
        <div>
          <button class="button button--primary" type="submit" ?disabled=${this.busy}>
            ${this.busy ? 'Please wait…' : setup ? 'Make the account' : 'Sign in'}
          </button>
        </div>
      </form>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'er-account-form': AccountForm;
  }
}
