import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {hardWords, hardWordsByTerm} from '../words/hard-words.js';
import {difficultWords} from './difficult-words.js';
import {block, flagged, runBlockRule} from './test-context.js';

describe('difficult-words', () => {
  it('reports a hard word with its plain alternatives as fixes', () => {
    assert.deepEqual(runBlockRule(difficultWords, 'Please assist the nurse.'), [
      {
        rule: 'difficult-words',
        severity: 'warning',
        message: 'Try an everyday word: “help”.',
        why: 'Easy read guidance (Department of Health): avoid hard words. Word list: plainlanguage.gov (CC0).',
        from: 7,
        to: 13,
        suggestions: [{label: 'Use “help”', replacement: 'help'}],
      },
    ]);
  });

  it('names the NHS guideline in the plain English profile', () => {
    const [found] = runBlockRule(difficultWords, 'Ask at the GP practice.', {profile: 'plain'});
    assert.equal(found?.why, 'NHS content guide: use everyday words. Word list: NHS A to Z of health writing (OGL v3.0). People search for "GP surgery".');
    assert.deepEqual(found?.suggestions, [{label: 'Use “GP surgery”', replacement: 'GP surgery'}]);
  });

  it('offers every alternative, in the form and capitals of the word', () => {
    const text = 'Purchase food. She purchased it. ASSIST HIM.';
    const findings = runBlockRule(difficultWords, text);
    assert.deepEqual(flagged(text, findings), ['Purchase', 'purchased', 'ASSIST']);
    assert.deepEqual(findings.map((item) => item.suggestions.map((fix) => fix.replacement)), [['Buy'], ['bought'], ['HELP']]);
    const accompany = runBlockRule(difficultWords, 'A carer can accompany you.');
    assert.deepEqual(accompany[0]?.suggestions.map((fix) => fix.replacement), ['go with', 'come with']);
    assert.equal(accompany[0]?.message, 'Try an everyday word: “go with” or “come with”.');
  });

  it('uses the past participle after "be" and fixes "a"/"an"', () => {
    const text = 'It was administered with an analgesic.';
    const findings = runBlockRule(difficultWords, text);
    assert.deepEqual(flagged(text, findings), ['administered', 'an analgesic']);
    assert.deepEqual(findings.map((item) => item.suggestions[0]?.replacement), ['given', 'a painkiller']);
  });

  it('finds phrases, plurals and possessives', () => {
    const text = "Know your risk factors. See the physician's nurse. He passed urine.";
    assert.deepEqual(flagged(text, runBlockRule(difficultWords, text)), ['risk factors', 'physician', 'passed urine']);
    const contracted = 'Don’t hesitate to call. Do not hesitate to ring. Do not worry.';
    assert.deepEqual(flagged(contracted, runBlockRule(difficultWords, contracted)), ['Don’t hesitate to', 'Do not hesitate to']);
  });

  it('flags medical words gently, and not where they are explained', () => {
    const [found] = runBlockRule(difficultWords, 'You have hypertension.');
    assert.equal(found?.severity, 'info');
    assert.equal(found?.message, '“hypertension” is a medical word. Try “high blood pressure”.');
    assert.deepEqual(runBlockRule(difficultWords, 'You have high blood pressure (hypertension).'), []);
    assert.deepEqual(runBlockRule(difficultWords, 'This is called hypertension.'), []);
  });

  it('leaves a word inside a capitalised name, but not in a Title Case heading or on its own', () => {
    assert.deepEqual(runBlockRule(difficultWords, 'You can ask the Health Service Ombudsman to look at it.'), []);
    assert.deepEqual(runBlockRule(difficultWords, 'Read the Mental Capacity Act.'), []);
    const text = 'You can ask the ombudsman. Please assist the Nurse.';
    assert.deepEqual(flagged(text, runBlockRule(difficultWords, text)), ['ombudsman', 'assist']);
    const title = 'Seasonal Influenza Vaccination Programme';
    assert.ok(flagged(title, runBlockRule(difficultWords, block('title', title))).includes('Influenza'));
  });

  it('leaves a medical word everywhere in a block that explains it', () => {
    const text = 'The test helps stop cancer of the cervix. The cervix is the opening to your womb. We invite people with a cervix.';
    assert.deepEqual(runBlockRule(difficultWords, text), []);
    const unexplained = 'The test helps stop cancer of the cervix. We invite people with a cervix. Please assist the nurse.';
    assert.deepEqual(runBlockRule(difficultWords, unexplained).map((item) => item.severity), ['info', 'info', 'warning']);
  });

  it('leaves "disease" and "disorder" in the name of a condition', () => {
    assert.deepEqual(runBlockRule(difficultWords, "It finds heart disease, Alzheimer's disease and eating disorders."), []);
    const text = 'You have a disease. It is a serious disorder.';
    assert.deepEqual(flagged(text, runBlockRule(difficultWords, text)), ['a disease', 'disorder']);
  });

  it('leaves a medical word the next sentence explains', () => {
    assert.deepEqual(runBlockRule(difficultWords, 'Ask the ombudsman. They are a free service that is not part of the NHS.'), []);
    assert.equal(runBlockRule(difficultWords, 'Ask the ombudsman. They will write back.').length, 1);
  });

  it('does not flag everyday words or parts of other words', () => {
    for (const text of ['Go with your carer to the pharmacy.', 'The assistant will help you.', 'Buy food that is good for you.', '']) {
      assert.deepEqual(runBlockRule(difficultWords, text), [], text);
    }
  });

  it('skips hard-word box terms and contact lines', () => {
    assert.deepEqual(runBlockRule(difficultWords, block('hard-word-term', 'Hypertension')), []);
    assert.deepEqual(runBlockRule(difficultWords, block('contact', 'Purchase Street, Leeds', {field: 'address'})), []);
  });

  it('respects the organisation word lists', () => {
    assert.deepEqual(runBlockRule(difficultWords, 'Please assist the nurse.', {words: {allowed: ['Assist']}}), []);
    const [found] = runBlockRule(difficultWords, 'Use the portal.', {words: {replace: {portal: ['website']}}});
    assert.equal(found?.message, 'Try an everyday word: “website”.');
    assert.match(found?.why ?? '', /Word list: your organisation\./);
    const [own] = runBlockRule(difficultWords, 'Please assist.', {words: {replace: {assist: ['give a hand']}}});
    assert.deepEqual(own?.suggestions.map((fix) => fix.replacement), ['give a hand']);
  });
});

describe('difficult-words and its own list', () => {
  it('never offers a word the list calls hard, and never flags a word the list offers as plain', () => {
    const plain = new Set(hardWords.flatMap((entry) => entry.plain.map((word) => word.toLowerCase())));
    for (const entry of hardWords) {
      const found = runBlockRule(difficultWords, `We saw the ${entry.term} today.`);
      if (plain.has(entry.term.toLowerCase())) assert.deepEqual(found, [], entry.term);
      for (const suggestion of found.flatMap((item) => item.suggestions)) {
        const offersHard = hardWordsByTerm.has(suggestion.replacement.toLowerCase());
        const hasPlainChoice = entry.plain.some((word) => !hardWordsByTerm.has(word.toLowerCase()));
        assert.ok(!offersHard || !hasPlainChoice, `${entry.term} → ${suggestion.replacement}`);
      }
    }
  });
});
