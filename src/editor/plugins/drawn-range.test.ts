import {expect} from '@open-wc/testing';
import {EditorState, type Transaction} from 'prosemirror-state';
import {EditorView} from 'prosemirror-view';
import {createChecker} from '../../checks/checker.js';
import {schema} from '../../document/schema.js';
import {checksKey, checksPlugin, type ChecksMeta} from './checks-plugin.js';

/** A long document in a real page: only what is on screen (and a margin) is underlined. */

const LINES = 600;

function setup() {
  const doc = schema.node('doc', null, [
    schema.node('title', null, schema.text('Your visit')),
    ...Array.from({length: LINES}, (_, i) => schema.node('paragraph', null, schema.text(`Line ${i + 1}: you will utilise the ward.`))),
  ]);
  const metas: ChecksMeta['type'][] = [];
  let waiting: {type: ChecksMeta['type']; resolve: () => void} | undefined;
  const place = document.createElement('div');
  document.body.append(place);
  const view: EditorView = new EditorView(place, {
    state: EditorState.create({doc, plugins: [checksPlugin({checker: createChecker()})]}),
    dispatchTransaction(tr: Transaction) {
      view.updateState(view.state.apply(tr));
      const type = (tr.getMeta(checksKey) as ChecksMeta | undefined)?.type;
      if (type) metas.push(type);
      if (type && waiting?.type === type) waiting.resolve();
    },
  });
  /** Resolves at the next transaction with a checks meta of `type`. */
  const next = (type: ChecksMeta['type']) => new Promise<void>((resolve) => (waiting = {type, resolve}));
  const underlined = (line: number) => view.dom.children[line]!.querySelector('.er-issue[data-rule="difficult-words"]') !== null;
  return {view, metas, next, underlined, remove: () => (view.destroy(), place.remove())};
}

describe('checks drawn range', () => {
  it('underlines what is on screen, not the far end, and lists every problem', async () => {
    const {view, next, underlined, remove} = setup();
    try {
      await next('result');
      const checks = checksKey.getState(view.state)!;
      expect(checks.findings.filter((finding) => finding.rule === 'difficult-words')).to.have.length(LINES);
      expect(underlined(1), 'the first line').to.equal(true);
      expect(underlined(LINES), 'the last line').to.equal(false);
      expect(checks.drawn).to.not.equal(null);
      expect(view.dom.querySelectorAll('.er-issue').length).to.be.below(LINES);
    } finally {
      remove();
    }
  });

  it('underlines the end once it is scrolled to', async () => {
    const {view, next, underlined, remove} = setup();
    try {
      await next('result');
      const drawn = next('drawn');
      view.dom.children[LINES]!.scrollIntoView();
      await drawn;
      expect(underlined(LINES), 'the last line').to.equal(true);
      expect(underlined(1), 'the first line, now far off screen').to.equal(false);
    } finally {
      remove();
      window.scrollTo(0, 0);
    }
  });

  it('draws every problem while the editor is not laid out', async () => {
    const {view, next, underlined, remove} = setup();
    try {
      view.dom.parentElement!.hidden = true;
      await next('result');
      expect(checksKey.getState(view.state)!.drawn).to.equal(null);
      expect(underlined(LINES)).to.equal(true);
    } finally {
      remove();
    }
  });
});
