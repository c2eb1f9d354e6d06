import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import type {DocumentListActionEvent} from './document-list-action-event.js';
import {sendKeys} from '@web/test-runner-commands';
import type {DocumentList, DocumentSummary} from './document-list.js';
import './document-list.js';

const documents: readonly DocumentSummary[] = [
  {id: 'a', title: 'Going to hospital', updatedAt: '2026-11-20T10:30:00.000Z'},
  {id: 'b', title: '', updatedAt: '2026-11-19T09:00:00.000Z'},
];

const within = (el: DocumentList) => el.shadowRoot!;
const buttonNamed = (el: DocumentList, name: RegExp) =>
  [...within(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => name.test(b.textContent!.replace(/\s+/g, ' ')))!;

describe('er-document-list', () => {
  it('renders each document with its title, date and actions', async () => {
    const el = await fixture<DocumentList>(html`<er-document-list .documents=${documents}></er-document-list>`);
    const links = [...within(el).querySelectorAll('a')];
    expect(links.map((a) => a.textContent)).to.deep.equal(['Going to hospital', 'Untitled document']);
    expect(links[0]!.getAttribute('href')).to.equal('#/documents/a');
    expect(within(el).textContent).to.contain('Last changed 20 November 2026');
  });

  it('is accessible, with and without documents', async () => {
    const el = await fixture<DocumentList>(html`<er-document-list .documents=${documents}></er-document-list>`);
    await expect(el).to.be.accessible();
    const empty = await fixture<DocumentList>(html`<er-document-list></er-document-list>`);
    expect(within(empty).textContent).to.contain('You have no documents yet');
    await expect(empty).to.be.accessible();
  });

  it('asks for a new document', async () => {
    const el = await fixture<DocumentList>(html`<er-document-list></er-document-list>`);
    const event = oneEvent<DocumentListActionEvent>(el, 'document-list-action');
    buttonNamed(el, /^New document$/).click();
    expect((await event).action).to.equal('create');
  });

  it('renames with the keyboard alone, and refuses an empty name', async () => {
    const el = await fixture<DocumentList>(html`<er-document-list .documents=${documents}></er-document-list>`);
    buttonNamed(el, /Rename Going to hospital/).focus();
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    const input = within(el).querySelector<HTMLInputElement>('.rename__input')!;
    expect(within(el).activeElement).to.equal(input);
    await sendKeys({press: 'Backspace'});
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(within(el).querySelector('.rename__error')!.textContent).to.equal('Type a name for the document.');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
    await sendKeys({type: 'Your hospital visit'});
    const event = oneEvent<DocumentListActionEvent>(el, 'document-list-action');
    await sendKeys({press: 'Enter'});
    const {action, id, title} = await event;
    expect([action, id, title]).to.deep.equal(['rename', 'a', 'Your hospital visit']);
  });

  it('cancels a rename with Escape and returns focus to the Rename button', async () => {
    const el = await fixture<DocumentList>(html`<er-document-list .documents=${documents}></er-document-list>`);
    buttonNamed(el, /Rename Going to hospital/).click();
    await el.updateComplete;
    within(el).querySelector<HTMLInputElement>('.rename__input')!.focus();
    await sendKeys({press: 'Escape'});
    await el.updateComplete;
    await el.updateComplete;
    expect(within(el).querySelector('.rename__input')).to.equal(null);
    expect(within(el).activeElement).to.equal(buttonNamed(el, /Rename Going to hospital/));
  });

  it('asks to delete and to export, and offers Undo after a delete', async () => {
    const el = await fixture<DocumentList>(html`<er-document-list .documents=${documents}></er-document-list>`);
    let event = oneEvent<DocumentListActionEvent>(el, 'document-list-action');
    buttonNamed(el, /Delete Going to hospital/).click();
    expect((await event).action).to.equal('delete');
    event = oneEvent<DocumentListActionEvent>(el, 'document-list-action');
    buttonNamed(el, /Save a copy of Going to hospital/).click();
    expect((await event).id).to.equal('a');
    el.status = '“Going to hospital” deleted.';
    el.canUndo = true;
    await el.updateComplete;
    expect(within(el).querySelector('[role=status]')!.textContent).to.contain('deleted');
    event = oneEvent<DocumentListActionEvent>(el, 'document-list-action');
    buttonNamed(el, /^Undo$/).click();
    expect((await event).action).to.equal('undo-delete');
  });

  it('in upload mode is “On this computer”: each document can be uploaded to the team', async () => {
    const el = await fixture<DocumentList>(html`<er-document-list
      upload
      link-prefix="#/local/"
      .documents=${documents}
      .uploaded=${new Set(['a'])}
    ></er-document-list>`);
    expect(within(el).querySelector('h2')!.textContent).to.equal('On this computer');
    expect(buttonNamed(el, /^New document$/)).to.equal(undefined, 'the team list has New and Open');
    expect(within(el).querySelector('a')!.getAttribute('href')).to.equal('#/local/a');
    expect(within(el).querySelector('.list__item')!.textContent).to.contain('Uploaded to the team.');
    await expect(el).to.be.accessible();
    buttonNamed(el, /Upload to the team: Going to hospital/).focus();
    const event = oneEvent<DocumentListActionEvent>(el, 'document-list-action');
    await sendKeys({press: 'Enter'});
    const {action, id} = await event;
    expect([action, id]).to.deep.equal(['upload', 'a']);
  });
});
