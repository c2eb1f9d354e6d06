import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {createChecker} from './checker.js';
import {finding, type BlockRule, type DocumentRule, type RuleSettings} from './rule.js';
import {parseOrgSettings} from './settings.js';
import type {CheckBlock, CheckInput, IgnoredFinding, RowInfo} from './types.js';

const on: RuleSettings = {enabled: true};

/** Flags every "hard" in a block; counts the blocks it looked at. */
function hardWordRule(seen: string[] = []): BlockRule {
  return {
    id: 'hard-word',
    description: 'Flags "hard".',
    scope: 'block',
    defaults: {'easy-read': on, plain: on},
    check({block}) {
      seen.push(block.text);
      return [...block.text.matchAll(/hard/g)].map((match) =>
        finding('hard-word', 'warning', match.index, match.index + 4, 'Use an easier word.', 'Test rule.')
      );
    },
  };
}

/** Flags a whole block that has no picture in its row. */
const needsPicture: BlockRule = {
  id: 'needs-picture',
  description: 'Rows need pictures.',
  scope: 'block',
  defaults: {'easy-read': on, plain: on},
  check: ({block, row}) => (row && !row.picture ? [finding('needs-picture', 'error', 0, block.text.length, 'Add a picture.', 'Test rule.')] : []),
};

const documentRule: DocumentRule = {
  id: 'whole-document',
  description: 'Always one finding.',
  scope: 'document',
  defaults: {'easy-read': on, plain: {enabled: false}},
  collect: () => 1,
  combine: (collected, {today}) => [
    {rule: 'whole-document', severity: 'info', message: `Checked ${collected.length} blocks on ${today}.`, why: 'Test rule.', block: -1, from: 0, to: 0, suggestions: []},
  ],
};

function block(text: string, extra: Partial<CheckBlock> = {}): CheckBlock {
  return {kind: 'paragraph', text, runs: [], section: 0, ...extra};
}

function input(blocks: CheckBlock[], extra: Partial<CheckInput> = {}): CheckInput {
  return {blocks, rows: [], details: {}, today: '2026-01-31', ...extra};
}

function ignore(rule: string, sentence: string, text: string): IgnoredFinding {
  return {rule, sentence, text, reason: 'false-positive', by: 'Sam', at: '2026-01-01T10:00:00Z'};
}

describe('createChecker', () => {
  it('runs block rules on every block, then document rules, sorted by block then place', () => {
    const checker = createChecker({rules: [hardWordRule(), documentRule]});
    const result = checker.check(input([block('A hard one. Also hard.'), block('Easy.'), block('hard')]));
    assert.deepEqual(
      result.findings.map((item) => [item.rule, item.block, item.from, item.to]),
      [['whole-document', -1, 0, 0], ['hard-word', 0, 2, 6], ['hard-word', 0, 17, 21], ['hard-word', 2, 0, 4]]
    );
    assert.equal(result.findings[0]?.message, 'Checked 3 blocks on 2026-01-31.');
    assert.deepEqual(result.ignored, []);
  });

  it('skips rules the profile or the organisation turns off', () => {
    assert.equal(createChecker({profile: 'plain', rules: [documentRule]}).check(input([])).findings.length, 0);
    const settings = parseOrgSettings({profiles: {'easy-read': {rules: {'hard-word': {enabled: false}}}}}, [hardWordRule()]);
    assert.equal(createChecker({settings, rules: [hardWordRule()]}).check(input([block('hard')])).findings.length, 0);
  });

  it('gives row-text rules their row', () => {
    const rows: RowInfo[] = [{picture: null}, {picture: {src: 'pill.png', alt: 'A pill'}}];
    const blocks = [block('Take it.', {kind: 'row-text', row: 0}), block('Drink.', {kind: 'row-text', row: 1})];
    const result = createChecker({rules: [needsPicture]}).check(input(blocks, {rows}));
    assert.deepEqual(result.findings.map((item) => [item.block, item.from, item.to]), [[0, 0, 8]]);
  });

  it('drops the output of a rule that throws, warns once, and keeps the others', (t) => {
    const warn = t.mock.method(console, 'warn', () => undefined);
    const broken: BlockRule = {...hardWordRule(), id: 'broken', check: () => { throw new Error('boom'); }};
    const result = createChecker({rules: [broken, hardWordRule()]}).check(input([block('hard'), block('hard too')]));
    assert.deepEqual(result.findings.map((item) => item.rule), ['hard-word', 'hard-word']);
    assert.equal(warn.mock.callCount(), 1);
    assert.match(String(warn.mock.calls[0]?.arguments[0]), /"broken" check failed and was skipped: boom/);
  });

  it('survives a rule that throws something that is not an error', (t) => {
    const warn = t.mock.method(console, 'warn', () => undefined);
    const odd: BlockRule = {...hardWordRule(), id: 'odd', check: () => { throw Object.create(null) as unknown; }};
    assert.deepEqual(createChecker({rules: [odd]}).check(input([block('hard')])).findings, []);
    assert.match(String(warn.mock.calls[0]?.arguments[0]), /"odd" check failed and was skipped: an unreadable error/);
  });

  it('drops the output of a rule that reports a place outside its block', (t) => {
    const warn = t.mock.method(console, 'warn', () => undefined);
    const sloppy: BlockRule = {...hardWordRule(), id: 'sloppy', check: ({block: b}) => [finding('sloppy', 'info', 0, b.text.length + 1, 'x', 'x')]};
    const lost: DocumentRule = {...documentRule, id: 'lost', combine: () => [{...finding('lost', 'info', 0, 1, 'x', 'x'), block: 7}]};
    const result = createChecker({rules: [sloppy, lost, hardWordRule()]}).check(input([block('hard')]));
    assert.deepEqual(result.findings.map((item) => item.rule), ['hard-word']);
    assert.equal(warn.mock.callCount(), 2);
  });

  it('moves ignored findings to `ignored` while their sentence is unchanged', () => {
    const checker = createChecker({rules: [hardWordRule(), documentRule]});
    const ignores = [ignore('hard-word', 'A hard one.', 'hard'), ignore('whole-document', '', 'Checked 1 blocks on 2026-01-31.')];
    const result = checker.check(input([block('A hard one. Also hard.')], {ignores}));
    assert.deepEqual(result.findings.map((item) => [item.rule, item.from]), [['hard-word', 17]]);
    assert.deepEqual(result.ignored.map((item) => [item.finding.rule, item.finding.from, item.ignore.reason]), [
      ['whole-document', 0, 'false-positive'],
      ['hard-word', 2, 'false-positive'],
    ]);
    // Editing the sentence brings the finding back; editing another sentence does not.
    const edited = checker.check(input([block('A hard one here. Also hard.')], {ignores}));
    assert.deepEqual(edited.findings.map((item) => item.from), [2, 22]);
    const elsewhere = checker.check(input([block('A hard one. Also very hard.')], {ignores}));
    assert.deepEqual(elsewhere.ignored.map((item) => item.finding.from), [0, 2]);
  });

  it('matches an ignore only for the same rule and the same covered text', () => {
    const checker = createChecker({rules: [hardWordRule(), needsPicture]});
    const rows: RowInfo[] = [{picture: null}];
    const blocks = [block('This is hard. It is.', {kind: 'row-text', row: 0})];
    const wrongRule = checker.check(input(blocks, {rows, ignores: [ignore('needs-picture', 'This is hard.', 'hard')]}));
    assert.equal(wrongRule.ignored.length, 0);
    // A block-wide finding is tied to the block text.
    const blockWide = checker.check(input(blocks, {rows, ignores: [ignore('needs-picture', 'This is hard. It is.', 'This is hard. It is.')]}));
    assert.deepEqual(blockWide.ignored.map((item) => item.finding.rule), ['needs-picture']);
    assert.deepEqual(blockWide.findings.map((item) => item.rule), ['hard-word']);
  });

  it('re-analyses only changed blocks', () => {
    const seen: string[] = [];
    const checker = createChecker({rules: [hardWordRule(seen)]});
    const blocks = Array.from({length: 50}, (_, index) => block(`Sentence number ${index} is hard.`));
    const first = checker.check(input(blocks));
    assert.equal(seen.length, 50);
    seen.length = 0;
    const same = checker.check(input(blocks.map((item) => ({...item}))));
    assert.equal(seen.length, 0);
    assert.deepEqual(same.findings, first.findings);
    assert.deepEqual(same.scores, first.scores);
    const edited = blocks.map((item, index) => (index === 7 ? block('Sentence number 7 is very hard.') : item));
    const result = checker.check(input(edited));
    assert.deepEqual(seen, ['Sentence number 7 is very hard.']);
    assert.deepEqual(result.findings.find((item) => item.block === 7)?.from, 26);
  });

  it('re-runs a row block when its picture changes, and forgets blocks it no longer sees', () => {
    const seen: string[] = [];
    const checker = createChecker({rules: [hardWordRule(seen)]});
    const blocks = [block('Take it.', {kind: 'row-text', row: 0})];
    checker.check(input(blocks, {rows: [{picture: null}]}));
    checker.check(input(blocks, {rows: [{picture: {src: 'a.png', alt: 'A'}}]}));
    assert.equal(seen.length, 2);
    checker.check(input([block('Other.')]));
    checker.check(input(blocks, {rows: [{picture: {src: 'a.png', alt: 'A'}}]}));
    assert.deepEqual(seen, ['Take it.', 'Take it.', 'Other.', 'Take it.']);
  });

  it('runs a document rule\'s collect step per new block, and reuses its findings while nothing it reads changes', () => {
    const collected: string[] = [];
    let combined = 0;
    const counting: DocumentRule<number> = {
      id: 'counting',
      description: 'Counts the words "hard".',
      scope: 'document',
      defaults: {'easy-read': on, plain: on},
      collect: ({block}) => {
        collected.push(block.text);
        return (block.text.match(/hard/gi) ?? []).length;
      },
      combine: (values, {input}) => {
        combined++;
        const total = values.reduce((sum, value) => sum + value, 0);
        return [{...finding('counting', 'info', 0, 0, `${total} hard in ${input.details.title ?? 'a document'}.`, 'Test rule.'), block: -1}];
      },
      same: (a, b) => a === b,
    };
    const checker = createChecker({rules: [counting]});
    const blocks = [block('It is hard.'), block('Easy.'), block('Hard and hard.')];
    const message = (result: ReturnType<typeof checker.check>) => result.findings.map((item) => item.message);
    assert.deepEqual(message(checker.check(input(blocks))), ['3 hard in a document.']);
    assert.deepEqual([collected.length, combined], [3, 1]);
    // A changed block whose value is the same: collected again, not combined again.
    assert.deepEqual(message(checker.check(input([blocks[0]!, block('Simple.'), blocks[2]!]))), ['3 hard in a document.']);
    assert.deepEqual([collected.length, combined], [4, 1]);
    // A changed value, new details or a moved block: combined again.
    assert.deepEqual(message(checker.check(input([blocks[0]!, block('Hard.'), blocks[2]!]))), ['4 hard in a document.']);
    assert.deepEqual(message(checker.check(input([blocks[0]!, block('Hard.'), blocks[2]!], {details: {title: 'Hard'}}))), ['4 hard in Hard.']);
    assert.deepEqual(message(checker.check(input([blocks[2]!, blocks[0]!], {details: {title: 'Hard'}}))), ['3 hard in Hard.']);
    assert.equal(combined, 4);
  });

  it('skips a document rule whose collect step throws, for as long as the block stays', (t) => {
    const warn = t.mock.method(console, 'warn', () => undefined);
    const fragile: DocumentRule<number> = {
      ...documentRule,
      id: 'fragile',
      collect: ({block}) => {
        if (block.text === 'boom') throw new Error('no');
        return 1;
      },
    };
    const checker = createChecker({rules: [fragile]});
    assert.deepEqual(checker.check(input([block('fine'), block('boom')])).findings, []);
    assert.deepEqual(checker.check(input([block('fine'), block('boom')])).findings, []);
    assert.equal(checker.check(input([block('fine')])).findings.length, 1);
    assert.equal(warn.mock.callCount(), 2);
    assert.match(String(warn.mock.calls[0]?.arguments[0]), /"fragile" check failed and was skipped: no/);
  });

  it('scores body text only, per document, section and row', () => {
    const blocks = [
      block('A very long title with many words in it here today', {kind: 'title'}),
      block('Take your tablets with food every day.', {kind: 'row-text', row: 0}),
      block('Your medicine', {kind: 'heading', level: 2, section: 1}),
      block('Call us.', {kind: 'list-item', section: 1, list: {ordered: false, index: 0, size: 1}}),
      block('0800 123 4567', {kind: 'contact', field: 'phone', section: 1}),
    ];
    const {scores} = createChecker({rules: []}).check(input(blocks, {rows: [{picture: null}]}));
    assert.deepEqual([scores.document.words, scores.document.sentences], [9, 2]);
    assert.deepEqual(scores.sections.map((section) => section.words), [7, 2]);
    assert.deepEqual(scores.rows.map((row) => row.words), [7]);
    assert.equal(scores.document.verdict, 'Not enough text yet');
  });

  it('never throws on an empty document', () => {
    const result = createChecker().check(input([]));
    assert.deepEqual(result.scores.sections, []);
    assert.equal(result.scores.document.verdict, 'Not enough text yet');
  });
});
