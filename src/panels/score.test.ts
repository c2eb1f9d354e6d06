import {expect, fixture, html} from '@open-wc/testing';
import {EditorState} from 'prosemirror-state';
import type {Scores} from '../checks/types.js';
import {schema} from '../document/schema.js';
import {checksPlugin, runChecks, type ChecksChecker} from '../editor/plugins/checks-plugin.js';
import '../../test/state-provider.js';
import type {TestStateProvider} from '../../test/state-provider.js';
import './score.js';
import type {Score} from './score.js';

const easy: Scores = {
  words: 40, sentences: 5, syllables: 50, polysyllables: 1, fleschReadingEase: 88.4, fleschKincaidGrade: 2.6,
  smog: 4.2, readingAge: 7.6, averageSentenceLength: 8, hardWordShare: 0.025, meetsTarget: true, verdict: 'Easy to read',
};
const hard: Scores = {
  ...easy, fleschReadingEase: 52, fleschKincaidGrade: 6.3, smog: 9.1, readingAge: 11.3, meetsTarget: false, verdict: 'Hard to read',
};
const short: Scores = {...easy, words: 3, sentences: 1, meetsTarget: false, verdict: 'Not enough text yet'};

/** A state whose last check gave `document` for the whole text and `sections` for its parts. */
function stateWith(document: Scores, sections: readonly Scores[] = [], body = 'Some text.'): EditorState {
  const checker: ChecksChecker = {check: () => ({findings: [], ignored: [], scores: {document, sections, rows: []}})};
  const doc = schema.node('doc', null, [
    schema.node('title', null, schema.text('Going to hospital')),
    schema.node('paragraph', null, schema.text(body)),
    schema.node('heading', {level: 2}, schema.text('On the day')),
    schema.node('paragraph', null, schema.text('More text.')),
  ]);
  const state = EditorState.create({schema, doc, plugins: [checksPlugin({checker})]});
  return state.apply(runChecks(state));
}

async function setup(state: EditorState) {
  const provider = await fixture<TestStateProvider>(html`<er-test-state-provider .state=${state}><er-score></er-score></er-test-state-provider>`);
  const score = provider.querySelector<Score>('er-score')!;
  await score.updateComplete;
  const text = (selector: string) => score.shadowRoot!.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
  return {provider, score, text};
}

async function show(provider: TestStateProvider, score: Score, state: EditorState): Promise<void> {
  provider.state = state;
  await provider.updateComplete;
  await score.updateComplete;
}

describe('er-score', () => {
  it('renders the reading age, a plain verdict, the counts and the target', async () => {
    const {text} = await setup(stateWith(easy));
    expect(text('.score__summary')).to.equal('Reading age 8. Easy to read.');
    expect(text('.score__counts')).to.equal('40 words in 5 sentences.');
    expect(text('.score__target')).to.equal('Target: reading age 9 or under (easy read).');
  });

  it('is accessible', async () => {
    const {score} = await setup(stateWith(easy, [easy, hard]));
    score.shadowRoot!.querySelector('details')!.open = true;
    await expect(score).to.be.accessible();
  });

  it('announces the verdict politely, and changes it when the state changes', async () => {
    const {provider, score, text} = await setup(stateWith(easy));
    const live = score.shadowRoot!.querySelector('[aria-live]')!;
    expect(live.getAttribute('aria-live')).to.equal('polite');
    await show(provider, score, stateWith(hard));
    expect(text('.score__summary')).to.equal('Reading age 12. Hard to read.');
    await show(provider, score, stateWith(short));
    expect(text('.score__summary')).to.equal('Not enough text yet to give a reading age.');
  });

  it('does not touch the announcement when the verdict is unchanged', async () => {
    const {provider, score, text} = await setup(stateWith(easy));
    const live = score.shadowRoot!.querySelector('[aria-live]')!;
    const observer = new MutationObserver(() => undefined);
    observer.observe(live, {childList: true, characterData: true, subtree: true});
    await show(provider, score, stateWith({...easy, words: 41}, [], 'Some more text.'));
    expect(observer.takeRecords()).to.deep.equal([]);
    expect(text('.score__counts')).to.equal('41 words in 5 sentences.');
    observer.disconnect();
  });

  it('shows the figures and each section in the details', async () => {
    const {score, text} = await setup(stateWith(easy, [easy, hard]));
    const figures = [...score.shadowRoot!.querySelectorAll('.score__figure')].map((el) => el.textContent!.replace(/\s+/g, ' ').trim());
    expect(figures).to.deep.equal([
      'Flesch Reading Ease 88 out of 100 (higher is easier)',
      'Flesch–Kincaid grade 2.6 (a US school year)',
      'SMOG 4.2 (years of school needed)',
      'Average sentence length 8.0 words',
      'Hard words 3% (long words that are not on the list of everyday words)',
    ]);
    const rows = [...score.shadowRoot!.querySelectorAll('tbody tr')].map((row) => row.textContent!.replace(/\s+/g, ' ').trim());
    expect(rows).to.deep.equal(['Before the first heading 8 40 Easy to read', 'On the day 12 40 Hard to read']);
    expect(text('.score__more')).to.equal('More about the score');
  });
});
