import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import type {ConflictResolveEvent} from './conflict-resolve-event.js';
import {sendKeys} from '@web/test-runner-commands';
import {schema} from '../document/schema.js';
import {toDocumentFile} from '../document/document-file.js';
import type {ConflictDialog} from './conflict-dialog.js';
import './conflict-dialog.js';

function file(...lines: string[]) {
  const {nodes} = schema;
  return toDocumentFile(
    nodes['doc']!.create(null, [
      nodes['title']!.create(null, schema.text('Your visit')),
      ...lines.map((line) => nodes['row']!.create(null, nodes['paragraph']!.create(null, schema.text(line)))),
    ])
  );
}

async function openDialog() {
  const el = await fixture<ConflictDialog>(html`<er-conflict-dialog
    .mine=${file('Come at 9am.', 'Bring your letter.')}
    .theirs=${{content: file('Come at 10am.', 'Bring your letter.'), savedBy: 'Priya', savedAt: '2026-11-22T09:15:00Z'}}
  ></er-conflict-dialog>`);
  await el.show();
  return el;
}

describe('er-conflict-dialog', () => {
  it('shows both versions and marks the lines that differ', async () => {
    const el = await openDialog();
    const versions = [...el.shadowRoot!.querySelectorAll('.version')];
    expect(versions.map((v) => v.querySelector('h3')!.textContent)).to.deep.equal(['Your version', 'Saved by Priya']);
    expect([...versions[0]!.querySelectorAll('.changed')].map((p) => p.textContent)).to.deep.equal(['Come at 9am.']);
    expect([...versions[1]!.querySelectorAll('.changed')].map((p) => p.textContent)).to.deep.equal(['Come at 10am.']);
    expect(el.shadowRoot!.querySelector('dialog')!.open).to.equal(true);
  });

  it('is accessible', async () => {
    const el = await openDialog();
    await expect(el).to.be.accessible();
  });

  it('stays open on Escape, and reports the choice made with the keyboard', async () => {
    const el = await openDialog();
    await sendKeys({press: 'Escape'});
    expect(el.shadowRoot!.querySelector('dialog')!.open).to.equal(true, 'the conflict still needs a choice');
    const theirs = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === 'Use their version')!;
    theirs.focus();
    const event = oneEvent<ConflictResolveEvent>(el, 'conflict-resolve');
    await sendKeys({press: 'Enter'});
    expect((await event).choice).to.equal('theirs');
    expect(el.shadowRoot!.querySelector('dialog')!.open).to.equal(false);
  });
});
