import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {abbreviationAllowances, knownAbbreviations, shoutedWords, wellKnownAbbreviations} from './abbreviations.js';
import {allowedLongWords} from './allowed-long-words.js';
import {contractions} from './contractions.js';
import {hardWords, hardWordsByTerm, medicalTerms} from './hard-words.js';
import {idioms} from './idioms.js';
import {builtInWordSettings} from './index.js';
import {inflectPhrase, inflections} from './inflect.js';
import {shortForms} from './latin-shortforms.js';
import {nhsAToZWords} from './nhs-a-to-z-words.js';
import {hiddenVerbs, normalNouns} from './nominalisations.js';
import {plainLanguageWords} from './plain-language-words.js';
import {readerTerms} from './reader-terms.js';
import {synonymSets} from './synonym-sets.js';
import {TermIndex} from './term-index.js';
import {matchCase} from './text-case.js';
import {ukHealthTerms} from './uk-health-terms.js';
import {vagueQuantities} from './vague-quantities.js';
import {wordyPhrases} from './wordy-phrases.js';

const sources = ['plainlanguage.gov', 'NHS A to Z', 'UK health terms'];

describe('hard word lists', () => {
  it('have at least 800 entries in total', () => {
    assert.ok(hardWords.length >= 800, `only ${hardWords.length} entries`);
    assert.equal(hardWords.length, plainLanguageWords.length + nhsAToZWords.length + ukHealthTerms.length);
  });

  it('have no duplicate terms, across all sources', () => {
    const seen = new Map<string, string>();
    for (const entry of hardWords) {
      const key = entry.term.toLowerCase();
      assert.ok(!seen.has(key), `"${entry.term}" is in ${seen.get(key)} and ${entry.source}`);
      seen.set(key, entry.source);
    }
    assert.equal(hardWordsByTerm.size, hardWords.length);
  });

  it('give every entry a known source and at least one plain alternative', () => {
    for (const entry of hardWords) {
      assert.ok(sources.includes(entry.source), `${entry.term}: source ${entry.source}`);
      assert.ok(entry.plain.length > 0, `${entry.term} has no plain alternative`);
      for (const plain of entry.plain) {
        assert.ok(plain.trim().length > 0, `${entry.term} has an empty alternative`);
        assert.notEqual(plain.toLowerCase(), entry.term.toLowerCase(), `${entry.term} is its own alternative`);
      }
    }
  });

  it('keep each module to its own source', () => {
    assert.ok(plainLanguageWords.every((entry) => entry.source === 'plainlanguage.gov'));
    assert.ok(nhsAToZWords.every((entry) => entry.source === 'NHS A to Z'));
    assert.ok(ukHealthTerms.every((entry) => entry.source === 'UK health terms'));
  });

  it('write terms without stray spaces', () => {
    for (const entry of hardWords) assert.equal(entry.term, entry.term.trim().replace(/\s+/g, ' '));
  });

  it('mark the medical terms that must be explained', () => {
    assert.ok(medicalTerms.has('hypertension'));
    assert.ok(medicalTerms.has('haemorrhage'));
    assert.ok(!medicalTerms.has('purchase'));
  });

  it('contain the examples the brief names', () => {
    const expect: Record<string, string> = {
      accompany: 'go with',
      additional: 'more',
      approximately: 'about',
      assist: 'help',
      commence: 'start',
      purchase: 'buy',
      sufficient: 'enough',
      absorb: 'take in',
      acute: 'sudden',
      fever: 'high temperature',
      gullet: 'food pipe',
      outpatient: 'hospital appointment',
      elective: 'planned',
      refrain: 'stop',
      recumbent: 'lying down',
      whilst: 'while',
      orally: 'by mouth',
      prescriber: 'your doctor or nurse',
      'primary care': 'your GP surgery and local health services',
      signpost: 'point you to',
      'out of hours': 'when the surgery is closed',
      adversely: 'badly',
      formulation: 'the type of medicine, like a tablet or liquid',
      hypertension: 'high blood pressure',
      analgesic: 'painkiller',
      haemorrhage: 'bleeding',
      renal: 'kidney',
      cardiac: 'heart',
      administer: 'give',
      discharge: 'go home',
    };
    for (const [term, plain] of Object.entries(expect)) {
      assert.ok(hardWordsByTerm.get(term)?.plain.includes(plain), `${term} → ${plain}`);
    }
  });

  it('leave out words that are already plain in easy read', () => {
    for (const term of ['chemist', 'option', 'doctor', 'medicine', 'hospital', 'appointment', 'pharmacy', 'nurse', 'test']) {
      assert.ok(!hardWordsByTerm.has(term), `"${term}" is plain`);
    }
  });

  it('do not overlap the wordy phrases or hidden verbs', () => {
    for (const phrase of [...wordyPhrases.map((item) => item.phrase), ...hiddenVerbs.map((item) => item.phrase)]) {
      assert.ok(!hardWordsByTerm.has(phrase), `"${phrase}" is in two lists`);
    }
  });

  it('are offered in the WordSettings shape', () => {
    assert.equal(builtInWordSettings.replace.get('purchase')?.[0], 'buy');
    assert.ok(builtInWordSettings.mustExplain.has('hypertension'));
    assert.ok(builtInWordSettings.allowed.has('hospital'));
  });
});

describe('other word lists', () => {
  it('allow the familiar long words', () => {
    for (const word of ['hospital', 'medicine', 'appointment', 'together', 'everyone', 'tablet', 'remember', 'family', 'important', 'information']) {
      assert.ok(allowedLongWords.has(word), word);
    }
    for (const word of allowedLongWords) assert.equal(word, word.toLowerCase());
  });

  it('know the NHS abbreviations that need spelling out', () => {
    for (const key of ['MDT', 'PALS', 'MAOI', 'SSRI', 'IAPT', 'PHSO', 'CBT', 'TTO']) assert.ok(knownAbbreviations.has(key), key);
    const forms = shortForms.map((form) => form.text);
    for (const text of ['Tel', 'Mon–Fri', 'mg', 'ml', 'etc.']) assert.ok(forms.includes(text), text);
  });

  it('list abbreviations in capitals, with A&E allowed', () => {
    for (const key of ['NHS', 'GP', 'A&E', 'UK']) assert.ok(wellKnownAbbreviations.has(key), key);
    for (const key of [...wellKnownAbbreviations, ...knownAbbreviations.keys(), ...abbreviationAllowances, ...shoutedWords]) {
      assert.equal(key, key.toUpperCase());
    }
    for (const key of knownAbbreviations.keys()) assert.ok(!wellKnownAbbreviations.has(key), key);
  });

  it('compile every pattern', () => {
    for (const idiom of idioms) assert.doesNotThrow(() => new RegExp(idiom.pattern.replace(/\{\w+\}/g, 'x'), 'iu'), idiom.phrase);
    for (const form of shortForms) assert.doesNotThrow(() => new RegExp(form.pattern, 'iu'), form.text);
    for (const term of readerTerms) assert.doesNotThrow(() => new RegExp(term.pattern, 'iu'), term.pattern);
  });

  it('include the health idioms the brief names', () => {
    const phrases = idioms.map((idiom) => idiom.phrase);
    for (const phrase of ['under the weather', 'on the mend', 'butterflies in your stomach', 'feeling blue', 'a clean bill of health']) {
      assert.ok(phrases.includes(phrase), phrase);
    }
  });

  it('have at least 200 idioms, each with a plain swap unless it is a health idiom', () => {
    assert.ok(idioms.length >= 200, `only ${idioms.length} idioms`);
    const start = idioms.findIndex((idiom) => idiom.phrase === 'go the extra mile');
    assert.ok(start > 0);
    for (const idiom of idioms.slice(start)) assert.ok((idiom.plain?.length ?? 0) > 0, idiom.phrase);
  });

  it('match the everyday idioms in their common forms', () => {
    const slots = (pattern: string) => pattern.replace('{your}', '(?:your|my|his|her|their|our|the)').replace('{feel}', '(?:feel|feels|feeling|felt)');
    const matches = (text: string) => idioms.some((idiom) => new RegExp(`^(?:${slots(idiom.pattern)})$`, 'iu').test(text));
    for (const text of ['going the extra mile', 'went the extra mile', 'bear with us', 'bearing with us', 'weather the storm', 'suffer in silence',
      'first-come, first-served', 'in the pipeline', 'touch base', 'are on the same page', 'at the end of the day', 'keep an eye on', 'kept an eye on']) {
      assert.ok(matches(text), text);
    }
  });

  it('expand contractions', () => {
    assert.deepEqual(contractions.get("can't"), {expansions: ['cannot'], negative: true});
    assert.deepEqual(contractions.get("won't")?.expansions, ['will not']);
    assert.equal(contractions.get("doctor's"), undefined);
  });

  it('keep synonym sets, vague words and normal nouns tidy', () => {
    const words = synonymSets.flatMap((set) => set.members.map((member) => member.singular.toLowerCase()));
    assert.equal(new Set(words).size, words.length);
    assert.ok(vagueQuantities.some((item) => item.phrase === 'soon'));
    for (const noun of ['information', 'appointment', 'medication']) assert.ok(normalNouns.has(noun));
  });
});

describe('inflections', () => {
  it('finds the forms of a word', () => {
    assert.deepEqual([...inflections('assist')], [
      ['assist', ''],
      ['assists', 's'],
      ['assisted', 'ed'],
      ['assisting', 'ing'],
    ]);
    assert.equal(inflections('admit').get('admitted'), 'ed');
    assert.equal(inflections('diagnosis').get('diagnoses'), 's');
  });

  it('puts a plain word into the same form', () => {
    assert.equal(inflectPhrase('help', 'ed'), 'helped');
    assert.equal(inflectPhrase('give', 'ed', true), 'given');
    assert.equal(inflectPhrase('give', 'ed'), 'gave');
    assert.equal(inflectPhrase('go with', 's'), 'goes with');
    assert.equal(inflectPhrase('high temperature', 's'), 'high temperatures');
    assert.equal(inflectPhrase('stop', 'ing'), 'stopping');
    assert.equal(inflectPhrase('tablet that makes you pee more', 's'), null);
  });
});

describe('matchCase', () => {
  it('copies the capitals of the original', () => {
    assert.equal(matchCase('purchase', 'buy'), 'buy');
    assert.equal(matchCase('Purchase', 'buy'), 'Buy');
    assert.equal(matchCase('PURCHASE', 'buy'), 'BUY');
    assert.equal(matchCase('casualty', 'A&E'), 'A&E');
  });
});

describe('TermIndex', () => {
  const words = (text: string) => [...text.matchAll(/[\p{L}'’&-]+/gu)].map((m) => ({from: m.index, to: m.index + m[0].length, text: m[0]}));

  it('finds words, inflections, phrases and possessives, longest first', () => {
    const index = new TermIndex([
      ['assist', 1],
      ['risk factor', 2],
      ['cardiac', 3],
      ['cardiac arrest', 4],
      ['physician', 5],
    ]);
    const text = "She assisted with risk factors after a cardiac arrest. The physician's bag.";
    const hits = index.find(words(text), text).map((hit) => [text.slice(hit.from, hit.to), hit.value, hit.inflection]);
    assert.deepEqual(hits, [
      ['assisted', 1, 'ed'],
      ['risk factors', 2, 's'],
      ['cardiac arrest', 4, ''],
      ['physician', 5, ''],
    ]);
  });

  it('needs the words of a phrase to be separated by spaces only', () => {
    const index = new TermIndex([['prior to', true]], {inflect: false});
    const text = 'prior, to';
    assert.deepEqual(index.find(words(text), text), []);
  });
});
