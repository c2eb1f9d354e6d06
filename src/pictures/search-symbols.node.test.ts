import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {createSymbolIndex} from './symbol-index.js';
import type {SymbolRecord} from './symbol-record.js';
import {symbolRecords} from './symbol-data.js';
import {HEALTH_CONCEPTS} from './health-concepts.js';
import {searchSymbols, searchWords, starterSymbols, STOP_WORDS, suggestionConcepts} from './search-symbols.js';

const index = createSymbolIndex(symbolRecords);

function labels(query: string, context?: string, limit = 5): string[] {
  return searchSymbols(index, query, {context, limit}).symbols.map((symbol) => symbol.label);
}

describe('searchSymbols', () => {
  it('finds the health worker for "doctor", first', () => {
    assert.equal(labels('doctor')[0], 'health worker');
    assert.equal(searchSymbols(index, 'doctor').symbols[0]!.hexcode, '1F9D1-200D-2695-FE0F');
  });

  it('ranks the pill first for the row "take your medicine"', () => {
    assert.equal(labels('', 'take your medicine')[0], 'pill');
  });

  it('finds the telephone for "phone" and the drop of blood for "blood"', () => {
    assert.ok(labels('phone').includes('telephone'));
    assert.equal(labels('blood')[0], 'drop of blood');
  });

  it('finds calendars for "appointment" through the health synonyms', () => {
    assert.deepEqual(labels('appointment'), ['calendar', 'spiral calendar', 'tear-off calendar']);
  });

  it('folds plurals, so "tablets" finds pills', () => {
    assert.equal(labels('tablets')[0], 'pills');
    assert.ok(labels('tablets', undefined, 10).includes('pill'));
  });

  it('ranks exact matches above prefix matches above synonym-only matches', () => {
    // "pain": "joint pain" is an exact label match, "paintbrush" (tagged "paint…")
    // a prefix match while typing, and "face with head-bandage" only a synonym.
    const found = labels('pain', undefined, 60);
    const at = (label: string): number => found.indexOf(label);
    assert.ok(at('joint pain') >= 0 && at('joint pain') < at('paintbrush'), found.join(', '));
    assert.ok(at('face with head-bandage') > at('paintbrush'), found.join(', '));
  });

  it('matches prefixes of the word being typed, but not of finished words', () => {
    assert.ok(labels('stetho').includes('stethoscope'));
    assert.ok(!labels('stetho ').includes('stethoscope'));
  });

  it('uses the row text to break ties between equal matches', () => {
    const plain = labels('mobile phone', undefined, 60);
    const withRow = labels('mobile phone', 'Switch your phone off in the ward', 60);
    // All four "mobile phone …" symbols match both words exactly; "off" is in the row.
    assert.ok(plain.indexOf('mobile phone off') > plain.indexOf('no mobile phones'), plain.join(', '));
    assert.ok(withRow.indexOf('mobile phone off') < withRow.indexOf('no mobile phones'), withRow.join(', '));
  });

  it('puts the row matches first, then common health pictures, when the search is empty', () => {
    const result = searchSymbols(index, '', {context: 'Call the hospital', limit: 500});
    const found = result.symbols.map((symbol) => symbol.label);
    assert.ok(found.indexOf('hospital') < found.indexOf('syringe'));
    assert.equal(new Set(found).size, found.length, 'no symbol twice');
    assert.ok(found.includes('pill'), 'common health pictures follow');
  });

  it('never opens empty: no query and no row text gives the common health pictures', () => {
    const result = searchSymbols(index, '', {});
    assert.equal(result.symbols[0]!.label, 'health worker');
    assert.equal(result.total, starterSymbols(index).length);
  });

  it('ignores stop words, punctuation and empty text without throwing', () => {
    const starter = searchSymbols(index, '', {});
    assert.deepEqual(searchSymbols(index, 'the and your', {}), starter);
    assert.deepEqual(searchSymbols(index, '  !!  ', {}), starter);
    assert.deepEqual(labels('PILL!'), labels('pill'));
  });

  it('limits the symbols but counts them all', () => {
    const result = searchSymbols(index, 'face', {limit: 3});
    assert.equal(result.symbols.length, 3);
    assert.ok(result.total > 50);
  });

  it('is deterministic', () => {
    assert.deepEqual(labels('heart', 'your heart', 60), labels('heart', 'your heart', 60));
  });

  it('works on a tiny hand-made index, ordering ties by position', () => {
    const records: SymbolRecord[] = [
      ['A', 'blue cup', 'drink tea'],
      ['B', 'red cup', 'drink'],
      ['C', 'cupboard', 'kitchen'],
    ];
    const tiny = createSymbolIndex(records);
    assert.deepEqual(searchSymbols(tiny, 'cup').symbols.map((s) => s.hexcode), ['A', 'B', 'C']);
    assert.deepEqual(searchSymbols(tiny, 'tea').symbols.map((s) => s.hexcode), ['A']);
    assert.deepEqual(searchSymbols(tiny, 'drink').symbols.map((s) => s.hexcode), ['A', 'B']);
  });
});

describe('searchWords', () => {
  it('drops stop words and single letters, folds plurals, marks the last word as partial', () => {
    assert.deepEqual(searchWords('Take your tablets to the x-ray', true), [
      {stem: 'tablet', partial: false},
      {stem: 'ray', partial: true},
    ]);
    assert.deepEqual(searchWords('2 pills', false), [
      {stem: '2', partial: false},
      {stem: 'pill', partial: false},
    ]);
  });
});

describe('HEALTH_CONCEPTS', () => {
  it('names only symbols that exist in the index', () => {
    const missing = Object.entries(HEALTH_CONCEPTS).flatMap(([concept, targets]) =>
      targets.filter((label) => !index.byLabel.has(label)).map((label) => `${concept} → ${label}`)
    );
    assert.deepEqual(missing, []);
  });

  it('holds at least 300 concepts, none of them a lone stop word that search drops', () => {
    const concepts = Object.keys(HEALTH_CONCEPTS);
    assert.ok(concepts.length >= 300, `${concepts.length} concepts`);
    assert.deepEqual(concepts.filter((concept) => STOP_WORDS.has(concept)), []);
  });

  it('covers the everyday health words', () => {
    for (const word of ['doctor', 'gp', 'nurse', 'medicine', 'tablet', 'hospital', 'ward', 'waiting room', 'appointment',
      'arrive', 'blood test', 'phone', 'letter', 'pain', 'help', 'worried', 'happy']) {
      assert.ok(HEALTH_CONCEPTS[word], word);
    }
  });
});

describe('suggestionConcepts', () => {
  it('finds the concepts a row names in order, the longest phrase first, plurals folded', () => {
    assert.deepEqual(suggestionConcepts('Arrive 15 minutes before your appointment'), ['arrive', 'minute', 'appointment']);
    assert.deepEqual(suggestionConcepts('You will have a blood test. Bring your tablets.'), ['blood test', 'tablet']);
    assert.deepEqual(suggestionConcepts(''), []);
  });
});

describe('suggestions for a row', () => {
  // Each row, the picture an easy-read designer would put first, and why.
  const rows: readonly (readonly [row: string, first: string, reason: string])[] = [
    ['Arrive 15 minutes before your appointment', 'alarm clock', 'the row is about being there on time'],
    ['Take your medicine every morning', 'pill', 'the medicine is the thing to do'],
    ['Your GP will see you', 'health worker', 'a GP is a doctor'],
    ['You will have a blood test', 'syringe', 'a blood test is taken with a needle'],
    ['Sit in the waiting room', 'chair', 'a waiting room is where you sit'],
    ['Call us if you are worried', 'telephone receiver', 'the action is to phone'],
    ['We will send you a letter', 'envelope', 'a letter comes in an envelope'],
    ['You will sleep on the ward', 'person in bed', 'a ward is beds; you sleep there'],
    ['Ask for help if you need it', 'person raising hand', 'asking is raising your hand'],
    ['Wash your hands before you eat', 'wash hands', 'the phrase names the picture'],
  ];
  for (const [row, first, reason] of rows) {
    it(`puts "${first}" first for "${row}" (${reason})`, () => {
      assert.equal(labels('', row, 1)[0], first);
    });
  }
});
