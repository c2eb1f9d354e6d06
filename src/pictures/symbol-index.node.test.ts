import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {openMojiPackageDir, readOpenMoji, renderSymbolData, symbolDataFile} from './generate-symbol-data.js';
import {
  buildSymbolRecords,
  createSymbolIndex,
  loadSymbolIndex,
  openMojiSrc,
  parseOpenMojiData,
  splitWords,
  stem,
  type OpenMojiRecord,
} from './symbol-index.js';
import {openMojiVersion, symbolRecords} from './symbol-data.js';

function record(fields: Partial<OpenMojiRecord>): OpenMojiRecord {
  return {hexcode: '1F48A', group: 'objects', annotation: 'pill', tags: '', openmoji_tags: '', skintone: '', order: 1, ...fields};
}

describe('symbol-data.json', () => {
  it('matches the installed openmoji package (run generate-symbol-data.ts if not)', () => {
    const {version, records} = readOpenMoji();
    assert.equal(openMojiVersion, version);
    assert.equal(readFileSync(symbolDataFile, 'utf8'), renderSymbolData(version, records));
  });

  it('offers about 2,000 symbols, each with an SVG in the package', () => {
    assert.ok(symbolRecords.length > 1800 && symbolRecords.length < 2500, String(symbolRecords.length));
    const svgDir = join(openMojiPackageDir(), 'color', 'svg');
    const missing = symbolRecords.filter(([hexcode]) => !existsSync(join(svgDir, `${hexcode}.svg`)));
    assert.deepEqual(missing, []);
  });

  it('holds the health symbols the picker relies on', () => {
    const byHex = new Map(symbolRecords.map(([hexcode, label]) => [hexcode, label]));
    assert.equal(byHex.get('1F9D1-200D-2695-FE0F'), 'health worker');
    assert.equal(byHex.get('1F48A'), 'pill');
    assert.equal(byHex.get('1F4DE'), 'telephone receiver');
    assert.equal(byHex.get('1FA78'), 'drop of blood');
  });

  it('leaves out flags, skin tones and facing-right copies', () => {
    const labels = symbolRecords.map(([, label]) => label);
    assert.ok(!labels.some((label) => label.startsWith('flag:')));
    assert.ok(!labels.some((label) => label.includes('facing right')));
    assert.ok(!symbolRecords.some(([hexcode]) => /-1F3F[B-F]/.test(hexcode)), 'no skin-tone modifiers');
  });
});

describe('buildSymbolRecords', () => {
  it('keeps the label and the other tag words once, in OpenMoji order', () => {
    const records = buildSymbolRecords([
      record({hexcode: 'B', annotation: 'pill', tags: 'doctor, pills, medicine', openmoji_tags: 'health, doctor', order: 2}),
      record({hexcode: 'A', annotation: 'health worker', tags: 'doctor, health', order: 1}),
    ]);
    assert.deepEqual(records, [
      ['A', 'health worker', 'doctor'],
      ['B', 'pill', 'doctor pills medicine health'],
    ]);
  });

  it('skips flags, components, extra Unicode symbols and skin-tone variants', () => {
    const records = buildSymbolRecords([
      record({hexcode: 'F', group: 'flags'}),
      record({hexcode: 'C', group: 'component'}),
      record({hexcode: 'U', group: 'extras-unicode'}),
      record({hexcode: 'S', skintone: 2}),
      record({hexcode: 'R', annotation: 'person walking: facing right'}),
      record({hexcode: 'K'}),
    ]);
    assert.deepEqual(records.map(([hexcode]) => hexcode), ['K']);
  });
});

describe('parseOpenMojiData', () => {
  it('rejects data that does not look like openmoji.json, naming the bad entry', () => {
    assert.throws(() => parseOpenMojiData({}), /should hold an array/);
    assert.throws(() => parseOpenMojiData([record({}), {hexcode: 1}]), /entry 1/);
  });
});

describe('splitWords and stem', () => {
  it('splits on anything but letters and digits, dropping accents', () => {
    assert.deepEqual(splitWords('X-ray, Piñata & COVID-19'), ['x', 'ray', 'pinata', 'covid', '19']);
  });

  it('folds plurals only', () => {
    assert.deepEqual(
      ['tablets', 'injuries', 'glasses', 'boxes', 'virus', 'medical', 'gas'].map(stem),
      ['tablet', 'injury', 'glass', 'box', 'virus', 'medical', 'gas']
    );
  });
});

describe('loadSymbolIndex', () => {
  it('loads the stored data once', async () => {
    const first = await loadSymbolIndex();
    assert.equal(first, await loadSymbolIndex());
    assert.equal(first.symbols.length, createSymbolIndex(symbolRecords).symbols.length);
    assert.equal(first.byLabel.get('pill')?.hexcode, '1F48A');
  });

  it('gives the stable document path of an SVG', () => {
    assert.equal(openMojiSrc('1F48A'), '/openmoji/1F48A.svg');
  });
});
