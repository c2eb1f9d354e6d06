import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {consistentTerms} from './consistent-terms.js';
import {hardWordBox, runDocumentRule} from './test-context.js';

describe('consistent-terms', () => {
  it('flags a second word for the same thing, with the main word as a fix', () => {
    assert.deepEqual(runDocumentRule(consistentTerms, ['See your doctor.', 'The doctor will check you.', 'A physician may call you.']), [
      {
        rule: 'consistent-terms',
        severity: 'warning',
        message: 'Use one word for this. You also say “doctor”.',
        why: 'Inclusion Europe easy read standard: use the same word for the same thing.',
        block: 2,
        from: 2,
        to: 11,
        suggestions: [{label: 'Write “doctor”', replacement: 'doctor'}],
      },
    ]);
  });

  it('keeps the number and capitals in the fix, and flags each other word once', () => {
    const findings = runDocumentRule(consistentTerms, ['Take your tablet.', 'Tablets help.', 'Pills are small. Take 2 pills. Medications can help.']);
    assert.deepEqual(
      findings.map((item) => [item.block, item.from, item.suggestions[0]?.replacement]),
      [[2, 0, 'Tablets']]
    );
  });

  it('allows a word introduced as another name', () => {
    for (const doc of [
      ['Have the flu vaccine. It is sometimes called the flu jab.', 'The vaccine is free.'],
      ['You may have pain in your tummy (abdomen).'],
      ['Go to the emergency department, also known as A&E.'],
      ['Your GP, or family doctor, works in your local area.', 'Your GP can help.'],
      ['Take your medicine.', 'It is sometimes called medication.'],
    ]) {
      assert.deepEqual(runDocumentRule(consistentTerms, doc), [], doc[0]);
    }
  });

  it('still flags two words in one sentence that is not a definition', () => {
    assert.equal(runDocumentRule(consistentTerms, ['Your doctor and the physician will see you.', 'The doctor is kind.']).length, 1);
  });

  it('does not count other meanings, box terms or one word used many times', () => {
    for (const doc of [
      ['You will have the vaccine as an injection in your arm.'],
      ['See your GP.', 'A doctor may call you.', 'Go to the ward in the hospital.'],
      ['Take your tablets and your other medicines.'],
      ['Do not take illegal drugs with your medicine.'],
      ['Ask your doctor. Your doctor will help.'],
      ['Your doctor will call you.', 'Ask your GP surgery for help.'],
      ['Take your medicine.', ...hardWordBox('Tablet', 'A small hard medicine.')],
      [''],
    ]) {
      assert.deepEqual(runDocumentRule(consistentTerms, doc), [], JSON.stringify(doc[0]));
    }
  });
});
