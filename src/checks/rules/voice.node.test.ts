import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {addressReaderAsYou} from './address-reader-as-you.js';
import {passiveVoice} from './passive-voice.js';
import {pronounReference} from './pronoun-reference.js';
import {simpleTense} from './simple-tense.js';
import {block, flagged, heading, runBlockRule, runDocumentRule} from './test-context.js';

describe('passive-voice', () => {
  it('flags "be" and a past participle', () => {
    assert.deepEqual(runBlockRule(passiveVoice, 'A pharmacy can be found near you.'), [
      {
        rule: 'passive-voice',
        severity: 'warning',
        message: 'This may be passive. Say who does it.',
        why: 'NHS content guide: use the active voice. Say who does what.',
        from: 15,
        to: 23,
        suggestions: [],
      },
    ]);
  });

  it('finds irregular participles, adverbs and "being"', () => {
    const text = 'You will be seen by a nurse. The tablets were not taken. You are being treated.';
    assert.deepEqual(flagged(text, runBlockRule(passiveVoice, text)), ['be seen', 'were not taken', 'are being treated']);
  });

  it('still flags "left" and "gone" with more after them', () => {
    assert.equal(runBlockRule(passiveVoice, 'The bag was left on the bus.').length, 1);
  });

  it('still flags a passive next to a date, a "to" or a "with"', () => {
    const text = 'You will be seen by a nurse in May 2024. The form is sent to you. The rash is treated with cream.';
    assert.deepEqual(flagged(text, runBlockRule(passiveVoice, text)), ['be seen', 'is sent', 'is treated']);
  });

  it('is information only in plain English', () => {
    assert.equal(runBlockRule(passiveVoice, 'You will be seen.', {profile: 'plain'})[0]?.severity, 'info');
  });

  it('does not flag adjectives made from participles', () => {
    for (const text of [
      'You are worried.',
      'The clinic is located in town.',
      'They are married.',
      'I am tired.',
      'You are used to it.',
      'This is called hypertension.',
      'The bed is red.',
      'You take the tablets.',
      'This leaflet was written in May 2024.',
      'This page was updated on 6 August 2026.',
      'You are dissatisfied with your care.',
      'We are committed to helping you.',
      'The trust is committed to helping you.',
      'You are very pleased.',
      'The result was unexpected.',
      'Check how much is left.',
      'Use what is left over.',
      '',
    ]) {
      assert.deepEqual(runBlockRule(passiveVoice, text), [], text);
    }
  });
});

describe('simple-tense', () => {
  it('points out complex tenses', () => {
    assert.deepEqual(runBlockRule(simpleTense, 'You would have been seen.'), [
      {
        rule: 'simple-tense',
        severity: 'info',
        message: 'Try a simpler tense, like “you take” or “you took”.',
        why: 'W3C cognitive accessibility guidance: use simple tenses.',
        from: 4,
        to: 24,
        suggestions: [],
      },
    ]);
    const text = 'It is being treated. You had taken it. We will be staying. She has been taking it.';
    assert.deepEqual(flagged(text, runBlockRule(simpleTense, text)), ['is being treated', 'had taken', 'will be staying', 'has been taking']);
  });

  it('does not flag simple tenses, and is off in plain English', () => {
    for (const text of ['You take it.', 'You took it.', 'You will see a nurse.', 'You had a test.', '']) {
      assert.deepEqual(runBlockRule(simpleTense, text), [], text);
    }
    assert.equal(simpleTense.defaults.plain.enabled, false);
  });
});

describe('pronoun-reference', () => {
  it('points out a pronoun that opens a section, where nothing comes before it', () => {
    assert.deepEqual(runDocumentRule(pronounReference, ['It helps.', 'Take the tablet.']), [
      {
        rule: 'pronoun-reference',
        severity: 'info',
        message: 'Who or what is “It”? Try naming it.',
        why: 'Patient Information Forum easy read poster: use nouns, not pronouns.',
        block: 0,
        from: 0,
        to: 2,
        suggestions: [],
      },
    ]);
    const blocks = [heading('Your injection'), block('paragraph', 'They will phone you.', {section: 1}), heading('After'), block('paragraph', 'This is normal.', {section: 2})];
    assert.deepEqual(runDocumentRule(pronounReference, blocks).map((found) => found.block), [1, 3]);
  });

  it('leaves a pronoun that refers back to the sentence or row before it', () => {
    for (const blocks of [
      ['You will have an injection.', 'It may hurt a little.'],
      ['Take the tablet. It helps.'],
      ['The nurses know you.', 'They will help you.'],
      ['Rest at home.', 'This is normal.'],
    ]) {
      assert.deepEqual(runDocumentRule(pronounReference, blocks), [], blocks.join(' / '));
    }
  });

  it('does not flag determiners, explanations or headings', () => {
    for (const text of ['This leaflet is for you.', 'This means your blood pressure is high.', 'It is called hypertension.', 'The doctor will phone you.', '']) {
      assert.deepEqual(runDocumentRule(pronounReference, [text]), [], text);
    }
    assert.deepEqual(runDocumentRule(pronounReference, [heading('It is your choice')]), []);
  });
});

describe('address-reader-as-you', () => {
  it('flags third-person words for the reader, with "you" as the fix', () => {
    assert.deepEqual(runDocumentRule(addressReaderAsYou, ['You can come.', 'The patient should bring a letter.']), [
      {
        rule: 'address-reader-as-you',
        severity: 'warning',
        message: 'Talk to the reader as “you”, not “The patient”.',
        why: 'NHS content guide: talk to the reader as "you".',
        block: 1,
        from: 0,
        to: 11,
        suggestions: [{label: 'Write “You”', replacement: 'You'}],
      },
    ]);
    const text = "Bring the patient's letter. Patients should arrive early. Service users can park.";
    const findings = runDocumentRule(addressReaderAsYou, ['You are welcome.', text]);
    assert.deepEqual(flagged(text, findings), ["the patient's", 'Patients', 'Service users']);
    assert.deepEqual(findings.map((item) => item.suggestions[0]?.replacement), ['your', 'You', 'You']);
    const negative = "Patients shouldn't eat. Patients and carers are welcome.";
    assert.deepEqual(flagged(negative, runDocumentRule(addressReaderAsYou, ['You can come.', negative])), ['Patients']);
  });

  it('flags "patients" opening a sentence about a condition or treatment, not "patients" in passing', () => {
    const text = 'Patients taking this medicine should not drive. Patients with asthma need a check.';
    assert.deepEqual(flagged(text, runDocumentRule(addressReaderAsYou, ['You are welcome.', text])), ['Patients', 'Patients']);
    const quiet = 'The nurse sees many patients during the morning.';
    assert.deepEqual(runDocumentRule(addressReaderAsYou, ['You are welcome.', quiet]), []);
  });

  it('flags a document that never says "you"', () => {
    const long = 'People can get help from a nurse at the clinic on any day of the week when it is open for the whole town and all of the people who live there.';
    assert.deepEqual(runDocumentRule(addressReaderAsYou, [long]), [
      {
        rule: 'address-reader-as-you',
        severity: 'warning',
        message: 'This document never says “you”. Talk to the reader.',
        why: 'NHS content guide: talk to the reader as "you".',
        block: -1,
        from: 0,
        to: 0,
        suggestions: [],
      },
    ]);
    assert.deepEqual(runDocumentRule(addressReaderAsYou, [long], {settings: {requireYou: false}}), []);
  });

  it('does not flag a document that talks to "you", short drafts or contact lines', () => {
    assert.deepEqual(runDocumentRule(addressReaderAsYou, ['You can ask your nurse.', 'Your GP can help.']), []);
    assert.deepEqual(runDocumentRule(addressReaderAsYou, ['A short draft.']), []);
    assert.deepEqual(runDocumentRule(addressReaderAsYou, ['You are welcome.', block('contact', 'The Patient Experience Team', {field: 'name'})]), []);
    assert.deepEqual(runDocumentRule(addressReaderAsYou, ['The patient should rest.', 'You can help.'], {settings: {thirdPerson: false}}), []);
  });
});
