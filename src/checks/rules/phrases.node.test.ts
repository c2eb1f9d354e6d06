import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {metaphorIdiom} from './metaphor-idiom.js';
import {nominalisations} from './nominalisations.js';
import {flagged, heading, runBlockRule} from './test-context.js';
import {vagueQuantitiesRule} from './vague-quantities.js';
import {wordyPhrasesRule} from './wordy-phrases.js';

const replacements = (findings: ReadonlyArray<{suggestions: ReadonlyArray<{replacement: string}>}>) =>
  findings.map((item) => item.suggestions.map((fix) => fix.replacement));

describe('metaphor-idiom', () => {
  it('flags a health idiom and offers the literal words', () => {
    assert.deepEqual(runBlockRule(metaphorIdiom, 'I feel under the weather.'), [
      {
        rule: 'metaphor-idiom',
        severity: 'warning',
        message: '“under the weather” is an idiom. Say what you mean.',
        why: 'NHS content guide: we do not use metaphors. We say what we mean.',
        from: 7,
        to: 24,
        suggestions: [
          {label: 'Write “unwell”', replacement: 'unwell'},
          {label: 'Write “ill”', replacement: 'ill'},
        ],
      },
    ]);
  });

  it('matches variants and keeps the tense and capitals', () => {
    const text = 'She felt blue. You may get butterflies in your tummy. He is on the mend. A clean bill of health.';
    const findings = runBlockRule(metaphorIdiom, text);
    assert.deepEqual(flagged(text, findings), ['felt blue', 'butterflies in your tummy', 'on the mend', 'A clean bill of health']);
    assert.deepEqual(replacements(findings), [['felt sad'], ['nervous'], ['getting better'], []]);
  });

  it('does not flag literal words or allowed idioms', () => {
    for (const text of ['The weather is cold today.', 'Mend your clothes.', 'Your stomach may hurt.', '']) {
      assert.deepEqual(runBlockRule(metaphorIdiom, text), [], text);
    }
    assert.deepEqual(runBlockRule(metaphorIdiom, 'Keep an eye on it.', {words: {allowed: ['keep an eye on']}}), []);
  });
});

describe('vague-quantities', () => {
  it('asks for a number instead of a vague amount', () => {
    assert.deepEqual(runBlockRule(vagueQuantitiesRule, 'Some people feel sick.'), [
      {
        rule: 'vague-quantities',
        severity: 'info',
        message: 'How many? Try a number, like “1 in 10”.',
        why: 'Easy read guidance: give numbers and times, not "some" or "soon".',
        from: 0,
        to: 4,
        suggestions: [],
      },
    ]);
  });

  it('asks for a time instead of "soon" or "regularly"', () => {
    const text = 'A few people get a rash. Come back soon. Check it regularly.';
    const findings = runBlockRule(vagueQuantitiesRule, text);
    assert.deepEqual(flagged(text, findings), ['A few', 'soon', 'regularly']);
    assert.equal(findings[1]?.message, 'When or how often? Try a time, like “within 2 days”.');
  });

  it('flags "a little" and "quite" as amounts', () => {
    const text = 'Add a little water. Quite a lot of people get it.';
    assert.deepEqual(flagged(text, runBlockRule(vagueQuantitiesRule, text)), ['a little', 'Quite', 'a lot of']);
  });

  it('does not flag fixed phrases or superlatives', () => {
    for (const text of [
      'This is the most important thing.', 'How many tablets?', 'Take 2 at most.', 'Call as soon as you can.', 'Take 2 tablets.', '',
      'It may hurt a little.', 'You may feel a little better.', 'It can be quite sore.', 'Rest a little, then walk.',
    ]) {
      assert.deepEqual(runBlockRule(vagueQuantitiesRule, text), [], text);
    }
  });
});

describe('wordy-phrases', () => {
  it('offers the short form, in the same capitals', () => {
    assert.deepEqual(runBlockRule(wordyPhrasesRule, 'Take it for a period of 14 days.'), [
      {
        rule: 'wordy-phrases',
        severity: 'warning',
        message: 'Write “for”, not “for a period of”.',
        why: 'GOV.UK: cut words you do not need, like "for a period of".',
        from: 8,
        to: 23,
        suggestions: [{label: 'Write “for”', replacement: 'for'}],
      },
    ]);
    const text = 'In order to book, call us. Eat prior to the test. In the event of a fire, leave.';
    const findings = runBlockRule(wordyPhrasesRule, text);
    assert.deepEqual(flagged(text, findings), ['In order to', 'prior to', 'In the event of']);
    assert.deepEqual(replacements(findings), [['To'], ['before'], ['If']]);
  });

  it('removes a phrase that can go, capitalising the next word', () => {
    const text = 'Please note that you must pay.';
    const [found] = runBlockRule(wordyPhrasesRule, text);
    assert.equal(found?.message, 'You can leave out “Please note that”.');
    assert.equal(text.slice(found?.from, found?.to), 'Please note that you');
    assert.deepEqual(found?.suggestions, [{label: 'Remove these words', replacement: 'You'}]);
  });

  it('does not flag the short forms or split phrases', () => {
    for (const text of ['Call us to book.', 'Eat before the test.', 'In order, to be safe, wait.', '']) {
      assert.deepEqual(runBlockRule(wordyPhrasesRule, text), [], text);
    }
  });
});

describe('nominalisations', () => {
  it('offers the verb for a known hidden verb', () => {
    assert.deepEqual(runBlockRule(nominalisations, 'We made a decision.'), [
      {
        rule: 'nominalisations',
        severity: 'info',
        message: 'Try the verb: “decided”.',
        why: 'Plain language guidelines: use verbs, not nouns made from verbs.',
        from: 3,
        to: 18,
        suggestions: [{label: 'Write “decided”', replacement: 'decided'}],
      },
    ]);
  });

  it('points out "-tion of" and light-verb phrases', () => {
    const text = 'After completion of the form, they will conduct an evaluation.';
    assert.deepEqual(flagged(text, runBlockRule(nominalisations, text)), ['completion of', 'conduct an evaluation']);
  });

  it('allows everyday nouns', () => {
    for (const text of ['Here is information of use.', 'Make an appointment.', 'The treatment of pain works.', 'Bring a list of your medication.', '']) {
      assert.deepEqual(runBlockRule(nominalisations, text), [], text);
    }
  });

  it('leaves headings, which name a topic, and still flags the same words in a sentence', () => {
    assert.deepEqual(runBlockRule(nominalisations, heading('How to make a complaint')), []);
    assert.equal(runBlockRule(nominalisations, 'You can make a complaint.').length, 1);
  });

  it('flags each place once when the patterns overlap', () => {
    const text = 'We made a decision of note. Carry out the assessment of risk.';
    assert.deepEqual(flagged(text, runBlockRule(nominalisations, text)), ['made a decision', 'Carry out the assessment']);
  });
});
