import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {seededRandom} from '../../scripts/bench-text.js';
import {firstWords, leadWords} from './pattern-expand.js';
import {PatternIndex, type PatternHit} from './pattern-index.js';
import {idioms} from './words/idioms.js';
import {shortForms} from './words/latin-shortforms.js';
import {readerTerms} from './words/reader-terms.js';

/** The behaviour PatternIndex must keep: one big alternation, searched left to right. */
function alternation(sources: readonly string[], text: string, flags: string): PatternHit[] {
  const pattern = new RegExp(sources.map((source) => `(?<![\\p{L}\\p{N}])(${source})(?![\\p{L}\\p{N}])`).join('|'), `${flags}g`);
  const groups: number[] = [];
  let group = 1;
  for (const source of sources) {
    groups.push(group);
    group += new RegExp(`${source}|`, flags).exec('')!.length;
  }
  const hits: PatternHit[] = [];
  for (const match of text.matchAll(pattern)) {
    hits.push({from: match.index, to: match.index + match[0].length, index: groups.findIndex((g) => match[g] !== undefined)});
  }
  return hits;
}

describe('firstWords', () => {
  it('spells out optional parts, groups and classes up to the first word', () => {
    assert.deepEqual(firstWords('kick(?:s|ed|ing)? the bucket'), ['kick', 'kicked', 'kicking', 'kicks']);
    assert.deepEqual(firstWords('(?:as )?fit as a fiddle'), ['as', 'fit']);
    assert.deepEqual(firstWords('[Ee]g(?=[.,:]|\\s)'), ['eg']);
    assert.deepEqual(firstWords("at death['’]s door"), ['at']);
    assert.deepEqual(firstWords('off[ -]colou?r'), ['off']);
    assert.deepEqual(firstWords('(?:forty|40) winks'), ['40', 'forty']);
  });

  it('ends a first word at white space, so a pattern with \\s is still filed under its word', () => {
    assert.deepEqual(firstWords('Mon\\.?\\s?(?:-|to)\\s?Fri'), ['mon', 'monto', 'montofri']);
    assert.deepEqual(firstWords('bear\\s+with us'), ['bear']);
    assert.equal(firstWords('\\s?mon'), null);
  });
});

describe('leadWords', () => {
  it('gives the second word where it is spelled out, and null where a match may stop or it is not known', () => {
    assert.deepEqual(leadWords('a bit(?:s)? much'), [
      {first: 'a', second: 'bit'},
      {first: 'a', second: 'bits'},
    ]);
    assert.deepEqual(leadWords('sort(?: of)?'), [
      {first: 'sort', second: null},
      {first: 'sort', second: 'of'},
    ]);
    assert.deepEqual(leadWords('in \\w+'), [{first: 'in', second: null}]);
    assert.equal(leadWords('\\w+ly'), null);
  });

  it('says it does not know when the first word is cut short or does not start with a letter', () => {
    assert.equal(firstWords('\\w+ly'), null);
    assert.equal(firstWords('kick\\S*'), null);
    assert.equal(firstWords('£\\d'), null);
  });
});

describe('PatternIndex', () => {
  const slots = (source: string) =>
    source.replace('{your}', '(?:your|my|his|her|their|our|the)').replace('{feel}', '(?:feel|feels|feeling|felt)');
  const idiomSources = idioms.map((idiom) => slots(idiom.pattern));
  const latinSources = shortForms.map((form) => form.pattern);
  const pieces = [
    ...idioms.map((idiom) => idiom.phrase),
    ...shortForms.map((form) => form.text),
    'Take your tablets.', 'e. g.', 'Re: your visit', 'per day', 'prn', 'the', 'a', 'in', 'on', 'x-', ',', '. ', '\n', ' ',
    'Feeling', 'BLUE', 'as', '40', 'a weight off your mind', 'off-colour', 'death’s', 'the patient', 'patients should', 'service users',
  ];

  it('finds exactly what one big alternation finds, on text made of the listed phrases', () => {
    for (const [sources, flags] of [[idiomSources, 'iu'], [latinSources, 'iu'], [latinSources, 'u'], [readerTerms.map((term) => term.pattern), 'iu']] as const) {
      const index = new PatternIndex(sources, flags);
      const next = seededRandom(3);
      for (let round = 0; round < 60; round++) {
        const parts: string[] = [];
        for (let i = 0; i < 40; i++) parts.push(pieces[Math.floor(next() * pieces.length)]!, next() < 0.8 ? ' ' : '');
        const text = parts.join('');
        assert.deepEqual(index.find(text), alternation(sources, text, flags), text);
      }
    }
  });

  it('tries a pattern with unknown first words at every word', () => {
    const index = new PatternIndex(['\\w+ly well', 'very'], 'iu');
    assert.deepEqual(index.find('I am really well, very.'), [
      {from: 5, to: 16, index: 0},
      {from: 18, to: 22, index: 1},
    ]);
  });
});
