import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import type {Finding} from '../types.js';
import {abbreviations} from './abbreviations.js';
import {defineAtFirstUse} from './define-at-first-use.js';
import {glossaryConsistency} from './glossary-consistency.js';
import {medicalJargonExplained} from './medical-jargon-explained.js';
import {block, bold, hardWordBox, heading, para, runDocumentRule} from './test-context.js';

/** [block, covered text] of each finding, for short assertions. */
function places(blocks: ReadonlyArray<string | {text: string}>, findings: readonly Finding[]): Array<[number, string]> {
  return findings.map((item) => {
    const source = blocks[item.block];
    const text = typeof source === 'string' ? source : (source?.text ?? '');
    return [item.block, text.slice(item.from, item.to)];
  });
}

describe('medical-jargon-explained', () => {
  it('asks for an explanation at the first use, with the NHS form as a fix', () => {
    assert.deepEqual(runDocumentRule(medicalJargonExplained, ['Take your tablets.', 'You have hypertension. Hypertension is common.']), [
      {
        rule: 'medical-jargon-explained',
        severity: 'warning',
        message: 'Explain “hypertension” the first time you use it.',
        why: 'NHS content guide: give the plain word, then the medical word.',
        block: 1,
        from: 9,
        to: 21,
        suggestions: [{label: 'Write “high blood pressure (hypertension)”', replacement: 'high blood pressure (hypertension)'}],
      },
    ]);
  });

  it('accepts each explanation form', () => {
    for (const doc of [
      ['You have high blood pressure (hypertension).'],
      ['You have hypertension (high blood pressure).'],
      ['Hypertension means high blood pressure.'],
      ['Your blood pressure is high. This is called hypertension.'],
      ['You have hypertension. This means your blood pressure is high.'],
      ['You have hypertension. It is a problem where your blood pressure is too high.'],
      ['You have hypertension.', ...hardWordBox('Hypertension', 'Blood pressure that is too high.')],
    ]) {
      assert.deepEqual(runDocumentRule(medicalJargonExplained, doc), [], JSON.stringify(doc[0]));
    }
  });

  it('leaves headings, late explanations and allowed words alone', () => {
    assert.deepEqual(runDocumentRule(medicalJargonExplained, [heading('Hypertension'), 'High blood pressure (hypertension) is common.']), []);
    assert.deepEqual(runDocumentRule(medicalJargonExplained, ['You have hypertension.', 'Hypertension means high blood pressure.']), []);
    assert.deepEqual(runDocumentRule(medicalJargonExplained, ['You have hypertension.'], {words: {allowed: ['hypertension']}}), []);
  });

  it('checks the organisation’s mustExplain terms', () => {
    const findings = runDocumentRule(medicalJargonExplained, ['You will have a hysteroscopy.'], {words: {mustExplain: ['Hysteroscopy']}});
    assert.deepEqual(places(['You will have a hysteroscopy.'], findings), [[0, 'hysteroscopy']]);
    assert.deepEqual(findings[0]?.suggestions, []);
  });
});

describe('define-at-first-use', () => {
  it('flags a term explained only after its first use', () => {
    assert.deepEqual(runDocumentRule(defineAtFirstUse, ['You have hypertension.', 'Take your tablets.', 'Hypertension means high blood pressure.']), [
      {
        rule: 'define-at-first-use',
        severity: 'warning',
        message: 'Explain “hypertension” here. You explain it later on.',
        why: 'GOV.UK easy read guidance: explain a hard word the first time you use it.',
        block: 0,
        from: 9,
        to: 21,
        suggestions: [],
      },
    ]);
  });

  it('flags an abbreviation spelled out only later', () => {
    const doc = ['Ask PALS for help.', 'The Patient Advice and Liaison Service (PALS) listens.'];
    assert.deepEqual(places(doc, runDocumentRule(defineAtFirstUse, doc)), [[0, 'PALS']]);
  });

  it('does not flag terms explained first, never explained, or in a box', () => {
    assert.deepEqual(runDocumentRule(defineAtFirstUse, ['Hypertension means high blood pressure.', 'You have hypertension.']), []);
    assert.deepEqual(runDocumentRule(defineAtFirstUse, ['You have hypertension.']), []);
    assert.deepEqual(runDocumentRule(defineAtFirstUse, ['It checks for cancer of the cervix.', 'The cervix is the opening to your womb.']), []);
    assert.deepEqual(runDocumentRule(defineAtFirstUse, ['It checks for cancer of the cervix. The cervix is the opening to your womb.']), []);
    const later = ['It checks for cancer of the cervix. Book a test. The cervix is the opening to your womb.'];
    assert.deepEqual(places(later, runDocumentRule(defineAtFirstUse, later)), [[0, 'cervix']]);
    assert.deepEqual(
      runDocumentRule(defineAtFirstUse, ['You have hypertension.', 'Hypertension means high blood pressure.', ...hardWordBox('hypertension', 'High blood pressure.')]),
      []
    );
  });
});

describe('glossary-consistency', () => {
  const text = 'The doctor takes a biopsy and a scan.';

  it('flags unused and empty boxes, and bold words no box explains', () => {
    const doc = [para(text, bold(text, 'biopsy', 'scan')), ...hardWordBox('Biopsy', 'A tiny piece of skin is taken.'), ...hardWordBox('Endoscopy', '')];
    const findings = runDocumentRule(glossaryConsistency, doc);
    assert.deepEqual(places(doc, findings), [
      [0, 'scan'],
      [3, 'Endoscopy'],
      [3, 'Endoscopy'],
    ]);
    assert.deepEqual(findings[0], {
      rule: 'glossary-consistency',
      severity: 'warning',
      message: 'Explain “scan” in a hard word box.',
      why: 'Easy read guidance: a hard word in bold needs an explanation nearby.',
      block: 0,
      from: 32,
      to: 36,
      suggestions: [],
    });
    assert.deepEqual(findings.map((item) => item.message).slice(1), ['Write what “Endoscopy” means.', '“Endoscopy” is not used in the text.']);
  });

  it('passes when every box is used and every bold word is explained', () => {
    const used = 'You may need biopsies. A scan (a picture of the inside of your body) helps.';
    const doc = [para(used, bold(used, 'biopsies', 'scan')), ...hardWordBox('Biopsy', 'A tiny piece of skin is taken.')];
    assert.deepEqual(runDocumentRule(glossaryConsistency, doc), []);
  });

  it('does nothing without a glossary, and ignores long bold runs', () => {
    assert.deepEqual(runDocumentRule(glossaryConsistency, [para(text, bold(text, 'biopsy'))]), []);
    const long = 'Call 999 if you cannot breathe at all.';
    const doc = [para(long, bold(long, 'if you cannot breathe at all')), ...hardWordBox('breathe', 'Take in air.')];
    assert.deepEqual(runDocumentRule(glossaryConsistency, doc), []);
  });
});

describe('abbreviations', () => {
  it('is an error for an unknown abbreviation in easy read', () => {
    assert.deepEqual(runDocumentRule(abbreviations, ['The SLDP team will help you.']), [
      {
        rule: 'abbreviations',
        severity: 'error',
        message: 'What does “SLDP” mean? Use the full words.',
        why: 'Inclusion Europe easy read standard: avoid initials and use the full words.',
        block: 0,
        from: 4,
        to: 8,
        suggestions: [],
      },
    ]);
  });

  it('asks to spell out a known abbreviation at first use, once', () => {
    const doc = ['You have COPD.', 'COPD makes breathing hard.'];
    const findings = runDocumentRule(abbreviations, doc);
    assert.deepEqual(places(doc, findings), [[0, 'COPD']]);
    assert.equal(findings[0]?.severity, 'warning');
    assert.deepEqual(findings[0]?.suggestions, [
      {label: 'Write “chronic obstructive pulmonary disease (COPD)”', replacement: 'chronic obstructive pulmonary disease (COPD)'},
    ]);
  });

  it('reads "DNA" as a verb or "DNAs" as "did not attend", but leaves the genetic DNA alone', () => {
    const doc = ['Patients who DNA their appointment may be discharged.'];
    const findings = runDocumentRule(abbreviations, doc);
    assert.deepEqual(places(doc, findings), [[0, 'DNA']]);
    assert.equal(findings[0]?.message, 'Spell out “DNA” the first time you use it.');
    assert.deepEqual(findings[0]?.suggestions.map((fix) => fix.replacement), ['did not attend (DNA)']);
    assert.deepEqual(places(['We record DNAs.'], runDocumentRule(abbreviations, ['We record DNAs.'])), [[0, 'DNAs']]);
    assert.deepEqual(runDocumentRule(abbreviations, ['A DNA test looks at your genes. Your DNA is yours.']), []);
  });

  it('allows well-known abbreviations, units, shouting and explained ones', () => {
    for (const doc of [
      ['Go to A&E or call your GP. The NHS is free in the UK.'],
      ['COVID-19 is a virus. Take 5 ML.'],
      ['STOP TAKING IT NOW.'],
      ['It is URGENT. Take 1 DOSE.'],
      ['You have COPD.', ...hardWordBox('COPD', 'A lung problem that makes breathing hard.')],
      [block('contact', 'Leeds LS1 4AP', {field: 'address'})],
      [''],
    ]) {
      assert.deepEqual(runDocumentRule(abbreviations, doc), [], JSON.stringify(doc[0]));
    }
    assert.deepEqual(runDocumentRule(abbreviations, ['The SLDP team will help.'], {words: {allowed: ['sldp']}}), []);
  });

  it('still asks for the full words in easy read when a known one is explained in brackets', () => {
    for (const doc of [['Talk to the MDT (multidisciplinary team).'], ['The multidisciplinary team (MDT) will help. The MDT meets.']]) {
      const findings = runDocumentRule(abbreviations, doc);
      assert.deepEqual(places(doc, findings), [[0, 'MDT']], doc[0]);
      assert.deepEqual(findings[0]?.suggestions, [{label: 'Write “multidisciplinary team”', replacement: 'multidisciplinary team'}]);
      assert.deepEqual(runDocumentRule(abbreviations, doc, {profile: 'plain'}), [], doc[0]);
    }
  });

  it('still asks for the full words in easy read when an unknown one is explained', () => {
    const doc = ['The Sunderland Learning Disability Partnership (SLDP) can help.'];
    assert.deepEqual(runDocumentRule(abbreviations, doc).map((item) => [item.severity, item.message]), [
      ['warning', 'Use the full words, not “SLDP”.'],
    ]);
    assert.deepEqual(runDocumentRule(abbreviations, doc, {profile: 'plain'}), []);
  });

  it('warns in plain English, and about more than 3 abbreviations', () => {
    const doc = ['You have COPD, BMI, TB and SLDP.'];
    const findings = runDocumentRule(abbreviations, doc, {profile: 'plain'});
    assert.deepEqual(findings.map((item) => item.severity), ['warning', 'warning', 'warning', 'warning', 'warning']);
    assert.deepEqual(findings.at(-1), {
      rule: 'abbreviations',
      severity: 'warning',
      message: 'This uses 4 abbreviations. Try 3 or fewer.',
      why: 'Plain language guidelines: use no more than 3 abbreviations in a document.',
      block: -1,
      from: 0,
      to: 0,
      suggestions: [],
    });
  });
});
