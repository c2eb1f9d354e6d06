import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {createChecker} from '../checker.js';
import {parseOrgSettings, SettingsError} from '../settings.js';
import {checkersFoundHard} from './checkers-found-hard.js';
import {runBlockRule} from './test-context.js';

const checkersFound = [
  {word: 'appointment', count: 3, instead: 'visit'},
  {word: 'blood pressure', count: 1},
  {word: 'Fasting', count: 2, instead: 'not eating'},
];

describe('checkers-found-hard', () => {
  it('says how many checkers found the word hard, with the plain word as the fix', () => {
    assert.deepEqual(runBlockRule(checkersFoundHard, 'Come to your appointment.', {words: {checkersFoundHard: checkersFound}}), [
      {
        rule: 'checkers-found-hard',
        severity: 'warning',
        message: '3 checkers found this word hard.',
        why: 'Easy read guidance: people with a learning disability check the words. Listen to them.',
        from: 13,
        to: 24,
        suggestions: [{label: 'Change to “visit”', replacement: 'visit'}],
      },
    ]);
  });

  it('matches whole words and phrases in any case, with no fix when there is no plain word', () => {
    const findings = runBlockRule(checkersFoundHard, 'FASTING helps. We check your Blood  pressure. Appointments and fastings are fine.', {
      words: {checkersFoundHard: checkersFound},
    });
    assert.deepEqual(
      findings.map((item) => [item.message, item.suggestions.map((fix) => fix.replacement)]),
      [
        ['2 checkers found this word hard.', ['NOT EATING']],
        ['1 checker found this phrase hard.', []],
      ]
    );
  });

  it('does nothing without the list, or for a word the organisation allows', () => {
    assert.deepEqual(runBlockRule(checkersFoundHard, 'Come to your appointment.'), []);
    const words = {checkersFoundHard: checkersFound, allowed: ['appointment']};
    assert.deepEqual(runBlockRule(checkersFoundHard, 'Come to your appointment.', {words}), []);
  });

  it('is read from the settings file, and bad entries are refused with the key named', () => {
    const settings = parseOrgSettings({words: {checkersFoundHard: [{word: 'appointment', count: 3, instead: 'visit'}]}});
    const checker = createChecker({settings});
    const result = checker.check({blocks: [{kind: 'paragraph', text: 'Go to your appointment.', runs: [], section: 0}], rows: [], details: {}});
    assert.deepEqual(
      result.findings.filter((item) => item.rule === 'checkers-found-hard').map((item) => item.message),
      ['3 checkers found this word hard.']
    );
    for (const [entry, key] of [
      [{word: 'x', count: 0}, 'words.checkersFoundHard[0].count'],
      [{word: '', count: 1}, 'words.checkersFoundHard[0].word'],
      [{word: 'x', count: 1, instead: 3}, 'words.checkersFoundHard[0].instead'],
      [{word: 'x', count: 1, other: 1}, 'words.checkersFoundHard[0].other'],
    ] as const) {
      assert.throws(() => parseOrgSettings({words: {checkersFoundHard: [entry]}}), (error: unknown) => error instanceof SettingsError && error.message.includes(key));
    }
  });
});
