import {LitElement, css, html, nothing, type PropertyValues} from 'lit';
import {customElement, property, query, state} from 'lit/decorators.js';
import {formField} from '../app/form-field.js';
import {embedTheme} from './theme.js';

/**
 * Where a connected editor stands with its team server:
 * - `checking`: asking the server who is signed in;
 * - `sign-in`: no one is; the sign-in form shows;
 * - `signed-in`: saving works; `message` says how it went last;
 * - `problem`: saving failed or cannot work (a conflict, the page is not allowed, the server is down); `message` says why.
 */
export type ConnectionPhase = 'checking' | 'sign-in' | 'signed-in' | 'problem';

/**
 * The team server's part of a connected `<er-editor>` (in the embed bundle), shown above
 * the toolbar: the sign-in form while no one is signed in, then one status line. The
 * form is a plain one (Enter signs in), says what is missing in plain words, and takes
 * the focus when it appears unless the person is busy elsewhere on the page.
 */
@customElement('er-server-connection')
export class ServerConnection extends LitElement {
  static override styles = [
    embedTheme,
    css`
      :host {
        display: block;
        margin-block-end: 0.75rem;
      }
      form {
        display: grid;
        gap: 0.5rem;
        max-width: 24rem;
        padding: 1rem;
        border: 2px solid var(--er-accent, #005eb8);
        border-radius: var(--er-radius, 6px);
      }
      p {
        margin: 0;
      }
      .title {
        font-weight: 700;
      }
      label {
        display: block;
        font-weight: 700;
      }
      input {
        box-sizing: border-box;
        width: 100%;
        min-height: 2.75rem;
        padding: 0.25rem 0.5rem;
        border: 2px solid #4c6272;
        font: inherit;
      }
      input[aria-invalid='true'] {
        border-color: #d5281b;
      }
      .error,
      .field__error {
        color: #d5281b;
        font-weight: 700;
      }
      button {
        justify-self: start;
        min-height: 2.75rem;
        padding: 0.25rem 1rem;
        border: 0;
        background: var(--er-accent, #005eb8);
        color: #fff;
        font: inherit;
        font-weight: 700;
        cursor: pointer;
      }
      .status--problem {
        color: #d5281b;
        font-weight: 700;
      }
    `,
  ];

  /** The team server's host name, as the person knows it (`easy-read.trust.nhs.uk`). */
  @property() server = '';

  @property() phase: ConnectionPhase = 'checking';

  /** The status line's words (for `signed-in` and `problem`). */
  @property() message = '';

  /**
   * Signs in with what the person typed; rejects with an `Error` whose message says, in
   * plain words, why not (it shows under the form).
   */
  @property({attribute: false}) signIn: (email: string, password: string) => Promise<void> = () => Promise.reject(new Error('Signing in is not ready yet.'));

  @state() private emailError = '';
  @state() private passwordError = '';
  @state() private formError = '';
  @state() private busy = false;

  @query('#email') private email!: HTMLInputElement;
  @query('#password') private password!: HTMLInputElement;

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('phase') && this.phase === 'sign-in' && this.focusIsFree()) this.email?.focus();
  }

  /** Whether the focus is nowhere in particular, or in the editor this belongs to: then the form may take it. */
  private focusIsFree(): boolean {
    const active = document.activeElement;
    const root = this.getRootNode();
    return !active || active === document.body || (root instanceof ShadowRoot && active === root.host);
  }

  private async handleSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const email = this.email.value.trim();
    const password = this.password.value;
    this.emailError = email ? '' : 'Enter your email address.';
    this.passwordError = password ? '' : 'Enter your password.';
    this.formError = '';
    if (this.emailError || this.passwordError) {
      await this.updateComplete;
      (this.emailError ? this.email : this.password).focus();
      return;
    }
    this.busy = true;
    try {
      await this.signIn(email, password);
      this.password.value = '';
    } catch (error) {
      this.formError = error instanceof Error ? error.message : 'We could not sign you in. Try again.';
    } finally {
      this.busy = false;
    }
  }

  override render() {
    if (this.phase === 'sign-in') return this.renderForm();
    if (this.phase === 'checking') return html`<p class="status" role="status">Connecting to Easy Read Studio…</p>`;
    const problem = this.phase === 'problem';
    return html`<p class="status ${problem ? 'status--problem' : ''}" role=${problem ? 'alert' : 'status'}>${this.message}</p>`;
  }

  private renderForm() {
    return html`
      <form novalidate aria-labelledby="title" @submit=${this.handleSubmit}>
        <p class="title" id="title">Sign in to save to your team</p>
        <p>Your document is saved in Easy Read Studio${this.server ? ` at ${this.server}` : ''}.</p>
        ${formField({id: 'email', name: 'email', label: 'Email address', type: 'email', autocomplete: 'username', error: this.emailError, noSpellcheck: true})}
        ${formField({id: 'password', name: 'password', label: 'Password', type: 'password', autocomplete: 'current-password', error: this.passwordError, noSpellcheck: true})}
        <p class="error" role="alert">${this.formError}</p>
        <button type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>${this.busy ? 'Signing in…' : 'Sign in'}</button>
      </form>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'er-server-connection': ServerConnection;
  }
}
