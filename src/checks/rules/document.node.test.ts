import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {contactInfo, hasContact} from './contact-info.js';
import {datesOnDocument, isIsoDate} from './dates-on-document.js';
import {documentLength} from './document-length.js';
import {contactLine, para, runDocument, title} from './structure-test-context.js';

describe('contact-info', () => {
  it('is an error on the document when there is no way to get in touch', () => {
    const [missing, ...others] = runDocument(contactInfo, {blocks: [title('Your visit'), para('Come to the clinic.')]});
    assert.ok(missing);
    assert.deepEqual(others, []);
    assert.equal(missing.message, 'Add a phone number, email or address people can contact.');
    assert.deepEqual([missing.rule, missing.severity, missing.block, missing.from, missing.to, missing.suggestions], ['contact-info', 'error', -1, 0, 0, []]);
    assert.match(missing.why, /contact details/);
    assert.equal(runDocument(contactInfo, {blocks: []}).length, 1);
  });

  it('accepts a filled-in contact block line', () => {
    assert.deepEqual(runDocument(contactInfo, {blocks: [contactLine('phone', '0300 123 4567')]}), []);
    assert.deepEqual(runDocument(contactInfo, {blocks: [contactLine('address', '1 High Street')]}), []);
    assert.equal(runDocument(contactInfo, {blocks: [contactLine('phone', '  '), contactLine('hours', '9am to 5pm')]}).length, 1);
  });

  it('accepts a phone number, email or postcode in the text', () => {
    for (const text of [
      'Call us on 0300 123 4567.',
      'Call +44 20 7946 0958.',
      'Call 020 7946 0958.',
      'If you are worried, call 111.',
      'Email help@nhs.net.',
      'Come to 1 High Street, Leeds LS1 1AA.',
    ]) {
      assert.deepEqual(runDocument(contactInfo, {blocks: [para(text)]}), [], text);
    }
    assert.equal(hasContact('We have 111 beds.'), false);
  });
});

describe('dates-on-document', () => {
  const today = '2026-11-22';

  it('is an error when the dates are empty', () => {
    assert.deepEqual(runDocument(datesOnDocument, {details: {written: '', reviewBy: ' '}}, {today}), [
      {
        rule: 'dates-on-document',
        severity: 'error',
        message: 'Add the date this document was written.',
        why: 'NHS standard: show when content was checked and when it will be checked again.',
        block: -1,
        from: 0,
        to: 0,
        suggestions: [],
      },
      {
        rule: 'dates-on-document',
        severity: 'error',
        message: 'Add the date this document will be reviewed.',
        why: 'NHS standard: show when content was checked and when it will be checked again.',
        block: -1,
        from: 0,
        to: 0,
        suggestions: [],
      },
    ]);
  });

  it('skips dates the input cannot hold (undefined), as in a text file', () => {
    assert.deepEqual(runDocument(datesOnDocument, {details: {}}, {today}), []);
    assert.deepEqual(
      runDocument(datesOnDocument, {details: {written: '2026-01-01'}}, {today}).map((f) => f.message),
      []
    );
    assert.deepEqual(
      runDocument(datesOnDocument, {details: {reviewBy: ''}}, {today}).map((f) => f.message),
      ['Add the date this document will be reviewed.']
    );
  });

  it('is an error when the review date has passed', () => {
    const found = runDocument(datesOnDocument, {details: {written: '2025-01-01', reviewBy: '2026-11-21'}}, {today});
    assert.deepEqual(
      found.map((f) => f.message),
      ['The review date has passed. Check the document and update it.']
    );
  });

  it('accepts a written date and a review date from today on', () => {
    assert.deepEqual(runDocument(datesOnDocument, {details: {written: '2026-01-01', reviewBy: '2026-11-22'}}, {today}), []);
    assert.deepEqual(runDocument(datesOnDocument, {details: {written: '2026-01-01', reviewBy: '2027-01-01'}}, {today}), []);
  });

  it('is an error for dates that are not real', () => {
    const found = runDocument(datesOnDocument, {details: {written: '2026-02-30', reviewBy: 'soon'}}, {today});
    assert.deepEqual(
      found.map((f) => f.message),
      ['The date written is not a real date.', 'The review date is not a real date.']
    );
    assert.equal(isIsoDate('2024-02-29'), true);
    assert.equal(isIsoDate('2026-13-01'), false);
  });
});

describe('document-length', () => {
  const sentence = 'Please bring your letter and your medicines to the clinic.';

  it('warns about an easy read document over 1,000 words', () => {
    const blocks = Array.from({length: 101}, () => para(sentence));
    assert.deepEqual(runDocument(documentLength, {blocks}), [
      {
        rule: 'document-length',
        severity: 'warning',
        message: 'This document has 1,010 words. Try to keep it under 1,000.',
        why: 'Easy read guidance: keep a document under 1,000 words, or split it.',
        block: -1,
        from: 0,
        to: 0,
        suggestions: [],
      },
    ]);
  });

  it('is quiet at 1,000 words, and off by default in plain English', () => {
    assert.deepEqual(runDocument(documentLength, {blocks: Array.from({length: 100}, () => para(sentence))}), []);
    assert.equal(documentLength.defaults.plain.enabled, false);
  });
});
