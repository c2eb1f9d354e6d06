import {expect, fixture, html, nextFrame} from '@open-wc/testing';
import {resetMouse, sendKeys, sendMouse} from '@web/test-runner-commands';
import {history, undo} from 'prosemirror-history';
import {keymap} from 'prosemirror-keymap';
import type {Node as PMNode} from 'prosemirror-model';
import {EditorState, TextSelection} from 'prosemirror-state';
import {EditorView} from 'prosemirror-view';
import type {CheckInput, CheckResult, Finding, Scores} from '../../checks/types.js';
import {schema} from '../../document/schema.js';
import {checksKeymap} from './checks-commands.js';
import {checksKey, checksPlugin, type ChecksChecker} from './checks-plugin.js';
import {checksDecorationStyles} from './checks-plugin.styles.js';
import {findingPopover} from './finding-popover.js';
import {findingPopoverStyles} from './finding-popover.styles.js';

const scores: Scores = {
  words: 3, sentences: 1, syllables: 4, polysyllables: 0, fleschReadingEase: 90, fleschKincaidGrade: 1,
  smog: 3, readingAge: 6, averageSentenceLength: 3, hardWordShare: 0, meetsTarget: false, verdict: 'Not enough text yet',
};

/** Flags each "utilise" as a "should fix" problem with one fix. */
const checker: ChecksChecker = {
  check(input: CheckInput): CheckResult {
    const findings: Finding[] = [];
    input.blocks.forEach((block, index) => {
      for (const match of block.text.matchAll(/utilise/g)) {
        findings.push({
          rule: 'difficult-words', severity: 'warning', message: 'Use an everyday word.', why: 'Easy read guidance: use words people know.',
          block: index, from: match.index, to: match.index + 7, suggestions: [{label: 'Change to "use"', replacement: 'use'}],
        });
      }
    });
    return {findings, ignored: [], scores: {document: scores, sections: [scores], rows: []}};
  },
};

interface Harness {
  readonly view: EditorView;
  readonly root: ShadowRoot;
  popover(): HTMLElement;
  underline(): HTMLElement | null;
  text(): string;
}

let mounted: EditorView | undefined;

afterEach(() => {
  mounted?.destroy();
  mounted = undefined;
});

function doc(...paragraphs: string[]): PMNode {
  return schema.node('doc', null, [
    schema.node('title', null, schema.text('Going to hospital')),
    ...paragraphs.map((text) => schema.node('paragraph', null, schema.text(text))),
  ]);
}

/** Mounts a bare editor with the checks, the popover and undo in a shadow root, as `<er-editor>` does. */
async function setup(...paragraphs: string[]): Promise<Harness> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const root = host.attachShadow({mode: 'open'});
  root.innerHTML = `<style>${checksDecorationStyles.cssText}${findingPopoverStyles.cssText}</style><div class="mount"></div>`;
  const state = EditorState.create({
    schema,
    doc: doc(...paragraphs),
    plugins: [history(), keymap({'Mod-z': undo}), checksKeymap, checksPlugin({checker}), findingPopover({userName: () => 'Sam'})],
  });
  const view = new EditorView(root.querySelector('.mount')!, {
    state,
    attributes: {role: 'textbox', 'aria-multiline': 'true', 'aria-label': 'Document text'},
  });
  mounted = view;
  await nextFrame(); // the first check runs in a microtask after the view starts
  return {
    view,
    root,
    popover: () => root.querySelector<HTMLElement>('.er-finding-popover')!,
    underline: () => root.querySelector<HTMLElement>('.er-issue'),
    text: () => view.state.doc.textBetween(0, view.state.doc.content.size, '|'),
  };
}

/** Presses `key` while holding `modifier` (the Chrome launcher's `press` takes no "A+B" chords). */
async function chord(modifier: 'Control' | 'Alt' | 'Shift', key: string): Promise<void> {
  await sendKeys({down: modifier});
  await sendKeys({press: key});
  await sendKeys({up: modifier});
}

/** Puts the caret just before the first problem, with the editor focused. */
function caretBeforeProblem({view}: Harness): void {
  const [finding] = checksKey.getState(view.state)!.findings;
  view.focus();
  view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, finding!.from - 1)));
}

describe('findingPopover', () => {
  it('underlines a problem with its severity, rule and id', async () => {
    const harness = await setup('We utilise it.');
    const underline = harness.underline();
    expect(underline?.textContent).to.equal('utilise');
    expect(underline?.classList.contains('er-issue--warning')).to.equal(true);
    expect(underline?.dataset['rule']).to.equal('difficult-words');
    expect(underline?.dataset['finding']).to.equal(checksKey.getState(harness.view.state)!.findings[0]!.id);
    expect(getComputedStyle(underline!).textDecorationStyle).to.equal('dashed');
    expect(harness.popover().hidden).to.equal(true);
  });

  it('opens when the caret moves into a problem, without taking focus', async () => {
    const harness = await setup('We utilise it.');
    caretBeforeProblem(harness);
    expect(harness.popover().hidden).to.equal(true);
    await sendKeys({press: 'ArrowRight'});
    await nextFrame();
    const popover = harness.popover();
    expect(popover.hidden).to.equal(false);
    expect(popover.getAttribute('role')).to.equal('dialog');
    expect(popover.textContent).to.contain('Use an everyday word.');
    expect(popover.textContent).to.contain('Easy read guidance');
    expect([...popover.querySelectorAll('button')].map((b) => b.textContent?.trim())).to.include('Change to "use"');
    expect(harness.root.activeElement).to.equal(harness.view.dom);
  });

  it('is accessible when open', async () => {
    const harness = await setup('We utilise it.');
    caretBeforeProblem(harness);
    await sendKeys({press: 'ArrowRight'});
    await nextFrame();
    await expect(harness.root.host).to.be.accessible();
  });

  it('takes focus with Mod-. and gives it back to the text on Escape', async () => {
    const harness = await setup('We utilise it.');
    caretBeforeProblem(harness);
    await sendKeys({press: 'ArrowRight'});
    await chord('Control', '.');
    expect(harness.root.activeElement?.textContent?.trim()).to.equal('Change to "use"');
    await sendKeys({press: 'Escape'});
    expect(harness.popover().hidden).to.equal(true);
    expect(harness.root.activeElement).to.equal(harness.view.dom);
  });

  it('applies a fix from the keyboard, and undo brings the text back', async () => {
    const harness = await setup('We utilise it.');
    caretBeforeProblem(harness);
    await sendKeys({press: 'ArrowRight'});
    await chord('Control', '.');
    await sendKeys({press: 'Enter'});
    await nextFrame();
    expect(harness.text()).to.equal('Going to hospital|We use it.');
    expect(harness.underline()).to.equal(null);
    expect(harness.popover().hidden).to.equal(true);
    expect(harness.root.activeElement).to.equal(harness.view.dom);
    await chord('Control', 'z');
    await nextFrame();
    expect(harness.text()).to.equal('Going to hospital|We utilise it.');
    expect(harness.underline()?.textContent).to.equal('utilise');
  });

  it('ignores a problem with a reason, recording who', async () => {
    const harness = await setup('We utilise it.');
    caretBeforeProblem(harness);
    await sendKeys({press: 'ArrowRight'});
    await chord('Alt', 'Enter');
    harness.popover().querySelector('summary')!.click();
    const reason = [...harness.popover().querySelectorAll('button')].find((b) => b.textContent?.includes('medical word'));
    reason!.click();
    await nextFrame();
    const ignores = harness.view.state.doc.attrs['ignores'] as {reason: string; by: string}[];
    expect(ignores.map((i) => [i.reason, i.by])).to.deep.equal([['clinical-term', 'Sam']]);
    expect(harness.underline()).to.equal(null);
  });

  it('opens when the pointer rests on an underline', async () => {
    const harness = await setup('We utilise it.');
    harness.underline()!.dispatchEvent(new MouseEvent('mouseover', {bubbles: true}));
    expect(harness.popover().hidden).to.equal(false);
    expect(harness.popover().textContent).to.contain('Use an everyday word.');
  });

  it('stays closed when the text moves under a pointer at rest, and opens once the pointer moves', async () => {
    const harness = await setup('We utilise it.');
    const at = (x: number) => ({bubbles: true, screenX: x, screenY: 200});
    harness.view.dom.dispatchEvent(new MouseEvent('mousemove', at(100)));
    harness.underline()!.dispatchEvent(new MouseEvent('mouseover', at(100)));
    expect(harness.popover().hidden, 'the pointer did not move').to.equal(true);
    harness.underline()!.dispatchEvent(new MouseEvent('mouseover', at(104)));
    expect(harness.popover().hidden, 'the pointer moved onto the underline').to.equal(false);
    await expect(harness.popover()).to.be.accessible();
  });

  it('opens when a real pointer moves from the text onto an underline', async () => {
    const harness = await setup('We utilise it.');
    const text = harness.view.dom.querySelector('p')!.getBoundingClientRect();
    const word = harness.underline()!.getBoundingClientRect();
    try {
      await sendMouse({type: 'move', position: [Math.round(text.left + 2), Math.round(text.top + text.height / 2)]});
      expect(harness.popover().hidden).to.equal(true);
      await sendMouse({type: 'move', position: [Math.round(word.left + word.width / 2), Math.round(word.top + word.height / 2)]});
      expect(harness.popover().hidden).to.equal(false);
    } finally {
      await resetMouse();
    }
  });

  it('stays by its problem while the user types: measured again only when text before it changes', async () => {
    const harness = await setup('We utilise it.');
    const {view} = harness;
    harness.underline()!.dispatchEvent(new MouseEvent('mouseover', {bubbles: true}));
    const left = () => harness.popover().getBoundingClientRect().left;
    const opened = left();
    let measured = 0;
    const coordsAtPos = view.coordsAtPos.bind(view);
    view.coordsAtPos = (pos, side) => (measured++, coordsAtPos(pos, side));
    const end = view.state.doc.content.size - 1;
    view.dispatch(view.state.tr.insertText(' Then rest.', end));
    expect(harness.popover().hidden, 'still open after typing after the problem').to.equal(false);
    expect(measured, 'not measured for typing after it').to.equal(0);
    expect(left()).to.equal(opened);
    const start = view.state.doc.child(0).nodeSize + 1;
    view.dispatch(view.state.tr.insertText('Today ', start));
    expect(measured, 'measured again for typing before it').to.be.greaterThan(0);
    expect(left(), 'moved along with its words').to.be.greaterThan(opened);
    expect(harness.popover().textContent).to.contain('Use an everyday word.');
  });

  it('moves between problems with F8 and Shift-F8', async () => {
    const harness = await setup('We utilise it.', 'They utilise that.');
    const [first, second] = checksKey.getState(harness.view.state)!.findings;
    harness.view.focus();
    await sendKeys({press: 'F8'});
    expect([harness.view.state.selection.from, harness.view.state.selection.to]).to.deep.equal([first!.from, first!.to]);
    await sendKeys({press: 'F8'});
    expect(harness.view.state.selection.from).to.equal(second!.from);
    await chord('Shift', 'F8');
    expect(harness.view.state.selection.from).to.equal(first!.from);
    expect(harness.popover().hidden).to.equal(false);
  });
});
