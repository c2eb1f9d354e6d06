import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {CheckerWordChange, CheckerWordEntry} from './checker-words.js';
import type {CheckerWordsScreen, CheckerWordsScreenApi} from './checker-words-screen.js';
import './checker-words-screen.js';

/** An in-memory list, changed as the server would change it. */
class MemoryWords implements CheckerWordsScreenApi {
  words: CheckerWordEntry[] = [
    {word: 'appointment', count: 3, documents: [{id: 'd1', title: 'Your blood test'}, {id: 'd2', title: 'Seeing the nurse'}], instead: 'visit', removed: false},
    {word: 'fasting', count: 1, documents: [{id: 'd1', title: 'Your blood test'}], instead: '', removed: false},
  ];
  readonly calls: string[] = [];
  failNext = '';

  async list(): Promise<readonly CheckerWordEntry[]> {
    return this.words;
  }
  async change(word: string, change: CheckerWordChange): Promise<CheckerWordEntry> {
    this.calls.push(`PATCH ${word} ${JSON.stringify(change)}`);
    if (this.failNext) throw new Error(this.failNext);
    this.words = this.words.map((w) => (w.word === word ? {...w, ...change} : w));
    return this.words.find((w) => w.word === word)!;
  }
  async remove(word: string): Promise<void> {
    this.calls.push(`DELETE ${word}`);
    this.words = this.words.map((w) => (w.word === word ? {...w, removed: true} : w));
  }
}

function rows(el: CheckerWordsScreen): string[] {
  return [...el.shadowRoot!.querySelectorAll('tbody tr')].map((row) => row.textContent!.replace(/\s+/g, ' ').trim());
}

function buttonNamed(el: CheckerWordsScreen, name: string): HTMLButtonElement {
  const found = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.replace(/\s+/g, ' ').trim() === name);
  if (!found) throw new Error(`No button "${name}"`);
  return found;
}

async function screen(api: MemoryWords): Promise<CheckerWordsScreen> {
  const el = await fixture<CheckerWordsScreen>(html`<er-checker-words-screen .api=${api}></er-checker-words-screen>`);
  await waitUntil(() => rows(el).length > 0, 'the words are not shown');
  return el;
}

describe('er-checker-words-screen', () => {
  it('shows each word with its count, its documents and the plain word instead', async () => {
    const el = await screen(new MemoryWords());
    expect(el.shadowRoot!.querySelector('h1')!.textContent).to.equal('Words our checkers found hard');
    expect(rows(el)[0]).to.contain('appointment').and.contain('3 checkers').and.contain('Your blood test').and.contain('Seeing the nurse');
    expect(rows(el)[1]).to.contain('fasting').and.contain('1 checker');
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('tbody a')!;
    expect(link.getAttribute('href')).to.equal('#/documents/d1');
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('#instead-0')!.value).to.equal('visit');
    await expect(el).to.be.accessible();
  });

  it('changes the plain word by keyboard, and says so', async () => {
    const api = new MemoryWords();
    const el = await screen(api);
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('#instead-1')!;
    input.focus();
    await sendKeys({type: 'not eating'});
    await sendKeys({press: 'Enter'});
    await waitUntil(() => api.calls.length === 1);
    expect(api.calls).to.deep.equal(['PATCH fasting {"instead":"not eating"}']);
    await waitUntil(() => el.shadowRoot!.querySelector('[role=status]')!.textContent!.includes('“not eating” instead of “fasting”'));
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('#instead-1'));
  });

  it('removes a word, moving the focus to its "Put back", and puts it back', async () => {
    const api = new MemoryWords();
    const el = await screen(api);
    buttonNamed(el, 'Remove appointment').focus();
    await sendKeys({press: 'Enter'});
    await waitUntil(() => rows(el).length === 1, 'the word is still on the list');
    expect(api.calls).to.deep.equal(['DELETE appointment']);
    await waitUntil(() => el.shadowRoot!.activeElement === buttonNamed(el, 'Put back appointment'), 'focus is not on "Put back"');
    expect(el.shadowRoot!.textContent).to.contain('Taken off the list');
    await expect(el).to.be.accessible();

    await sendKeys({press: 'Enter'});
    await waitUntil(() => rows(el).length === 2, 'the word is not back');
    expect(api.calls.at(-1)).to.equal('PATCH appointment {"removed":false}');
    await waitUntil(() => el.shadowRoot!.activeElement === el.shadowRoot!.querySelector('#instead-0'), 'focus is not on the plain word');
  });

  it('says a refused change in plain words and keeps the list', async () => {
    const api = new MemoryWords();
    const el = await screen(api);
    api.failNext = 'Use at most 200 characters.';
    buttonNamed(el, 'Save the plain word for fasting').click();
    await waitUntil(() => el.shadowRoot!.querySelector('[role=alert]')!.textContent!.includes('Use at most 200 characters.'));
    expect(rows(el)).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  it('says so when no checker has marked a word yet', async () => {
    const api = new MemoryWords();
    api.words = [];
    const el = await fixture<CheckerWordsScreen>(html`<er-checker-words-screen .api=${api}></er-checker-words-screen>`);
    await waitUntil(() => el.shadowRoot!.textContent!.includes('No checker has marked a word hard yet.'));
    await expect(el).to.be.accessible();
  });
});
