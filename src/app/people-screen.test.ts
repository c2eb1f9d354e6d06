import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {ApiError, type NewUser, type User, type UserChanges} from './api-client.js';
import type {PeopleApi, PeopleScreen} from './people-screen.js';
import './people-screen.js';

function user(id: string, name: string, role: User['role'], extra: Partial<User> = {}): User {
  return {
    id,
    name,
    role,
    email: role === 'reviewer' ? null : `${id}@nhs.net`,
    approver: role === 'admin',
    disabled: false,
    createdAt: '2026-11-01T09:00:00.000Z',
    supports: [],
    ...extra,
  };
}

/** A fake of the three people calls, keeping everyone in memory. */
class FakePeople implements PeopleApi {
  users = [user('ada', 'Ada', 'admin'), user('bea', 'Bea', 'author'), user('rae', 'Rae', 'reviewer')];
  readonly calls: string[] = [];
  refuse = '';

  async listUsers(): Promise<User[]> {
    return [...this.users];
  }

  async createUser(input: NewUser): Promise<User> {
    this.calls.push(`create ${input.name} ${input.role}`);
    if (this.refuse) throw new ApiError(409, this.refuse);
    const made = user(input.name.toLowerCase(), input.name, input.role);
    this.users.push(made);
    return made;
  }

  async updateUser(id: string, changes: UserChanges): Promise<User> {
    this.calls.push(`update ${id} ${JSON.stringify(changes)}`);
    if (this.refuse) throw new ApiError(409, this.refuse);
    const changed = {...this.users.find((u) => u.id === id)!, ...changes} as User;
    this.users = this.users.map((u) => (u.id === id ? changed : u));
    return changed;
  }
}

const within = (el: PeopleScreen) => el.shadowRoot!;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const card = (el: PeopleScreen, name: string) => [...within(el).querySelectorAll('.person')].find((li) => text(li.querySelector('h3')).startsWith(name))!;
const buttonIn = (node: Element, name: RegExp) => [...node.querySelectorAll('button')].find((b) => name.test(text(b)))!;

async function screen(api = new FakePeople()): Promise<{el: PeopleScreen; api: FakePeople}> {
  const el = await fixture<PeopleScreen>(html`<er-people-screen .api=${api} current-user-id="ada"></er-people-screen>`);
  await waitUntil(() => within(el).querySelectorAll('.person').length === api.users.length, 'people listed');
  return {el, api};
}

describe('er-people-screen', () => {
  it('renders everyone with their role, and marks the signed-in admin', async () => {
    const {el} = await screen();
    expect(within(el).querySelector('h1')!.textContent).to.equal('People');
    expect([...within(el).querySelectorAll('.person h3')].map(text)).to.deep.equal(['Ada (you)', 'Bea', 'Rae']);
    expect(text(card(el, 'Rae'))).to.contain('Reviewers use review links');
    expect(buttonIn(card(el, 'Ada'), /Deactivate/)).to.equal(undefined, 'admins cannot deactivate themselves here');
  });

  it('is accessible', async () => {
    const {el} = await screen();
    await expect(el).to.be.accessible();
  });

  it('adds a person and says so', async () => {
    const {el, api} = await screen();
    const form = within(el).querySelector('er-add-person-form')!;
    const input = (id: string) => form.shadowRoot!.querySelector<HTMLInputElement>(`#person-${id}`)!;
    input('name').value = 'Sam';
    input('email').value = 'sam@nhs.net';
    input('password').value = 'temporary password';
    form.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await waitUntil(() => text(within(el).querySelector('.status')) === 'Sam was added as an author.', 'announced');
    expect(api.calls).to.deep.equal(['create Sam author']);
    expect([...within(el).querySelectorAll('.person h3')].map(text)).to.deep.equal(['Ada (you)', 'Bea', 'Rae', 'Sam']);
    expect(input('name').value).to.equal('', 'the form is empty for the next person');
    expect(text(within(el).activeElement), 'focus is on the new person').to.equal('Sam');
    await expect(el).to.be.accessible();
  });

  it('changes a role with the keyboard', async () => {
    const {el, api} = await screen();
    const bea = card(el, 'Bea');
    const select = bea.querySelector('select')!;
    select.value = 'supporter';
    buttonIn(bea, /Change role/).focus();
    await sendKeys({press: 'Enter'});
    await waitUntil(() => api.calls.length === 1, 'asked the server');
    expect(api.calls).to.deep.equal(['update bea {"role":"supporter","approver":false}']);
    await waitUntil(() => text(within(el).querySelector('.status')) === 'Bea is now a supporter.', 'announced');
    expect(text(card(el, 'Bea'))).to.contain('Role: Supporter');
  });

  it('deactivates someone and turns them back on, keeping the focus on the button', async () => {
    const {el} = await screen();
    const button = buttonIn(card(el, 'Bea'), /Deactivate/);
    button.focus();
    await sendKeys({press: 'Enter'});
    await waitUntil(() => text(card(el, 'Bea')).includes('Deactivated'), 'deactivated');
    expect(text(within(el).querySelector('.status'))).to.equal('Bea is deactivated and signed out. Choose “Turn back on” to undo.');
    expect(within(el).activeElement).to.equal(button);
    expect(text(button)).to.equal('Turn back on Bea');
    await sendKeys({press: 'Enter'});
    await waitUntil(() => !text(card(el, 'Bea')).includes('Deactivated'), 'active again');
    await expect(el).to.be.accessible();
  });

  it('shows the server’s refusal as an alert', async () => {
    const api = new FakePeople();
    const {el} = await screen(api);
    api.refuse = 'There must always be at least one admin.';
    const ada = card(el, 'Ada');
    ada.querySelector('select')!.value = 'author';
    buttonIn(ada, /Change role/).click();
    await waitUntil(() => text(within(el).querySelector('[role=alert]')) === 'There must always be at least one admin.', 'alert shown');
  });
});
