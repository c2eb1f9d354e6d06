import {expect} from '@open-wc/testing';
import {EditorState, type Transaction} from 'prosemirror-state';
import {EditorView} from 'prosemirror-view';
import {createChecker} from '../../checks/checker.js';
import type {CheckInput} from '../../checks/types.js';
import {schema} from '../../document/schema.js';
import {documentBlocks} from '../../document/text-blocks.js';
import {checksKey, checksPlugin, type ChecksChecker, type ChecksMeta} from './checks-plugin.js';

/** The checks plugin's view: a long new text is checked in slices, one task each. */

const paragraphs = [
  'You will utilise the ward.',
  'Arrive 15 minutes early.',
  'The nurse will see you.',
  'Bring your tablets with you.',
  'We will phone you after.',
  'Ask us if you are worried.',
];

function setup(sliceCharacters: number) {
  const doc = schema.node('doc', null, [
    schema.node('title', null, schema.text('Your visit')),
    ...paragraphs.map((text) => schema.node('paragraph', null, schema.text(text))),
  ]);
  const engine = createChecker();
  const calls: string[][] = [];
  const checker: ChecksChecker = {
    check(input: CheckInput) {
      calls.push(input.blocks.map((block) => block.text));
      return engine.check(input);
    },
  };
  let resolveResult: (state: EditorState) => void;
  const result = new Promise<EditorState>((resolve) => (resolveResult = resolve));
  const place = document.createElement('div');
  document.body.append(place);
  const view: EditorView = new EditorView(place, {
    state: EditorState.create({doc, plugins: [checksPlugin({checker, sliceCharacters})]}),
    dispatchTransaction(tr: Transaction) {
      view.updateState(view.state.apply(tr));
      if ((tr.getMeta(checksKey) as ChecksMeta | undefined)?.type === 'result') resolveResult(view.state);
    },
  });
  return {doc, calls, result, view, remove: () => (view.destroy(), place.remove())};
}

describe('checks view', () => {
  it('checks a long new text in slices, one per task, then shows the full result', async () => {
    const {doc, calls, result, remove} = setup(40);
    await Promise.resolve();
    expect(calls, 'one slice in the first task').to.have.length(1);
    const state = await result;
    const all = ['Your visit', ...paragraphs];
    expect(calls.at(-1), 'the last check has every block').to.deep.equal(all);
    const seen = new Set<string>();
    for (const call of calls.slice(0, -1)) {
      const fresh = call.filter((text) => !seen.has(text));
      expect(fresh.join('').length, `slice ${fresh.join(' | ')}`).to.be.above(40).and.at.most(40 + 30);
      for (const text of call) seen.add(text);
    }
    expect(calls.length).to.be.above(2);
    const whole = createChecker().check(documentBlocks(doc).input);
    expect(checksKey.getState(state)!.findings.map((f) => f.rule)).to.have.members(whole.findings.map((f) => f.rule));
    remove();
  });

  it('after a full check, checks a small edit at once and a long paste in slices of the new text only', async () => {
    const {calls, view, remove} = setup(40);
    const results = () =>
      new Promise<void>((resolve) => {
        const dispatch = view.dispatch.bind(view);
        view.dispatch = (tr: Transaction) => {
          dispatch(tr);
          if ((tr.getMeta(checksKey) as ChecksMeta | undefined)?.type === 'result') (view.dispatch = dispatch), resolve();
        };
      });
    await results();
    calls.length = 0;
    view.dispatch(view.state.tr.insertText('!', view.state.doc.content.size - 2));
    await results();
    expect(calls, 'one full check for one letter').to.have.length(1);
    calls.length = 0;
    const pasted = ['Take one tablet in the morning.', 'Drink a glass of water with it.', 'Phone us if you feel unwell.'];
    const end = view.state.doc.content.size;
    view.dispatch(view.state.tr.insert(end, pasted.map((text) => schema.node('paragraph', null, schema.text(text)))));
    await results();
    expect(calls.length, 'slices, then the full check').to.be.above(1);
    const before = new Set([...paragraphs.slice(0, -1), 'Ask us if you are worried!.', 'Your visit']);
    const fresh = calls[0]!.filter((text) => !before.has(text));
    expect(fresh, 'the first slice holds new text only past what was checked').to.deep.equal(pasted.slice(0, 2));
    remove();
  });

  it('checks a short text at once', async () => {
    const {calls, result, remove} = setup(5000);
    await result;
    expect(calls).to.have.length(1);
    remove();
  });
});
