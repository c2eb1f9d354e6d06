import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {undo} from 'prosemirror-history';
import {TextSelection} from 'prosemirror-state';
import {schema} from '../../document/schema.js';
import {applySuggestion, ignoreFinding, nextFinding, previousFinding, reopenIgnored, runChecks, selectFinding} from './checks-plugin.js';
import {checks, covered, doc, edit, find, run, setup, textOf, wordChecker} from './checks-test-support.js';

describe('checks commands', () => {
  it('selects a finding, and moves to the next and previous one, wrapping round', () => {
    const state = setup(doc('We utilise it.', 'They utilise that.'));
    const [first, second] = checks(state).findings;
    const selected = run(state, selectFinding(first!.id));
    assert.deepEqual([selected.selection.from, selected.selection.to], [first!.from, first!.to]);
    const next = run(selected, nextFinding);
    assert.equal(next.selection.from, second!.from);
    assert.equal(run(next, nextFinding).selection.from, first!.from, 'wraps to the first');
    assert.equal(run(selected, previousFinding).selection.from, second!.from, 'wraps to the last');
  });

  it('applies a suggestion in one transaction that undo reverts', () => {
    const state = setup(doc('We utilise it.'));
    const [finding] = checks(state).findings;
    const fixed = run(state, applySuggestion(finding!.id, 0));
    assert.equal(textOf(fixed), 'Title|We use it.');
    assert.deepEqual(checks(fixed).findings, [], 'the finding goes at once');
    assert.equal(fixed.selection.from, find(fixed, 'use') + 3, 'the cursor is after the new text');
    const undone = run(fixed, undo);
    assert.equal(textOf(undone), 'Title|We utilise it.');
  });

  it('turns a replacement with bullet lines into a list', () => {
    const sentence = 'Bring a towel, soap and a comb.';
    const state = setup(doc(`Hello. ${sentence} Thanks.`), wordChecker(sentence, 'Bring:\n• a towel\n• soap\n• a comb.'));
    const fixed = run(state, applySuggestion(checks(state).findings[0]!.id, 0));
    const types: string[] = [];
    fixed.doc.forEach((node) => types.push(node.type.name));
    assert.deepEqual(types, ['title', 'paragraph', 'bullet_list', 'paragraph']);
    assert.equal(textOf(fixed), 'Title|Hello. Bring:|a towel|soap|a comb.|Thanks.');
    assert.equal(textOf(run(fixed, undo)), `Title|Hello. ${sentence} Thanks.`);
  });

  it('splits a replacement with plain lines into paragraphs', () => {
    const state = setup(doc('Take it and rest.'), wordChecker('Take it and rest', 'Take it.\nRest'));
    const fixed = run(state, applySuggestion(checks(state).findings[0]!.id, 0));
    assert.equal(textOf(fixed), 'Title|Take it.|Rest.');
  });

  it('keeps the lines in one block where paragraphs are not allowed', () => {
    const node = schema.node('doc', null, [schema.node('title', null, schema.text('Going to hospital'))]);
    const state = setup(node, wordChecker('Going to hospital', 'Going\nto hospital'));
    const fixed = run(state, applySuggestion(checks(state).findings[0]!.id, 0));
    assert.equal(textOf(fixed), 'Going to hospital');
    assert.equal(fixed.doc.childCount, 1);
  });

  it('ignores a finding by adding it to the document, undoably', () => {
    const state = setup(doc('We utilise it. Then rest.'));
    const [finding] = checks(state).findings;
    const ignored = run(state, ignoreFinding(finding!.id, 'clinical-term', 'Sam'));
    const [ignore] = ignored.doc.attrs['ignores'] as {rule: string; sentence: string; text: string; by: string}[];
    assert.deepEqual(
      {rule: ignore!.rule, sentence: ignore!.sentence, text: ignore!.text, by: ignore!.by},
      {rule: 'difficult-words', sentence: 'We utilise it.', text: 'utilise', by: 'Sam'}
    );
    assert.deepEqual(checks(ignored).findings, [], 'the finding goes at once');
    assert.equal(checks(ignored).decorations.find().length, 0);
    const rechecked = ignored.apply(runChecks(ignored));
    assert.deepEqual(checks(rechecked).findings, []);
    assert.deepEqual(checks(rechecked).ignored.map((entry) => entry.ignore.reason), ['clinical-term']);
    const undone = run(rechecked, undo);
    assert.deepEqual(undone.doc.attrs['ignores'], []);
    assert.deepEqual(covered(undone), ['utilise'], 'the finding is back after undo');
  });

  it('brings an ignored finding back when its sentence changes, not when another does', () => {
    const state = setup(doc('We utilise it. Then rest.'));
    const ignored = run(state, ignoreFinding(checks(state).findings[0]!.id, 'false-positive', 'Sam'));
    const otherSentence = edit(ignored, (tr) => tr.insertText(' well', find(ignored, 'rest') + 4));
    assert.deepEqual(covered(otherSentence), []);
    const sameSentence = edit(otherSentence, (tr) => tr.insertText(' often', find(otherSentence, 'it.') + 2));
    assert.deepEqual(covered(sameSentence), ['utilise']);
    assert.deepEqual(checks(sameSentence).ignored, []);
  });

  it('shows an ignored finding again with reopenIgnored', () => {
    const state = setup(doc('We utilise it.'));
    const ignoring = run(state, ignoreFinding(checks(state).findings[0]!.id, 'false-positive', 'Sam'));
    const ignored = ignoring.apply(runChecks(ignoring));
    const [entry] = checks(ignored).ignored;
    const reopened = run(ignored, reopenIgnored(entry!.ignore));
    assert.deepEqual(reopened.doc.attrs['ignores'], []);
    assert.deepEqual(covered(reopened), ['utilise']);
    assert.equal(checks(reopened).decorations.find().length, 1);
  });

  it('does not apply to a finding that no longer exists', () => {
    const state = setup(doc('We utilise it.'));
    assert.equal(applySuggestion('nope', 0)(state), false);
    assert.equal(applySuggestion(checks(state).findings[0]!.id, 5)(state), false);
    assert.equal(ignoreFinding('nope', 'false-positive', 'Sam')(state), false);
    const moved = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 1)));
    assert.equal(nextFinding(setup(doc('Nothing here.'))), false);
    assert.ok(nextFinding(moved));
  });
});
