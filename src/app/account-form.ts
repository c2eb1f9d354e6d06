import {LitElement, css, html, nothing} from 'lit';
import {customElement, property, query, state} from 'lit/decorators.js';
import {AccountSubmitEvent} from './account-submit-event.js';
import {sharedStyles} from './shared.styles.js';

/** Which form to show: sign in, or create the first admin account on a new server. */
export type AccountFormMode = 'sign-in' | 'setup';

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
      .field {
        display: grid;
        gap: 0.25rem;
      }
      .field__error,
      .form__error {
        color: #b51f13;
        font-weight: 600;
        margin: 0;
      }
      .form__error {
        padding: 0.75rem 1rem;
        border-left: 6px solid #d5281b;
        background: #fff;
      }
      .field__hint {
        color: #4c6272;
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
    const data = new FormData(this.form);
    const name = String(data.get('name') ?? '').trim();
    const email = String(data.get('email') ?? '').trim();
    const password = String(data.get('password') ?? '');
    const errors: typeof this.fieldErrors = {};
    if (this.mode === 'setup' && !name) errors.name = 'Type your name.';
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) errors.email = 'Type an email address, like name@nhs.net.';
    if (this.mode === 'setup' && password.length < 12) errors.password = 'Use at least 12 characters.';
    if (this.mode === 'sign-in' && !password) errors.password = 'Type your password.';
    this.fieldErrors = errors;
    const first = Object.keys(errors)[0];
    if (first) {
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>(`#${first}`)?.focus());
      return;
    }
    this.dispatchEvent(new AccountSubmitEvent(this.mode, {name, email, password}));
  }

  private field(id: 'name' | 'email' | 'password', label: string, type: string, autocomplete: string, hint = '') {
    const error = this.fieldErrors[id];
    const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
    return html`<div class="field">
      <label for=${id}>${label}</label>
      ${hint ? html`<span class="field__hint" id="${id}-hint">${hint}</span>` : nothing}
      ${error ? html`<p class="field__error" id="${id}-error">${error}</p>` : nothing}
      <input
        id=${id}
        name=${id}
        type=${type}
        autocomplete=${autocomplete}
        aria-invalid=${error ? 'true' : nothing}
        aria-describedby=${describedBy || nothing}
      />
    </div>`;
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
