import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {DocumentListActionEvent} from './document-list-action-event.js';
import type {TeamDocument, TeamDocumentList} from './team-document-list.js';
import type {TeamSearchEvent} from './team-search-event.js';
import './team-document-list.js';

const person = (name: string) => ({id: name.toLowerCase(), name});

const documents: readonly TeamDocument[] = [
  {
    id: 'a',
    title: 'Going to hospital',
    status: 'in-review',
    owner: person('Priya'),
    reviewBy: '2026-01-31',
    reviewDue: 'overdue',
    revision: 4,
    savedBy: person('Sam'),
    savedAt: '2026-11-20T10:30:00.000Z',
    createdAt: '2026-10-01T09:00:00.000Z',
  },
  {
    id: 'b',
    title: '',
    status: 'released',
    owner: person('Sam'),
    reviewBy: '2027-06-01',
    reviewDue: null,
    revision: 1,
    savedBy: person('Sam'),
    savedAt: '2026-11-19T09:00:00.000Z',
    createdAt: '2026-11-19T09:00:00.000Z',
  },
];

const within = (el: TeamDocumentList) => el.shadowRoot!;
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function list(extra: Partial<TeamDocumentList> = {}): Promise<TeamDocumentList> {
  const el = await fixture<TeamDocumentList>(html`<er-team-document-list .documents=${documents}></er-team-document-list>`);
  Object.assign(el, extra);
  await el.updateComplete;
  return el;
}

describe('er-team-document-list', () => {
  it('renders each document with its status, owner, review-by date and last save, in words', async () => {
    const el = await list();
    const items = [...within(el).querySelectorAll('.item')];
    expect(items.map((item) => text(item.querySelector('h3')))).to.deep.equal(['Going to hospital', 'Untitled document']);
    expect(items[0]!.querySelector('a')!.getAttribute('href')).to.equal('#/documents/a');
    expect(text(items[0]!.querySelector('.item__facts'))).to.equal('Status In review Owner Priya Review by 31 January 2026');
    expect(text(items[0]!.querySelector('.item__due'))).to.equal('Review overdue');
    expect(text(items[1]!.querySelector('.item__facts'))).to.equal('Status Released Owner Sam Review by 1 June 2027');
    expect(items[1]!.querySelector('.item__due')).to.equal(null);
    expect(text(items[0]!.querySelector('.item__saved'))).to.match(/^Last saved by Sam on 20 November 2026 at \d/);
    expect(text(within(el).querySelector('[role=status]'))).to.equal('2 documents.');
  });

  it('says plainly when a review is due within 30 days, as the server marks it', async () => {
    const soon: TeamDocument = {...documents[1]!, id: 'c', title: 'Flu jab', reviewBy: '2027-03-03', reviewDue: 'soon'};
    const el = await list({documents: [soon, ...documents]});
    const dues = [...within(el).querySelectorAll('.item')].map((item) => text(item.querySelector('.item__due')));
    expect(dues).to.deep.equal(['Review due on 3 March 2027', 'Review overdue', '']);
    await expect(el).to.be.accessible();
  });

  it('is accessible, with documents, empty, and while loading', async () => {
    const el = await list({waiting: new Map([['a', 'conflict'] as const])});
    await expect(el).to.be.accessible();
    el.documents = [];
    el.loading = true;
    await el.updateComplete;
    expect(text(within(el).querySelector('[role=status]'))).to.equal('Loading documents…');
    await expect(el).to.be.accessible();
  });

  it('says when nothing matches a search, and when there is nothing yet', async () => {
    const el = await list({documents: [], q: 'flu'});
    expect(text(within(el).querySelector('[role=status]'))).to.match(/^No documents match/);
    el.q = '';
    await el.updateComplete;
    expect(text(within(el).querySelector('[role=status]'))).to.match(/^There are no team documents yet/);
  });

  it('searches by title words with the keyboard alone', async () => {
    const el = await list();
    within(el).querySelector<HTMLInputElement>('#team-search')!.focus();
    await sendKeys({type: 'hospital'});
    const event = oneEvent<TeamSearchEvent>(el, 'team-search');
    await sendKeys({press: 'Enter'});
    const {q, status} = await event;
    expect([q, status]).to.deep.equal(['hospital', undefined]);
  });

  it('filters by status when the filter changes', async () => {
    const el = await list({q: 'visit'});
    const select = within(el).querySelector<HTMLSelectElement>('#team-status')!;
    select.value = 'released';
    const event = oneEvent<TeamSearchEvent>(el, 'team-search');
    select.dispatchEvent(new Event('change'));
    const {q, status} = await event;
    expect([q, status]).to.deep.equal(['visit', 'released']);
  });

  it('asks for a new document, and says which documents have changes waiting', async () => {
    const el = await list({waiting: new Map([['a', 'queued'] as const, ['b', 'conflict'] as const])});
    const notes = [...within(el).querySelectorAll('.item__note')].map(text);
    expect(notes).to.deep.equal([
      'Changes made on this computer are waiting to be saved.',
      'Someone else changed this while you were offline. Open it to choose which version to keep.',
    ]);
    const button = [...within(el).querySelectorAll('button')].find((b) => text(b) === 'New document')!;
    button.focus();
    const event = oneEvent<DocumentListActionEvent>(el, 'document-list-action');
    await sendKeys({press: 'Enter'});
    expect((await event).action).to.equal('create');
  });

  it('offers Delete only on documents the owner or an admin may delete, and asks before moving one to the bin', async () => {
    const el = await list({userId: 'sam'});
    const deletes = () => [...within(el).querySelectorAll<HTMLButtonElement>('[data-delete]')];
    expect(deletes().map((b) => b.getAttribute('aria-label'))).to.deep.equal(['Delete “Untitled document”']);
    el.admin = true;
    await el.updateComplete;
    expect(deletes().map((b) => b.dataset['delete'])).to.deep.equal(['a', 'b']);
    deletes()[0]!.focus();
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    const confirm = within(el).querySelector('.confirm')!;
    expect(text(confirm.querySelector('p'))).to.equal('Move “Going to hospital” to the bin? You can restore it from the bin for 30 days.');
    expect(within(el).activeElement).to.equal(confirm.querySelector('.button--danger'));
    await expect(el).to.be.accessible();
    await sendKeys({press: 'Tab'});
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(within(el).querySelector('.confirm')).to.equal(null);
    expect(within(el).activeElement).to.equal(deletes()[0], 'Cancel gives focus back to Delete');
  });

  it('sends the delete once confirmed, then focuses the next document, or the heading when none is left', async () => {
    const el = await list({admin: true});
    within(el).querySelector<HTMLButtonElement>('[data-delete="a"]')!.click();
    await el.updateComplete;
    const event = oneEvent<DocumentListActionEvent>(el, 'document-list-action');
    within(el).querySelector<HTMLButtonElement>('.confirm .button--danger')!.click();
    const {action, id, title} = await event;
    expect([action, id, title]).to.deep.equal(['delete', 'a', 'Going to hospital']);
    Object.assign(el, {documents: documents.slice(1), message: '“Going to hospital” is in the bin.'});
    await el.updateComplete;
    expect(within(el).activeElement).to.equal(within(el).querySelector('.item__title a'));
    expect(text(within(el).querySelector('[role=status]'))).to.equal('“Going to hospital” is in the bin. 1 document.');
    within(el).querySelector<HTMLButtonElement>('[data-delete="b"]')!.click();
    await el.updateComplete;
    within(el).querySelector<HTMLButtonElement>('.confirm .button--danger')!.click();
    el.documents = [];
    await el.updateComplete;
    expect(within(el).activeElement).to.equal(within(el).querySelector('#team-heading'));
    await expect(el).to.be.accessible();
  });

  it('shows the bin with Restore, focusing its heading, and goes back to the documents', async () => {
    const el = await list();
    const opened = oneEvent<DocumentListActionEvent>(el, 'document-list-action');
    within(el).querySelector<HTMLButtonElement>('#bin-button')!.click();
    expect((await opened).action).to.equal('open-bin');
    const entry = {
      id: 'c',
      title: 'Old leaflet',
      owner: person('Sam'),
      deletedBy: person('Priya'),
      deletedAt: '2026-11-20T10:30:00.000Z',
      restorableUntil: '2026-12-20T10:30:00.000Z',
    };
    Object.assign(el, {showingBin: true, bin: [entry]});
    await el.updateComplete;
    expect(within(el).activeElement).to.equal(within(el).querySelector('#bin-heading'));
    expect(text(within(el).querySelector('.item__saved'))).to.match(/^Deleted by Priya on 20 November 2026 at .+ You can restore it until 20 December 2026\.$/);
    await expect(el).to.be.accessible();
    const restored = oneEvent<DocumentListActionEvent>(el, 'document-list-action');
    within(el).querySelector<HTMLButtonElement>('[aria-label="Restore “Old leaflet”"]')!.click();
    const {action, id} = await restored;
    expect([action, id]).to.deep.equal(['restore', 'c']);
    Object.assign(el, {bin: [], message: '“Old leaflet” is restored.'});
    await el.updateComplete;
    expect(text(within(el).querySelector('[role=status]'))).to.equal('“Old leaflet” is restored. The bin is empty.');
    const closed = oneEvent<DocumentListActionEvent>(el, 'document-list-action');
    within(el).querySelector<HTMLButtonElement>('.team__tools .button')!.click();
    expect((await closed).action).to.equal('close-bin');
    el.showingBin = false;
    await el.updateComplete;
    expect(within(el).activeElement).to.equal(within(el).querySelector('#bin-button'));
  });

  it('shows a message above the count', async () => {
    const el = await list({message: '“Flu jab” is uploaded to the team.'});
    expect(text(within(el).querySelector('[role=status]'))).to.equal('“Flu jab” is uploaded to the team. 2 documents.');
  });
});
