import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {createChecker, textToInput} from '../checks/index.js';
import {reviewLinkWords} from './review-link-words.js';

describe('the review link page', () => {
  it('speaks easy read: its words pass the easy-read checks with no errors or warnings', () => {
    const input = textToInput(Object.values(reviewLinkWords).join('\n'));
    const {findings} = createChecker({profile: 'easy-read'}).check(input);
    // Whole-document rules (contact details, dates) are about leaflets, not a page's messages.
    const problems = findings.filter((finding) => finding.block >= 0 && finding.severity !== 'info');
    assert.deepEqual(
      problems.map((finding) => `${finding.rule}: ${input.blocks[finding.block]!.text}`),
      []
    );
  });
});
