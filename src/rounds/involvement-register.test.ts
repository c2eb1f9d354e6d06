import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {InvolvementRegister} from './involvement-register.js';
import {RoundsApi, type InvolvedPerson, type PersonInput, type Transport} from './rounds-api.js';
import './involvement-register.js';

/** Keeps a register in memory the way the server's routes do, recording each request. */
function registerTransport() {
  const people: InvolvedPerson[] = [];
  const sent: {method: string; path: string; body: unknown}[] = [];
  const toPerson = (id: string, input: PersonInput): InvolvedPerson => ({
    id,
    name: input.name,
    credit: input.credit,
    consentToName: input.consentToName,
    consentedAt: input.consentToName ? '2026-12-01T10:00:00Z' : null,
    livedExperience: input.livedExperience,
    paid: input.paid,
    supporter: input.supporterId ? {id: input.supporterId, name: 'Sue Supporter'} : null,
    contact: input.contact ?? '',
    createdAt: '2026-12-01T10:00:00Z',
  });
  const transport: Transport = {
    async send<T>(method: string, path: string, body?: unknown): Promise<T> {
      sent.push({method, path, body});
      if (method === 'GET') return {people: [...people]} as T;
      if (method === 'POST') {
        const person = toPerson(`p${people.length + 1}`, body as PersonInput);
        people.push(person);
        return person as T;
      }
      if (method === 'DELETE') {
        people.splice(people.findIndex((p) => path.endsWith(p.id)), 1);
        return {} as T;
      }
      throw new Error(`No such route: ${method} ${path}`);
    },
  };
  return {transport, sent};
}

describe('er-involvement-register', () => {
  it('adds someone by keyboard and puts the focus on their row, with a status message', async () => {
    const {transport, sent} = registerTransport();
    const el = await fixture<InvolvementRegister>(
      html`<er-involvement-register .api=${new RoundsApi(transport)} .supporters=${[{id: 's1', name: 'Sue Supporter'}]} can-edit></er-involvement-register>`
    );
    await waitUntil(() => el.shadowRoot!.textContent?.includes('Nobody is in the register yet.'), 'did not load');
    await expect(el).to.be.accessible();
    const add = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Add someone')!;
    add.focus();
    await sendKeys({press: 'Enter'});
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'person-name', 'the form did not take the focus');
    await sendKeys({type: 'Rita Reviewer'});
    await expect(el).to.be.accessible();
    el.shadowRoot!.querySelector<HTMLSelectElement>('#person-supporter')!.value = 's1';
    el.shadowRoot!.querySelector<HTMLSelectElement>('#person-supporter')!.dispatchEvent(new Event('change'));
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await waitUntil(() => el.shadowRoot!.activeElement?.getAttribute('data-person') === 'p1', 'the new row did not take the focus');
    const added = sent.find((s) => s.method === 'POST')!.body as PersonInput;
    expect(added.name).to.equal('Rita Reviewer');
    expect(added.supporterId).to.equal('s1');
    expect(el.shadowRoot!.querySelector('[role=status]')?.textContent).to.equal('Saved Rita Reviewer.');
    expect(el.shadowRoot!.textContent).to.contain('Supported by Sue Supporter.');
    await expect(el).to.be.accessible();
  });

  it('refuses a person without a name, in plain words', async () => {
    const {transport, sent} = registerTransport();
    const el = await fixture<InvolvementRegister>(html`<er-involvement-register .api=${new RoundsApi(transport)} can-edit></er-involvement-register>`);
    await waitUntil(() => el.shadowRoot!.querySelector('button'), 'did not load');
    el.shadowRoot!.querySelector('button')!.click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role=alert]')?.textContent).to.contain('Write their name.');
    expect(sent.some((s) => s.method === 'POST')).to.equal(false);
  });

  it('offers the month\'s record as CSV, and no changes to those who only read it', async () => {
    const {transport} = registerTransport();
    const el = await fixture<InvolvementRegister>(html`<er-involvement-register .api=${new RoundsApi(transport)}></er-involvement-register>`);
    await waitUntil(() => el.shadowRoot!.textContent?.includes('Nobody'), 'did not load');
    const month = el.shadowRoot!.querySelector<HTMLInputElement>('#record-month')!;
    month.value = '2026-11';
    month.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('a[download]')?.getAttribute('href')).to.equal('/api/involvement/record.csv?month=2026-11');
    expect([...el.shadowRoot!.querySelectorAll('button')].map((b) => b.textContent?.trim())).to.not.include('Add someone');
    await expect(el).to.be.accessible();
  });
});
