import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {createSymbolIndex} from './symbol-index.js';
import type {SymbolRecord} from './symbol-record.js';
import {symbolRecords} from './symbol-data.js';
import {HEALTH_SYNONYMS, searchSymbols, searchWords, starterSymbols} from './search-symbols.js';

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

describe('HEALTH_SYNONYMS', () => {
  it('names only symbols that exist in the index', () => {
    const missing = Object.entries(HEALTH_SYNONYMS).flatMap(([word, targets]) =>
      targets.filter((label) => !index.byLabel.has(label)).map((label) => `${word} → ${label}`)
    );
    assert.deepEqual(missing, []);
  });

  it('covers the everyday health words', () => {
    for (const word of ['doctor', 'nurse', 'medicine', 'tablet', 'hospital', 'appointment', 'phone', 'pain', 'blood']) {
      assert.ok(HEALTH_SYNONYMS[word], word);
    }
  });
});
