import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {history} from 'prosemirror-history';
import {EditorState, TextSelection} from 'prosemirror-state';
import {createChecker} from '../../checks/checker.js';
import {finding, type BlockRule} from '../../checks/rule.js';
import type {CheckResult, Finding} from '../../checks/types.js';
import {schema} from '../../document/schema.js';
import {checksKey, checksPlugin, ignoreFinding, reopenIgnored, runChecks, selectFinding} from './checks-plugin.js';
import {checks, covered, doc, drawnRange, edit, find, fixedChecker, run, setup, wordChecker} from './checks-test-support.js';

describe('checksPlugin', () => {
  it('starts with no findings and no scores', () => {
    const state = EditorState.create({schema, doc: doc('We utilise it.'), plugins: [checksPlugin({checker: wordChecker()})]});
    assert.deepEqual(checks(state).findings, []);
    assert.equal(checks(state).scores, null);
    assert.equal(checks(state).readingAgeTarget, 9);
  });

  it('stores a result with document positions and decorates each finding', () => {
    const state = setup(doc('We utilise it.', 'They utilise that.'));
    const value = checks(state);
    assert.deepEqual(covered(state), ['utilise', 'utilise']);
    assert.equal(value.scores?.document.verdict, 'Easy to read');
    assert.equal(value.checkedDoc, state.doc);
    const decorations = value.decorations.find();
    assert.equal(decorations.length, 2);
    assert.deepEqual(
      decorations.map((d) => [d.from, d.to, d.spec.findingId]),
      value.findings.map((f) => [f.from, f.to, f.id])
    );
    assert.notEqual(value.findings[0]!.id, value.findings[1]!.id);
  });

  it('keeps result transactions out of the undo history', () => {
    const state = EditorState.create({schema, doc: doc('We utilise it.'), plugins: [checksPlugin({checker: wordChecker()})]});
    assert.equal(runChecks(state).getMeta('addToHistory'), false);
  });

  it('maps findings and decorations through an edit elsewhere', () => {
    const state = setup(doc('First line.', 'We utilise it.'));
    const next = state.apply(state.tr.insertText('Very ', find(state, 'First')));
    assert.deepEqual(covered(next), ['utilise']);
    const [decoration] = checks(next).decorations.find();
    assert.equal(next.doc.textBetween(decoration!.from, decoration!.to), 'utilise');
    assert.notEqual(checks(next).checkedDoc, next.doc, 'the result is stale until the next check');
  });

  it('maps findings through edits of several steps: those before the first change stay as they are', () => {
    const state = setup(doc('We utilise it.', 'They utilise that.', 'You utilise this.'));
    const [first, second, third] = checks(state).findings;
    // Two steps: the second changes an earlier place than the first, in its own positions.
    const next = state.apply(state.tr.insertText('Now ', find(state, 'You')).insertText('So ', find(state, 'They')));
    assert.deepEqual(covered(next), ['utilise', 'utilise', 'utilise']);
    const [kept, shifted, shiftedTwice] = checks(next).findings;
    assert.equal(kept, first, 'the finding before both edits is the same object');
    assert.equal(shifted!.from, second!.from + 3);
    assert.equal(shiftedTwice!.from, third!.from + 7);
    const attrs = next.apply(next.tr.setNodeAttribute(0, 'id', 'renamed'));
    assert.deepEqual(checks(attrs).findings, checks(next).findings, 'an attribute change moves nothing');
  });

  it('drops a finding whose text is deleted, before the next check', () => {
    const state = setup(doc('We utilise it.'));
    const from = find(state, 'utilise');
    const next = state.apply(state.tr.delete(from, from + 'utilise'.length));
    assert.deepEqual(checks(next).findings, []);
    assert.equal(checks(next).decorations.find().length, 0);
  });

  it('rebuilds only the decorations of the block whose findings changed', () => {
    const state = setup(doc('We utilise it.', 'You utilise this.', 'They utilise that.'));
    assert.equal(checks(state).rebuiltBlocks, 3);
    // An edit in the first block moves every later finding, and the underlines with them: nothing is redrawn.
    const moved = edit(state, (tr) => tr.insertText('Now ', find(state, 'We')));
    assert.equal(checks(moved).rebuiltBlocks, 0);
    assert.deepEqual(
      checks(moved).findings.map((finding) => finding.id),
      checks(state).findings.map((finding) => finding.id),
      'findings that only moved keep their ids'
    );
    // A new finding in the second block: only that block is redrawn.
    const added = edit(moved, (tr) => tr.insertText(' We utilise more', find(moved, 'this') + 4));
    assert.equal(checks(added).rebuiltBlocks, 1);
    // A result with nothing new redraws nothing.
    assert.equal(checks(added.apply(runChecks(added))).rebuiltBlocks, 0);
    assert.deepEqual(covered(added), ['utilise', 'utilise', 'utilise', 'utilise']);
    assert.equal(checks(added).decorations.find().length, 4);
  });

  it('re-checks only the edited block with the real engine', () => {
    const seen: string[] = [];
    const counting: BlockRule = {
      id: 'counting-test',
      description: 'Flags "utilise" and records each block it checks.',
      scope: 'block',
      defaults: {'easy-read': {enabled: true}, plain: {enabled: true}},
      check({block}) {
        seen.push(block.text);
        const at = block.text.indexOf('utilise');
        return at < 0 ? [] : [finding('counting-test', 'warning', at, at + 7, 'Say "use".', 'Plain words.')];
      },
    };
    const state = setup(doc('We utilise it.', 'You utilise this.'), createChecker({rules: [counting]}));
    assert.deepEqual(seen, ['Title', 'We utilise it.', 'You utilise this.']);
    seen.length = 0;
    const edited = edit(state, (tr) => tr.insertText('!', find(state, 'this') + 4));
    assert.deepEqual(seen, ['You utilise this!.']);
    assert.equal(checks(edited).rebuiltBlocks, 0, 'the edited block still has its one underline where it was');
    assert.deepEqual(covered(edited), ['utilise', 'utilise']);
  });

  it('keeps the underline of a sentence that grows as the author types on at its end, with no redraw', () => {
    const long = 'You should bring your letter and your medicines and a drink and a snack and a book to read';
    let state = setup(doc(long), createChecker());
    const sentence = () => checks(state).findings.find((finding) => finding.rule === 'sentence-length');
    const before = sentence();
    assert.ok(before, 'the long sentence is flagged');
    for (const letter of 'ing') {
      state = edit(state, (tr) => tr.insertText(letter, state.doc.content.size - 1));
      assert.equal(checks(state).rebuiltBlocks, 0, `typing "${letter}" redraws nothing`);
    }
    assert.equal(sentence()?.id, before.id);
    assert.equal(state.doc.textBetween(sentence()!.from, sentence()!.to), `${long}ing`);
    const [drawn] = checks(state).decorations.find(undefined, undefined, (spec) => spec['findingId'] === before.id);
    assert.deepEqual([drawn?.from, drawn?.to], [sentence()!.from, sentence()!.to], 'the underline covers the words typed');
  });

  it('redraws a block when the check moves an underline that its mapping stretched', () => {
    const state = setup(doc('We utilise'));
    const at = state.doc.content.size - 1;
    // Typed at the end of "utilise", the space joins the underline until the check says otherwise.
    const typed = state.apply(state.tr.insertText(' ', at));
    assert.deepEqual(covered(typed), ['utilise ']);
    const checked = typed.apply(runChecks(typed));
    assert.equal(checks(checked).rebuiltBlocks, 1);
    assert.deepEqual(covered(checked), ['utilise']);
    const [drawn] = checks(checked).decorations.find();
    assert.equal(checked.doc.textBetween(drawn!.from, drawn!.to), 'utilise');
  });

  it('leaves an underline running on over a space typed at the caret, and trims it when the caret leaves', () => {
    const long = 'You should bring your letter and your medicines and a drink and a snack and a book to read';
    let state = setup(doc(long), createChecker());
    state = state.apply(state.tr.setSelection(TextSelection.atEnd(state.doc)));
    const type = (text: string) => {
      for (const letter of text) state = edit(state, (tr) => tr.insertText(letter));
    };
    const sentence = () => checks(state).findings.find((finding) => finding.rule === 'sentence-length')!;
    const underline = () => state.doc.textBetween(...drawnRange(state, sentence().id));
    type(' ');
    assert.equal(checks(state).rebuiltBlocks, 0, 'the space at the caret redraws nothing');
    assert.equal(state.doc.textBetween(sentence().from, sentence().to), long, 'the finding itself ends at the last word');
    assert.equal(underline(), `${long} `);
    assert.equal(checks(state).stretchedAt, state.selection.head);
    type('w');
    assert.equal(checks(state).rebuiltBlocks, 0, 'nor the next letter, which the sentence takes in');
    assert.equal(underline(), `${long} w`);
    assert.equal(checks(state).stretchedAt, null);
    type(' ');
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 3)));
    assert.equal(underline(), `${long} w`, 'trimmed once the caret leaves');
    assert.equal(checks(state).stretchedAt, null);
  });

  it('redraws a word’s underline once the letter after a space at the caret shows it is over', () => {
    let state = setup(doc('We utilise'));
    state = state.apply(state.tr.setSelection(TextSelection.atEnd(state.doc)));
    state = edit(state, (tr) => tr.insertText(' '));
    assert.equal(checks(state).rebuiltBlocks, 0);
    state = edit(state, (tr) => tr.insertText('n'));
    assert.equal(checks(state).rebuiltBlocks, 1);
    assert.deepEqual(checks(state).decorations.find().map((drawn) => state.doc.textBetween(drawn.from, drawn.to)), ['utilise']);
  });

  it('gives every finding its own id, in paragraphs of the same text and after edits that make two alike', () => {
    const ids = (state: EditorState) => checks(state).findings.map((finding) => finding.id);
    const unique = (state: EditorState) => assert.equal(new Set(ids(state)).size, ids(state).length, ids(state).join(' '));
    let state = setup(doc('We utilise it.', 'We utilise it.', 'You utilise this.'), createChecker());
    unique(state);
    // The third paragraph becomes a copy of the first two, then the first changes back and forth.
    state = edit(state, (tr) => tr.insertText('We', find(state, 'You'), find(state, 'You') + 3));
    state = edit(state, (tr) => tr.insertText('it', find(state, 'this'), find(state, 'this') + 4));
    unique(state);
    state = edit(state, (tr) => tr.insertText('!', find(state, 'it.') + 2));
    state = edit(state, (tr) => tr.delete(find(state, 'it!') + 2, find(state, 'it!') + 3));
    unique(state);
    assert.equal(checks(state).findings.filter((finding) => finding.rule === 'difficult-words').length, 3);
    // A paragraph that becomes a copy of a later one, whose findings come back unchanged.
    state = setup(doc('I utilise that!!', 'We utilise that.'), createChecker());
    state = edit(state, (tr) => tr.insertText('We utilise that.', find(state, 'I utilise'), find(state, '!!') + 2));
    unique(state);
  });

  it('keeps the placed findings of the blocks an edit did not touch, as the same objects', () => {
    const state = setup(doc('We utilise it.', 'You utilise this.'), createChecker());
    const before = checks(state).findings.filter((f) => f.block >= 0 && f.from < find(state, 'You'));
    const edited = edit(state, (tr) => tr.insertText('!', find(state, 'this') + 4));
    const after = checks(edited).findings.filter((f) => f.block >= 0 && f.from < find(edited, 'You'));
    assert.ok(before.length > 0);
    assert.equal(after.length, before.length);
    after.forEach((finding, i) => assert.equal(finding, before[i], finding.id));
  });

  it('uses every rule of the easy read profile by default, and the engine agrees on ignores', () => {
    const long = 'You should bring your letter and your medicines and a drink and a snack and a book to read while you wait for the nurse.';
    const start = EditorState.create({schema, doc: doc(long), plugins: [history(), checksPlugin()]});
    assert.equal(checks(start).profile, 'easy-read');
    assert.equal(checks(start).readingAgeTarget, 9);
    const state = start.apply(runChecks(start));
    const lengthFinding = checks(state).findings.find((f) => f.rule === 'sentence-length');
    assert.ok(lengthFinding, 'a long sentence is found');
    assert.equal(state.doc.textBetween(lengthFinding.from, lengthFinding.to), long);
    assert.ok(checks(state).scores!.document.words > 20);
    const ignoring = run(state, ignoreFinding(lengthFinding.id, 'checked-with-readers', 'Sam'));
    const blocks = runChecks(ignoring).getMeta(checksKey) as {result: CheckResult};
    assert.deepEqual(
      blocks.result.ignored.map((entry) => entry.finding.rule),
      ['sentence-length'],
      'the engine matches the ignore the editor wrote'
    );
  });

  it('ignores a result computed for another document', () => {
    const state = setup(doc('We utilise it.'));
    const stale = runChecks(state, fixedChecker([]));
    const edited = state.apply(state.tr.insertText('So ', find(state, 'We')));
    const next = edited.apply(edited.tr.setMeta(checksKey, stale.getMeta(checksKey)));
    assert.deepEqual(covered(next), ['utilise']);
  });

  it('lists document findings without decorating them', () => {
    const finding: Finding = {
      rule: 'review-date', severity: 'error', message: 'Add a review date.', why: 'Readers need to know.',
      block: -1, from: 0, to: 0, suggestions: [],
    };
    const state = setup(doc('Hello.'), fixedChecker([finding]));
    assert.deepEqual(checks(state).findings.map((f) => [f.rule, f.from, f.to]), [['review-date', -1, -1]]);
    assert.equal(checks(state).decorations.find().length, 0);
    assert.equal(selectFinding(checks(state).findings[0]!.id)(state), false);
  });

  it('lists findings in document order, whatever order the engine gives them, with document findings last', () => {
    const at = (rule: string, block: number, from: number, to: number): Finding => ({
      rule, severity: 'warning', message: rule, why: rule, block, from, to, suggestions: [],
    });
    const given = [at('review-date', -1, 0, 0), at('late', 1, 5, 9), at('long', 0, 0, 12), at('early', 1, 0, 4), at('inner', 0, 3, 7), at('same-start', 0, 0, 5)];
    const state = setup(doc('We utilise it.', 'They use that.'), fixedChecker(given));
    assert.deepEqual(
      checks(state).findings.map((f) => f.rule),
      ['same-start', 'long', 'inner', 'early', 'late', 'review-date']
    );
  });

  it('marks a point finding with a widget carrying its id', () => {
    const finding: Finding = {
      rule: 'row-picture', severity: 'info', message: 'This row has no picture.', why: 'Pictures help.',
      block: 1, from: 0, to: 0, suggestions: [],
    };
    const state = setup(doc('Hello.'), fixedChecker([finding]));
    const [decoration] = checks(state).decorations.find();
    assert.equal(decoration?.from, find(state, 'Hello'));
    assert.equal(decoration?.to, decoration?.from);
    assert.equal(decoration?.spec.findingId, checks(state).findings[0]!.id);
  });
});

describe('checksPlugin drawn range', () => {
  /** The text under each decoration, in order. */
  const drawnText = (state: EditorState) =>
    checks(state)
      .decorations.find()
      .sort((a, b) => a.from - b.from)
      .map((d) => state.doc.textBetween(d.from - 4, d.to));
  const draw = (state: EditorState, range: {from: number; to: number} | null) =>
    state.apply(state.tr.setMeta(checksKey, {type: 'drawn', range}));

  it('draws only the findings in the range, and lists them all', () => {
    const state = setup(doc('One utilise.', 'Two utilise.', 'Six utilise.'));
    const second = find(state, 'Two');
    const narrow = draw(state, {from: second, to: second + 4});
    assert.deepEqual(drawnText(narrow), ['Two utilise']);
    assert.equal(checks(narrow).findings.length, 3, 'the panel still gets every finding');
    assert.deepEqual(drawnText(draw(narrow, null)), ['One utilise', 'Two utilise', 'Six utilise']);
  });

  it('keeps drawing only the range through edits and checks, and draws a new finding in it', () => {
    const state = draw(setup(doc('One utilise.', 'Two utilise.', 'Six utilise.')), null);
    const second = find(state, 'Two');
    const narrow = draw(state, {from: second, to: second + 12});
    const typed = edit(narrow, (tr) => tr.insertText('We utilise. ', find(narrow, 'Two')));
    assert.deepEqual(drawnText(typed), ['We utilise', 'Two utilise']);
    assert.deepEqual(covered(typed), ['utilise', 'utilise', 'utilise', 'utilise']);
    const elsewhere = edit(typed, (tr) => tr.insertText('Also utilise. ', find(typed, 'Six')));
    assert.deepEqual(drawnText(elsewhere), ['We utilise', 'Two utilise'], 'nothing is drawn outside the range');
    assert.equal(checks(elsewhere).findings.length, 5);
  });

  it('takes a drawn range that comes with a result', () => {
    const state = EditorState.create({schema, doc: doc('One utilise.', 'Two utilise.'), plugins: [checksPlugin({checker: wordChecker()})]});
    const tr = runChecks(state);
    const first = find(state, 'One');
    tr.setMeta(checksKey, {...tr.getMeta(checksKey), drawn: {from: first, to: first + 4}});
    const checked = state.apply(tr);
    assert.deepEqual(drawnText(checked), ['One utilise']);
    assert.deepEqual(checks(checked).drawn, {from: first, to: first + 4});
  });

  it('draws an ignored finding shown again only when it is in the range', () => {
    let state = setup(doc('One utilise.', 'Two utilise.'));
    for (const {id} of checks(state).findings) {
      state = run(state, ignoreFinding(id, 'false-positive', 'Sam'));
      state = state.apply(runChecks(state));
    }
    const narrow = draw(state, {from: 0, to: find(state, 'One') + 4});
    assert.deepEqual(drawnText(narrow), []);
    let shown = narrow;
    for (const {ignore} of checks(narrow).ignored) shown = run(shown, reopenIgnored(ignore));
    assert.equal(checks(shown).findings.length, 2);
    assert.deepEqual(drawnText(shown), ['One utilise']);
  });
});
