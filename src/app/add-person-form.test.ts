import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {AddPersonForm} from './add-person-form.js';
import type {PersonAddEvent} from './person-add-event.js';
import './add-person-form.js';

const field = (el: AddPersonForm, id: string) => el.shadowRoot!.querySelector<HTMLInputElement & HTMLSelectElement>(`#person-${id}`);
const errors = (el: AddPersonForm) => [...el.shadowRoot!.querySelectorAll('.field__error')].map((p) => p.textContent);

async function chooseRole(el: AddPersonForm, role: string): Promise<void> {
  const select = field(el, 'role')!;
  select.value = role;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

describe('er-add-person-form', () => {
  it('renders the fields for an author and is accessible', async () => {
    const el = await fixture<AddPersonForm>(html`<er-add-person-form></er-add-person-form>`);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Add a person');
    expect(field(el, 'password')).to.exist;
    expect(field(el, 'approver')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('explains what is missing in plain words and focuses the first problem', async () => {
    const el = await fixture<AddPersonForm>(html`<er-add-person-form></er-add-person-form>`);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(errors(el)).to.deep.equal(['Type their name.', 'Type an email address, like name@nhs.net.', 'Use at least 12 characters.']);
    expect(el.shadowRoot!.activeElement).to.equal(field(el, 'name'));
    expect(field(el, 'email')!.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('adds an author filled in with the keyboard', async () => {
    const el = await fixture<AddPersonForm>(html`<er-add-person-form></er-add-person-form>`);
    field(el, 'name')!.focus();
    await sendKeys({type: 'Sam Jones'});
    field(el, 'email')!.focus();
    await sendKeys({type: 'sam@nhs.net'});
    await sendKeys({press: 'Tab'});
    await sendKeys({type: 'temporary password'});
    await sendKeys({press: 'Tab'});
    await sendKeys({press: 'Space'});
    const event = oneEvent<PersonAddEvent>(el, 'person-add');
    field(el, 'password')!.focus();
    await sendKeys({press: 'Enter'});
    expect((await event).user).to.deep.equal({
      name: 'Sam Jones',
      role: 'author',
      email: 'sam@nhs.net',
      password: 'temporary password',
      approver: true,
    });
  });

  it('asks no password of a reviewer, and the email is optional', async () => {
    const el = await fixture<AddPersonForm>(html`<er-add-person-form></er-add-person-form>`);
    await chooseRole(el, 'reviewer');
    expect(field(el, 'password')).to.equal(null);
    expect(el.shadowRoot!.querySelector('#person-role-hint')!.textContent).to.contain('Reviewers have no password');
    await expect(el).to.be.accessible();
    field(el, 'name')!.value = 'Rae';
    const event = oneEvent<PersonAddEvent>(el, 'person-add');
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    expect((await event).user).to.deep.equal({name: 'Rae', role: 'reviewer', email: null});
  });

  it('shows the server’s answer as an alert, and empties on reset', async () => {
    const el = await fixture<AddPersonForm>(html`<er-add-person-form error="Someone already uses that email address."></er-add-person-form>`);
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.equal('Someone already uses that email address.');
    await chooseRole(el, 'admin');
    field(el, 'name')!.value = 'Kim';
    el.reset();
    await el.updateComplete;
    expect([field(el, 'name')!.value, field(el, 'role')!.value]).to.deep.equal(['', 'author']);
  });
});
