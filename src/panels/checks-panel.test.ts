import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {EditorState} from 'prosemirror-state';
import type {Finding, IgnoredFinding, Scores, Severity} from '../checks/types.js';
import {schema} from '../document/schema.js';
import {checksKey, checksPlugin, runChecks, type ChecksChecker} from '../editor/plugins/checks-plugin.js';
import '../../test/state-provider.js';
import type {TestStateProvider} from '../../test/state-provider.js';
import {PROBLEMS_SHOWN} from './checks-panel.js';
import {FindingFixEvent, FindingIgnoreEvent, FindingSelectEvent, IgnoreReopenEvent} from './events.js';

const scores: Scores = {
  words: 20, sentences: 3, syllables: 26, polysyllables: 1, fleschReadingEase: 85, fleschKincaidGrade: 3,
  smog: 5, readingAge: 8, averageSentenceLength: 6.7, hardWordShare: 0.05, meetsTarget: true, verdict: 'Easy to read',
};

const text = 'We utilise it. The leaflet was written by staff. Come at 2pm.';

function at(word: string, rule: string, severity: Severity, suggestions: Finding['suggestions'] = []): Finding {
  const from = text.indexOf(word);
  return {rule, severity, message: `Problem with "${word}".`, why: 'Because.', block: 1, from, to: from + word.length, suggestions};
}

const findings: readonly Finding[] = [
  at('utilise', 'difficult-words', 'error', [{label: 'Change to "use"', replacement: 'use'}]),
  at('was written', 'passive-voice', 'warning'),
  at('leaflet', 'difficult-words', 'error'),
  at('2pm', 'times', 'info'),
  {rule: 'review-date', severity: 'warning', message: 'Add a date to review it by.', why: 'So it stays right.', block: -1, from: 0, to: 0, suggestions: []},
];

function stateWith(found: readonly Finding[], ignores: readonly IgnoredFinding[] = []): EditorState {
  const checker: ChecksChecker = {check: () => ({findings: found, ignored: [], scores: {document: scores, sections: [], rows: []}})};
  const doc = schema.node('doc', {ignores}, [
    schema.node('title', null, schema.text('Going to hospital')),
    schema.node('paragraph', null, schema.text(text)),
  ]);
  const state = EditorState.create({schema, doc, plugins: [checksPlugin({checker})]});
  return state.apply(runChecks(state));
}

async function setup(state = stateWith(findings)) {
  const provider = await fixture<TestStateProvider>(
    html`<er-test-state-provider .state=${state}><er-checks-panel></er-checks-panel></er-test-state-provider>`
  );
  const panel = provider.querySelector('er-checks-panel')!;
  await panel.updateComplete;
  const all = (selector: string) => [...panel.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
  const texts = (selector: string) => all(selector).map((el) => el.textContent!.replace(/\s+/g, ' ').trim());
  return {provider, panel, state, all, texts};
}

function idOf(state: EditorState, rule: string): string {
  return checksKey.getState(state)!.findings.find((finding) => finding.rule === rule)!.id;
}

describe('er-checks-panel', () => {
  it('renders the problems grouped by severity, then by rule, with counts', async () => {
    const {texts} = await setup();
    expect(texts('.group__title')).to.deep.equal(['Must fix: 2', 'Should fix: 2', 'Think about: 1']);
    expect(texts('.group__rule')).to.deep.equal(['Difficult words: 2', 'Passive voice: 1', 'Review date: 1', 'Times: 1']);
    expect(texts('.checks-panel__option')).to.deep.equal(['All: 5', 'Must fix: 2', 'Should fix: 2', 'Think about: 1']);
    expect(texts('.item__select')[0]).to.equal('Problem with "utilise". “utilise”');
    expect(texts('.item__select')).to.include('Add a date to review it by. About the whole document');
  });

  it('shows what each line in the text means, drawn in the same style, and says how to move between problems', async () => {
    const {all, texts} = await setup();
    expect(texts('.key__item')).to.deep.equal(['Must fix', 'Should fix', 'Think about']);
    const styles = all('.key__line').map((line) => getComputedStyle(line).borderBottomStyle);
    expect(styles).to.deep.equal(['solid', 'dashed', 'dotted']);
    expect(texts('.checks-panel__hint')[0]).to.contain('arrow keys');
  });

  it('keeps the whole focus ring of a problem inside its item, which paints only what is inside it', async () => {
    const {panel, all} = await setup();
    const first = all('.item__select')[0]!;
    first.focus();
    const item = first.closest('.item')!;
    expect(getComputedStyle(item).contentVisibility).to.equal('auto');
    const style = getComputedStyle(first);
    // The ring is the outline beyond its offset, and the dark shadow round it.
    const ring = Math.max(parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth), 6);
    const button = first.getBoundingClientRect();
    const box = item.getBoundingClientRect();
    expect(button.left - box.left).to.be.at.least(ring);
    expect(box.right - button.right).to.be.at.least(ring);
    expect(button.top - box.top).to.be.at.least(ring);
    await expect(panel).to.be.accessible();
  });

  it('gives no key hint when there is nothing to move between', async () => {
    const {texts, panel} = await setup(stateWith([]));
    expect(texts('.checks-panel__hint')).to.deep.equal([]);
    await expect(panel).to.be.accessible();
  });

  it('shows the first problems of a rule and the rest on "Show more", with focus on the first one it showed', async () => {
    const many = Array.from({length: 25}, (_, i): Finding => ({
      rule: 'long-words', severity: 'warning', message: `Long word ${i + 1}.`, why: 'Because.', block: 1, from: i, to: i + 1, suggestions: [],
    }));
    const {panel, all, texts} = await setup(stateWith(many));
    expect(all('.item__select')).to.have.length(PROBLEMS_SHOWN);
    const more = () => all('.group__more')[0] as HTMLButtonElement | undefined;
    expect(texts('.group__more')).to.deep.equal(['Show 10 more (15 not shown)']);
    more()!.click();
    await panel.updateComplete;
    expect(all('.item__select')).to.have.length(20);
    expect(panel.shadowRoot!.activeElement?.textContent).to.contain('Long word 11.');
    expect(panel.shadowRoot!.activeElement?.getAttribute('tabindex')).to.equal('0');
    more()!.click();
    await panel.updateComplete;
    expect(all('.item__select')).to.have.length(25);
    expect(more()).to.equal(undefined);
    await expect(panel).to.be.accessible();
  });

  it('is accessible', async () => {
    const {panel} = await setup();
    await expect(panel).to.be.accessible();
  });

  it('uses the rule names it is given', async () => {
    const {panel, texts} = await setup();
    panel.ruleNames = {'difficult-words': 'Use everyday words.'};
    await panel.updateComplete;
    expect(texts('.group__rule')[0]).to.equal('Use everyday words: 2');
  });

  it('fires finding-select with the range when a problem is activated', async () => {
    const {panel, all, state} = await setup();
    const event = oneEvent<FindingSelectEvent>(panel, FindingSelectEvent.eventName);
    all('.item__select')[1]!.click();
    const {from, to, finding} = await event;
    expect(finding.id).to.equal(checksKey.getState(state)!.findings.find((f) => f.rule === 'difficult-words' && f.message.includes('leaflet'))!.id);
    expect(state.doc.textBetween(from, to)).to.equal('leaflet');
    const whole = oneEvent<FindingSelectEvent>(panel, FindingSelectEvent.eventName);
    all('.item__select')[3]!.click();
    const documentEvent = await whole;
    expect([documentEvent.inText, documentEvent.from, documentEvent.finding.rule]).to.deep.equal([false, -1, 'review-date']);
  });

  it('can be used with the keyboard alone', async () => {
    const {panel, all, state} = await setup();
    expect(all('.item__select').map((el) => el.tabIndex)).to.deep.equal([0, -1, -1, -1, -1]);
    expect(panel.focusList()).to.equal(true);
    await sendKeys({press: 'ArrowDown'});
    await sendKeys({press: 'ArrowDown'});
    await sendKeys({press: 'ArrowUp'});
    const event = oneEvent<FindingSelectEvent>(panel, FindingSelectEvent.eventName);
    await sendKeys({press: 'Enter'});
    const {from, to} = await event;
    expect(state.doc.textBetween(from, to)).to.equal('leaflet');
    await sendKeys({press: 'End'});
    expect(panel.shadowRoot!.activeElement?.textContent).to.contain('2pm');
    await sendKeys({press: 'Home'});
    await panel.updateComplete;
    expect(all('.item__select').map((el) => el.tabIndex)).to.deep.equal([0, -1, -1, -1, -1]);
    // Tab reaches the current problem's fix.
    const fix = oneEvent<FindingFixEvent>(panel, FindingFixEvent.eventName);
    await sendKeys({press: 'Tab'});
    await sendKeys({press: 'Enter'});
    expect((await fix).id).to.equal(idOf(state, 'difficult-words'));
  });

  it('fires finding-fix and finding-ignore from the buttons', async () => {
    const {panel, all, state} = await setup();
    const fix = oneEvent<FindingFixEvent>(panel, FindingFixEvent.eventName);
    all('.item__button--fix')[0]!.click();
    expect((await fix).index).to.equal(0);
    expect(all('.item__reason'), 'no reasons menu until asked').to.have.length(0);
    const open = all('.item__ignore-open')[0] as HTMLButtonElement;
    open.click();
    await panel.updateComplete;
    expect(open.getAttribute('aria-expanded')).to.equal('true');
    const select = all('.item__reason')[0] as HTMLSelectElement;
    expect(panel.shadowRoot!.activeElement, 'the focus goes to the reasons').to.equal(select);
    expect(all('.item__reason'), 'one menu at a time').to.have.length(1);
    await expect(panel).to.be.accessible();
    select.value = 'clinical-term';
    select.dispatchEvent(new Event('change'));
    await panel.updateComplete;
    const ignore = oneEvent<FindingIgnoreEvent>(panel, FindingIgnoreEvent.eventName);
    all('.item__ignore .item__button')[0]!.click();
    const {id, reason} = await ignore;
    expect([id, reason]).to.deep.equal([idOf(state, 'difficult-words'), 'clinical-term']);
  });

  it('filters by severity', async () => {
    const {panel, all, texts} = await setup();
    (all('.checks-panel__option input')[3] as HTMLInputElement).click();
    await panel.updateComplete;
    expect(texts('.group__title')).to.deep.equal(['Think about: 1']);
    expect(all('.item__select').map((el) => el.tabIndex)).to.deep.equal([0]);
  });

  it('lists ignored problems with who, when and why, and fires ignore-reopen', async () => {
    const ignore: IgnoredFinding = {
      rule: 'times', sentence: 'Come at 2pm.', text: '2pm', reason: 'checked-with-readers', by: 'Sam', at: '2026-05-03T10:00:00.000Z',
    };
    const {panel, all, texts} = await setup(stateWith(findings, [ignore]));
    expect(texts('.ignored__summary')).to.deep.equal(['Ignored: 1']);
    expect(texts('.group__title')).to.not.include('Think about: 1');
    expect(texts('.item__who')).to.deep.equal(['Ignored by Sam on 3 May 2026: Our readers checked it and understood it.']);
    const event = oneEvent<IgnoreReopenEvent>(panel, IgnoreReopenEvent.eventName);
    all('.item--ignored .item__button')[0]!.click();
    expect((await event).ignore).to.deep.equal(ignore);
    await expect(panel).to.be.accessible();
  });

  it('keeps the last checked list while a check is pending, and selects a problem where it is now', async () => {
    const {provider, panel, state, all, texts} = await setup();
    const quotes = texts('.item__text');
    const edited = state.apply(state.tr.insertText('Oh. ', state.doc.firstChild!.nodeSize + 1));
    expect(checksKey.getState(edited)!.checkedDoc, 'the check is still to come').to.not.equal(edited.doc);
    provider.state = edited;
    await provider.updateComplete;
    await panel.updateComplete;
    expect(texts('.item__text')).to.deep.equal(quotes);
    const event = oneEvent<FindingSelectEvent>(panel, FindingSelectEvent.eventName);
    all('.item__select')[0]!.click();
    const {from, to} = await event;
    expect(edited.doc.textBetween(from, to)).to.equal('utilise');
  });

  it('updates when the editor state changes', async () => {
    const {provider, panel, texts} = await setup();
    provider.state = stateWith([]);
    await provider.updateComplete;
    await panel.updateComplete;
    expect(texts('.checks-panel__status')).to.deep.equal(['No problems found.']);
    expect(texts('.group__title')).to.deep.equal([]);
  });
});
