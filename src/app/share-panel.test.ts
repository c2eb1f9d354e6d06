import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {PersonRef} from './api-client.js';
import type {Person, SharePanel} from './share-panel.js';
import type {ShareRequestEvent} from './share-request-event.js';
import './share-panel.js';

const people: Person[] = [
  {id: 'u-ada', name: 'Ada Admin', role: 'admin'},
  {id: 'u-bea', name: 'Bea Author', role: 'author'},
  {id: 'u-cal', name: 'Cal Author', role: 'author'},
  {id: 'u-dee', name: 'Dee Owner', role: 'author'},
  {id: 'u-rae', name: 'Rae Reviewer', role: 'reviewer'},
];

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const select = (el: SharePanel) => el.shadowRoot!.querySelector('select');
const options = (el: SharePanel) => [...(select(el)?.options ?? [])].map((o) => o.textContent!.trim());
const buttons = (el: SharePanel) => [...el.shadowRoot!.querySelectorAll('button')].map(text);

function panel(sharedWith: PersonRef[] = [], status = '', error = ''): Promise<SharePanel> {
  return fixture<SharePanel>(html`<er-share-panel
    owner-id="u-dee"
    .people=${people}
    .sharedWith=${sharedWith}
    .status=${status}
    .error=${error}
  ></er-share-panel>`);
}

describe('er-share-panel', () => {
  it('renders who it is shared with, offers only other authors, and is accessible', async () => {
    const el = await panel([{id: 'u-bea', name: 'Bea Author'}], 'Shared with Bea Author.');
    expect(text(el.shadowRoot!.querySelector('h2'))).to.equal('Sharing');
    expect(text(el.shadowRoot!.querySelector('.people'))).to.equal('Bea Author Stop sharing with Bea Author');
    expect(text(el.shadowRoot!.querySelector('[role=status]'))).to.equal('Shared with Bea Author.');
    expect(options(el)).to.deep.equal(['Choose an author', 'Cal Author']);
    expect(text(el.shadowRoot!.querySelector('label[for=share-person]'))).to.equal('Share with');
    await expect(el).to.be.accessible();
  });

  it('says when it is shared with no one, and when there is no one left to share with', async () => {
    const el = await panel();
    expect(text(el.shadowRoot!.querySelector('.panel'))).to.contain('This document is not shared with anyone.');
    expect(options(el)).to.deep.equal(['Choose an author', 'Bea Author', 'Cal Author']);
    await expect(el).to.be.accessible();

    el.sharedWith = [
      {id: 'u-bea', name: 'Bea Author'},
      {id: 'u-cal', name: 'Cal Author'},
    ];
    await el.updateComplete;
    expect(select(el)).to.equal(null);
    expect(text(el.shadowRoot!.querySelector('.panel'))).to.contain('There is no other author to share with.');
    expect(buttons(el)).to.deep.equal(['Stop sharing with Bea Author', 'Stop sharing with Cal Author']);
    await expect(el).to.be.accessible();
  });

  it('asks to share with the author chosen with the keyboard', async () => {
    const el = await panel();
    select(el)!.focus();
    await sendKeys({press: 'ArrowDown'});
    await sendKeys({press: 'ArrowDown'});
    await sendKeys({press: 'Tab'});
    expect(text(el.shadowRoot!.activeElement)).to.equal('Share');
    const event = oneEvent<ShareRequestEvent>(el, 'share-request');
    await sendKeys({press: 'Enter'});
    const {action, person} = await event;
    expect([action, person]).to.deep.equal(['share', {id: 'u-cal', name: 'Cal Author'}]);
  });

  it('asks who to share with when no one is chosen, in plain words', async () => {
    const el = await panel();
    let fired = false;
    el.addEventListener('share-request', () => (fired = true));
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await el.updateComplete;
    expect(fired).to.equal(false);
    expect(text(el.shadowRoot!.querySelector('#share-person-error'))).to.equal('Choose who to share with.');
    expect(el.shadowRoot!.activeElement).to.equal(select(el));
    expect(select(el)!.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('asks to stop sharing with the keyboard, then keeps the focus in the panel', async () => {
    const el = await panel([
      {id: 'u-bea', name: 'Bea Author'},
      {id: 'u-cal', name: 'Cal Author'},
    ]);
    el.shadowRoot!.querySelector('button')!.focus();
    await sendKeys({press: 'Tab'});
    expect(text(el.shadowRoot!.activeElement)).to.equal('Stop sharing with Cal Author');
    const event = oneEvent<ShareRequestEvent>(el, 'share-request');
    await sendKeys({press: 'Enter'});
    const {action, person} = await event;
    expect([action, person]).to.deep.equal(['stop', {id: 'u-cal', name: 'Cal Author'}]);

    // The owner of the panel answers: Cal's button goes away, and the focus moves to the heading.
    el.sharedWith = [{id: 'u-bea', name: 'Bea Author'}];
    el.status = 'Stopped sharing with Cal Author.';
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('h2'));
    expect(options(el)).to.deep.equal(['Choose an author', 'Cal Author']);
  });

  it('shows an error as an alert, and asks nothing while busy', async () => {
    const el = await panel([{id: 'u-bea', name: 'Bea Author'}], '', 'We could not share this document with Cal Author.');
    expect(text(el.shadowRoot!.querySelector('[role=alert]'))).to.equal('We could not share this document with Cal Author.');
    el.busy = true;
    await el.updateComplete;
    let fired = false;
    el.addEventListener('share-request', () => (fired = true));
    el.shadowRoot!.querySelector<HTMLButtonElement>('.people button')!.click();
    expect(fired).to.equal(false);
    expect(buttons(el)).to.deep.equal(['Stop sharing with Bea Author', 'Please wait…']);
    await expect(el).to.be.accessible();
  });
});
