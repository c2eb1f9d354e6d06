import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import type {AccountSubmitEvent} from './account-submit-event.js';
import {sendKeys} from '@web/test-runner-commands';
import type {AccountForm} from './account-form.js';
import './account-form.js';

const input = (el: AccountForm, id: string) => el.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;

describe('er-account-form', () => {
  it('renders the sign-in form and is accessible', async () => {
    const el = await fixture<AccountForm>(html`<er-account-form></er-account-form>`);
    expect(el.shadowRoot!.querySelector('h1')!.textContent).to.equal('Sign in');
    expect(input(el, 'name')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('renders the setup form and is accessible', async () => {
    const el = await fixture<AccountForm>(html`<er-account-form mode="setup"></er-account-form>`);
    expect(el.shadowRoot!.querySelector('h1')!.textContent).to.equal('Set up Easy Read Studio');
    expect(input(el, 'name')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('explains what is missing in plain words and focuses the first problem', async () => {
    const el = await fixture<AccountForm>(html`<er-account-form mode="setup"></er-account-form>`);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await el.updateComplete;
    await el.updateComplete;
    const errors = [...el.shadowRoot!.querySelectorAll('.field__error')].map((p) => p.textContent);
    expect(errors).to.deep.equal(['Type your name.', 'Type an email address, like name@nhs.net.', 'Use at least 12 characters.']);
    expect(el.shadowRoot!.activeElement).to.equal(input(el, 'name'));
    expect(input(el, 'email').getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('sends the fields when they are filled in with the keyboard', async () => {
    const el = await fixture<AccountForm>(html`<er-account-form></er-account-form>`);
    input(el, 'email').focus();
    await sendKeys({type: 'sam@nhs.net'});
    await sendKeys({press: 'Tab'});
    await sendKeys({type: 'a long password'});
    const event = oneEvent<AccountSubmitEvent>(el, 'account-submit');
    await sendKeys({press: 'Enter'});
    const {mode, email, password} = await event;
    expect([mode, email, password]).to.deep.equal(['sign-in', 'sam@nhs.net', 'a long password']);
  });

  it('shows the server’s answer as an alert', async () => {
    const el = await fixture<AccountForm>(html`<er-account-form error="That email or password is not right."></er-account-form>`);
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.equal('That email or password is not right.');
  });
});
