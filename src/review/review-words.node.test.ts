import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {createChecker, textToInput} from '../checks/index.js';
import {doneOf, groupWords, meaningOf, pageOf, reviewWords} from './review-words.js';

/** Runs the easy-read checks over the strings, one block each, and lists the problems of a severity. */
function problems(strings: readonly string[], severity: 'error' | 'warning'): string[] {
  const input = textToInput(strings.join('\n'));
  const {findings} = createChecker({profile: 'easy-read'}).check(input);
  // Whole-document rules (contact details, dates) are about leaflets, not a screen's messages.
  return findings
    .filter((finding) => finding.block >= 0 && finding.severity === severity)
    .map((finding) => `${finding.rule}: ${input.blocks[finding.block]!.text}`);
}

const everyString = [...Object.values(reviewWords), ...Object.values(groupWords), pageOf(3, 8), doneOf(2, 8), meaningOf('tablet')];

describe('the review screen words', () => {
  it('has one string per message, none of them empty', () => {
    assert.ok(everyString.length > 40);
    assert.deepEqual(everyString.filter((text) => text.trim() === ''), []);
  });

  it('would catch a string that is not easy read', () => {
    const long = 'If you cannot come on the day we said then you must phone us and we will find you another day and time that suits you.';
    assert.deepEqual(problems([long, 'PLEASE READ THIS'], 'error'), [`sentence-length: ${long}`, 'no-all-caps: PLEASE READ THIS']);
    assert.notDeepEqual(problems(['We will commence the utilisation of your medication.'], 'warning'), []);
  });

  it('speaks easy read: every string passes the easy-read checks with no errors', () => {
    assert.deepEqual(problems(everyString, 'error'), []);
  });

  it('has no warnings either', () => {
    assert.deepEqual(problems(everyString, 'warning'), []);
  });
});
