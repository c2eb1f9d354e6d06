import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {checkText, reportFor, textToInput} from './check-text.js';
import {createChecker} from './checker.js';
import {finding, type BlockRule} from './rule.js';

const flagTablets: BlockRule = {
  id: 'tablets',
  description: 'Flags "tablets".',
  scope: 'block',
  defaults: {'easy-read': {enabled: true}, plain: {enabled: true}},
  check: ({block}) => {
    const at = block.text.indexOf('tablets');
    return at < 0 ? [] : [finding('tablets', 'error', at, at + 7, 'Say "pills".', 'Test rule.', [{label: 'Use "pills"', replacement: 'pills'}])];
  },
};

describe('textToInput', () => {
  it('makes one paragraph per non-empty line, and a new section after blank lines', () => {
    const input = textToInput('\nTake your tablets.\r\nDrink water.\n\n  \n\nCall us.\n');
    assert.deepEqual(input, {
      blocks: [
        {kind: 'paragraph', text: 'Take your tablets.', runs: [], section: 0, line: 2},
        {kind: 'paragraph', text: 'Drink water.', runs: [], section: 0, line: 3},
        {kind: 'paragraph', text: 'Call us.', runs: [], section: 1, line: 7},
      ],
      rows: [],
      details: {},
    });
  });

  it('reads a short line with no full stop, and text after it, as a heading that starts a section', () => {
    const input = textToInput('How to make a complaint\nTell us what went wrong.\nCall 0800 123 4567\n- your letter\nThank you\n');
    assert.deepEqual(
      input.blocks.map((block) => [block.kind, block.section]),
      [['heading', 0], ['paragraph', 0], ['paragraph', 0], ['paragraph', 0], ['paragraph', 0]]
    );
    const sections = textToInput('Come early.\nYour visit\nBring your letter.\nAfter your visit\nRest.');
    assert.deepEqual(
      sections.blocks.map((block) => [block.kind, block.section, block.level]),
      [['paragraph', 0, undefined], ['heading', 1, 2], ['paragraph', 1, undefined], ['heading', 2, 2], ['paragraph', 2, undefined]]
    );
    assert.equal(textToInput('Take your tablets every day with water and food\nOK.').blocks[0]?.kind, 'paragraph');
  });

  it('gives no blocks for empty text', () => {
    assert.deepEqual(textToInput('').blocks, []);
  });
});

describe('reportFor', () => {
  it('reports each finding with its 1-based line and column and the text it covers', () => {
    const input = textToInput('Hello.\n\n  Take your tablets.');
    const result = createChecker({rules: [flagTablets]}).check(input);
    const report = reportFor(input, result, {file: 'leaflet.txt', profile: 'easy-read'});
    assert.deepEqual(report.findings, [
      {rule: 'tablets', severity: 'error', message: 'Say "pills".', line: 3, column: 13, text: 'tablets', suggestions: [{label: 'Use "pills"', replacement: 'pills'}]},
    ]);
    assert.deepEqual(report.summary, {errors: 1, warnings: 0, infos: 0});
    assert.equal(report.file, 'leaflet.txt');
    assert.equal(report.words, 4);
    assert.equal(report.sentences, 2);
  });

  it('rounds the readability figures to 1 decimal place', () => {
    // 41 words, 4 sentences, 52 syllables: FRE 89.1337 → 89.1, FKGL 3.3734 → 3.4, SMOG 8.0765 → 8.1, age 8.3734 → 8.4.
    const text =
      'Take one tablet by mouth twice a day with food. Call your doctor if you feel dizzy or sick. ' +
      'Do not drive after you take this medicine. Keep all your appointments at the hospital so we can check your blood pressure.';
    const input = textToInput(text);
    const report = reportFor(input, createChecker({rules: []}).check(input), {file: 'a.txt', profile: 'easy-read'});
    assert.deepEqual(report.readability, {fleschReadingEase: 89.1, fleschKincaidGrade: 3.4, smog: 8.1, readingAge: 8.4});
  });
});

describe('checkText', () => {
  it('returns a report of the documented shape with every rule', () => {
    const report = checkText('Your appointment is on 6 August 2026 at 2pm.\nPlease bring a list of your medicines, e.g. tablets and creams.\n\nCall 0800 123 4567.', {file: 'visit.txt', profile: 'plain'});
    assert.deepEqual(Object.keys(report).sort(), ['file', 'findings', 'profile', 'readability', 'sentences', 'summary', 'words']);
    assert.equal(report.file, 'visit.txt');
    assert.equal(report.profile, 'plain');
    // Your appointment is on [6 August 2026] at [2pm] (7) + Please … creams (11) + Call [0800 123 4567] (2).
    assert.equal(report.words, 20);
    assert.equal(report.sentences, 3);
    for (const value of Object.values(report.readability)) assert.ok(Number.isFinite(value));
    for (const item of report.findings) {
      assert.deepEqual(Object.keys(item).sort(), ['column', 'line', 'message', 'rule', 'severity', 'suggestions', 'text']);
      assert.ok(['error', 'warning', 'info'].includes(item.severity));
      assert.ok(item.line === 0 ? item.column === 0 : item.line >= 1 && item.column >= 1);
    }
    const counted = {errors: 0, warnings: 0, infos: 0};
    for (const item of report.findings) counted[item.severity === 'error' ? 'errors' : item.severity === 'warning' ? 'warnings' : 'infos']++;
    assert.deepEqual(report.summary, counted);
  });

  it('defaults to the easy read profile and a placeholder file name', () => {
    const report = checkText('');
    assert.equal(report.profile, 'easy-read');
    assert.equal(report.file, '<text>');
    assert.deepEqual([report.words, report.sentences, report.readability.fleschReadingEase], [0, 0, 0]);
  });
});
