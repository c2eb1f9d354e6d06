import {LitElement, css, html, nothing} from 'lit';
import {customElement, property, query, state} from 'lit/decorators.js';
import {repeat} from 'lit/directives/repeat.js';
import {ApiError, type ApiClient, type Role, type User} from './api-client.js';
import {roleWords, type AddPersonForm} from './add-person-form.js';
import type {PersonAddEvent} from './person-add-event.js';
import {sharedStyles} from './shared.styles.js';
import './add-person-form.js';

/** The part of `ApiClient` this screen uses (tests give their own). */
export type PeopleApi = Pick<ApiClient, 'listUsers' | 'createUser' | 'updateUser'>;

/** The roles someone who signs in can be given (reviewers are added as reviewers, never changed into one). */
const signInRoles: readonly Role[] = ['author', 'supporter', 'admin'];

function describeRole(user: User): string {
  const name = roleWords[user.role].name;
  return user.role === 'author' && user.approver ? `${name}, can release documents` : name;
}

function withArticle(words: string): string {
  return `${/^[aeiou]/.test(words) ? 'an' : 'a'} ${words}`;
}

function plain(error: unknown): string {
  return error instanceof ApiError ? error.message : 'Something went wrong. Try again.';
}

/**
 * The admins' "People" screen: everyone with their role, a form to add someone, and
 * for each person a way to change their role (and whether an author may release) or to
 * deactivate them and turn them back on, as the server allows. It asks the server
 * itself through `api`, and says what happened in plain words.
 *
 * @summary Manage people (admins).
 */
@customElement('er-people-screen')
export class PeopleScreen extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      h1 {
        font-size: 2rem;
        margin: 0 0 1rem;
      }
      h2 {
        font-size: 1.5rem;
        margin: 2rem 0 0.5rem;
      }
      /* Shown even after a mouse click: the focus moved here by itself, so show where. */
      .person h3:focus {
        outline: 3px solid #ffb81c;
        outline-offset: 2px;
      }
      .status {
        min-height: 1.5rem;
        font-weight: 600;
        margin: 0 0 0.75rem;
      }
      .alert {
        padding: 0.75rem 1rem;
        border-left: 6px solid #d5281b;
        background: #fff;
        font-weight: 600;
      }
      .people {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 0.75rem;
      }
      .person {
        padding: 1rem;
        border: 1px solid #aeb7bd;
        border-radius: 8px;
        background: #fff;
      }
      .person h3 {
        margin: 0;
        font-size: 1.25rem;
        overflow-wrap: anywhere;
      }
      .person p {
        margin: 0.25rem 0;
        overflow-wrap: anywhere;
      }
      .person__off {
        color: #b51f13;
        font-weight: 600;
      }
      .change {
        display: flex;
        flex-wrap: wrap;
        align-items: end;
        gap: 0.75rem;
        margin-top: 0.75rem;
      }
      .change__field {
        display: grid;
        gap: 0.25rem;
      }
      .change__check {
        display: flex;
        gap: 0.5rem;
        align-items: center;
        min-height: 2.75rem;
      }
      .change__check input {
        width: 1.5rem;
        height: 1.5rem;
        min-height: 0;
      }
    `,
  ];

  @query('er-add-person-form') private addForm!: AddPersonForm;

  @state() private users: readonly User[] = [];
  @state() private loading = true;
  @state() private message = '';
  @state() private error = '';
  @state() private addError = '';
  @state() private adding = false;

  /** How to reach the server. */
  @property({attribute: false}) api?: PeopleApi;

  /** The signed-in admin's id: they cannot deactivate themselves here. */
  @property({attribute: 'current-user-id'}) currentUserId = '';

  override updated(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('api')) void this.load();
  }

  private async load(): Promise<void> {
    if (!this.api) return;
    this.loading = true;
    try {
      this.users = await this.api.listUsers();
      this.error = '';
    } catch (error) {
      this.error = plain(error);
    } finally {
      this.loading = false;
    }
  }

  private async handlePersonAdd(event: PersonAddEvent): Promise<void> {
    if (!this.api) return;
    this.adding = true;
    this.addError = '';
    try {
      const user = await this.api.createUser(event.user);
      this.users = [...this.users, user].sort((a, b) => a.name.localeCompare(b.name));
      this.addForm.reset();
      this.message = `${user.name} was added as ${withArticle(roleWords[user.role].name.toLowerCase())}.`;
      // Focus goes to what was made: the new person's entry, where their role can be changed.
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#person-card-${CSS.escape(user.id)}`)?.focus();
    } catch (error) {
      this.addError = plain(error);
    } finally {
      this.adding = false;
    }
  }

  private async change(user: User, changes: {role?: Role; approver?: boolean; disabled?: boolean}, done: string): Promise<void> {
    if (!this.api) return;
    this.error = '';
    try {
      const changed = await this.api.updateUser(user.id, changes);
      this.users = this.users.map((u) => (u.id === changed.id ? changed : u));
      this.message = done;
    } catch (error) {
      this.message = '';
      this.error = plain(error);
    }
  }

  private handleRoleSubmit(event: Event, user: User): void {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const role = String(data.get('role')) as Role;
    const approver = role === 'author' && data.get('approver') === 'on';
    void this.change(user, {role, approver}, `${user.name} is now ${withArticle(describeRole({...user, role, approver}).toLowerCase())}.`);
  }

  private renderChange(user: User) {
    if (user.role === 'reviewer') {
      return html`<p>Reviewers use review links. To let them sign in, add them again as an author.</p>`;
    }
    return html`<form class="change" @submit=${(event: Event) => this.handleRoleSubmit(event, user)}>
      <div class="change__field">
        <label for="role-${user.id}">Role for ${user.name}</label>
        <select id="role-${user.id}" name="role">
          ${signInRoles.map((role) => html`<option value=${role} ?selected=${role === user.role}>${roleWords[role].name}</option>`)}
        </select>
      </div>
      <div class="change__check">
        <input id="approver-${user.id}" name="approver" type="checkbox" ?checked=${user.role === 'author' && user.approver} />
        <label for="approver-${user.id}">Can release documents (authors)</label>
      </div>
      <button class="button" type="submit">Change role<span class="visually-hidden"> for ${user.name}</span></button>
    </form>`;
  }

  private renderPerson(user: User) {
    const self = user.id === this.currentUserId;
    return html`<li class="person">
      <h3 id="person-card-${user.id}" tabindex="-1">${user.name}${self ? ' (you)' : ''}</h3>
      <p>${user.email ?? 'No email address'}</p>
      <p>Role: ${describeRole(user)}</p>
      ${user.disabled ? html`<p class="person__off">Deactivated: cannot sign in or review.</p>` : nothing}
      ${user.disabled ? nothing : this.renderChange(user)}
      ${self
        ? nothing
        : html`<div class="change">
            <button
              class="button ${user.disabled ? '' : 'button--danger'}"
              type="button"
              @click=${() =>
                user.disabled
                  ? this.change(user, {disabled: false}, `${user.name} is active again.`)
                  : this.change(user, {disabled: true}, `${user.name} is deactivated and signed out. Choose “Turn back on” to undo.`)}
            >
              ${user.disabled ? 'Turn back on' : 'Deactivate'}<span class="visually-hidden"> ${user.name}</span>
            </button>
          </div>`}
    </li>`;
  }

  override render() {
    return html`<section part="base" aria-labelledby="people-heading">
      <h1 id="people-heading">People</h1>
      <er-add-person-form .error=${this.addError} ?busy=${this.adding} @person-add=${this.handlePersonAdd}></er-add-person-form>
      <h2>Everyone</h2>
      <p class="status" role="status">${this.loading ? 'Loading people…' : this.message}</p>
      <div role="alert">${this.error ? html`<p class="alert">${this.error}</p>` : nothing}</div>
      <ul class="people">
        ${repeat(
          this.users,
          (user) => user.id,
          (user) => this.renderPerson(user)
        )}
      </ul>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'er-people-screen': PeopleScreen;
  }
}
