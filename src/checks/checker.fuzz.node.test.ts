import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {seededRandom as random} from '../../scripts/bench-text.js';
import {allRules} from './all-rules.js';
import {createChecker} from './checker.js';
import {splitSentences, tokenize} from './segment.js';
import type {BlockKind, CheckBlock, CheckInput, CheckResult, FormatRun, RowInfo, Scores} from './types.js';

const PIECES = [
  'Take your tablets. ', 'Dr. Adams', ' e.g. ', '1.5', '5.30pm', '25%', '0800 123 4567', '+44 20 7946 0958',
  'www.nhs.uk', 'info@nhs.net', '6 August 2018', '12/03/2024', 'A&E', 'x-ray', "can't", '…', '?!', '"', '(', ')',
  '\n', ' ', '  ', '\t', '\u00a0', '\u200d', '\u00ad', '\ufffc', '😀', '👨‍👩‍👧', '🇬🇧', '🏽', 'שלום עולם. ', 'مرحبا بالعالم؟ ',
  '\u202e', '\u200f', 'ÅÄÖ', '日本語。', 'ﷺ', '𝒜', '\ud800', '\udc00', '\u0301', 'NHS', 'GP', 'ICU', '1,000,000',
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen',
  ' and ', ', ', '; ', ' - ', ' – ', ' / ', '½', 'II', 'iv', 'Do not', ' not un', 'per cent', '17:00', '.', '..',
];
const KINDS: readonly BlockKind[] = ['title', 'heading', 'paragraph', 'list-item', 'row-text', 'hard-word-term', 'hard-word-meaning', 'contact'];
const FORMATS: readonly FormatRun['format'][] = ['bold', 'italic', 'underline', 'link'];
const FIELDS = ['phone', 'email', 'address', 'hours', 'name', 'website'];

function randomCodePoints(next: () => number, length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) {
    const plane = next();
    const code = plane < 0.6 ? Math.floor(next() * 0x3000) : plane < 0.9 ? Math.floor(next() * 0x10000) : 0x10000 + Math.floor(next() * 0x10000);
    text += String.fromCodePoint(code);
  }
  return text;
}

function randomText(next: () => number): string {
  const parts: string[] = [];
  const count = Math.floor(next() * 30);
  for (let i = 0; i < count; i++) {
    parts.push(next() < 0.7 ? PIECES[Math.floor(next() * PIECES.length)]! : randomCodePoints(next, 1 + Math.floor(next() * 12)));
  }
  return parts.join('');
}

function randomRuns(next: () => number, length: number): FormatRun[] {
  const runs: FormatRun[] = [];
  let at = 0;
  while (at < length && next() < 0.5) {
    const from = at + Math.floor(next() * (length - at));
    const to = from + Math.floor(next() * (length - from + 1));
    runs.push({from, to, format: FORMATS[Math.floor(next() * FORMATS.length)]!});
    at = to + 1;
  }
  return runs;
}

function randomInput(seed: number): CheckInput {
  const next = random(seed);
  const rows: RowInfo[] = Array.from({length: Math.floor(next() * 4)}, () => ({
    picture: next() < 0.5 ? null : {src: next() < 0.5 ? 'pill.png' : '', alt: next() < 0.5 ? randomText(next) : ''},
  }));
  let section = 0;
  const blocks: CheckBlock[] = Array.from({length: Math.floor(next() * 12)}, () => {
    const kind = KINDS[Math.floor(next() * KINDS.length)]!;
    if (kind === 'heading') section++;
    const text = randomText(next);
    const size = 1 + Math.floor(next() * 9);
    return {
      kind,
      text,
      runs: randomRuns(next, text.length),
      section,
      ...(kind === 'row-text' && rows.length > 0 ? {row: Math.floor(next() * rows.length)} : {}),
      ...(kind === 'heading' ? {level: next() < 0.5 ? 2 : 3} : {}),
      ...(kind === 'list-item' ? {list: {ordered: next() < 0.5, index: Math.floor(next() * size), size}} : {}),
      ...(kind === 'contact' ? {field: FIELDS[Math.floor(next() * FIELDS.length)]!} : {}),
    };
  });
  const title = next() < 0.5 ? randomText(next) : undefined;
  return {blocks, rows, details: title === undefined ? {} : {title, reviewBy: next() < 0.5 ? '2020-01-01' : 'not a date'}, today: '2026-06-01'};
}

function assertScoresFinite(scores: Scores, where: string): void {
  for (const [key, value] of Object.entries(scores)) {
    if (typeof value === 'number') assert.ok(Number.isFinite(value), `${where}.${key} is ${value}`);
  }
}

function assertSound(input: CheckInput, result: CheckResult, label: string): void {
  for (const item of [...result.findings, ...result.ignored.map((entry) => entry.finding)]) {
    if (item.block === -1) continue;
    const block = input.blocks[item.block];
    assert.ok(block, `${label}: ${item.rule} names block ${item.block}`);
    assert.ok(item.from >= 0 && item.from <= item.to && item.to <= block.text.length, `${label}: ${item.rule} at ${item.from}-${item.to} of ${block.text.length}`);
  }
  assertScoresFinite(result.scores.document, `${label} document`);
  result.scores.sections.forEach((scores, index) => assertScoresFinite(scores, `${label} section ${index}`));
  result.scores.rows.forEach((scores, index) => assertScoresFinite(scores, `${label} row ${index}`));
}

describe('checker fuzz (every rule)', () => {
  it('never throws, keeps every finding inside its block, and no rule fails', (t) => {
    const warnings: string[] = [];
    t.mock.method(console, 'warn', (message: unknown) => warnings.push(String(message)));
    for (const profile of ['easy-read', 'plain'] as const) {
      const checker = createChecker({profile, rules: allRules});
      for (let seed = 1; seed <= 300; seed++) {
        const input = randomInput(seed);
        assertSound(input, checker.check(input), `${profile} seed ${seed}`);
      }
    }
    assert.deepEqual(warnings, []);
  });

  it('finds, after any edit, exactly what a new checker finds (its caches never go stale)', () => {
    /** A random edit of the kind the editor makes: the untouched blocks stay the same objects. */
    const edit = (input: CheckInput, next: () => number): CheckInput => {
      const blocks = [...input.blocks];
      const at = Math.floor(next() * blocks.length);
      const roll = next();
      const other = randomInput(Math.floor(next() * 1000)).blocks[0];
      if (blocks.length > 0 && roll < 0.35) blocks[at] = {...blocks[at]!, text: `${blocks[at]!.text}${randomText(next).slice(0, 3)}`};
      else if (blocks.length > 1 && roll < 0.5) [blocks[0], blocks[at]] = [blocks[at]!, blocks[0]!];
      else if (blocks.length > 0 && roll < 0.6) blocks[at] = {...blocks[at]!, section: blocks[at]!.section + 1};
      else if (blocks.length > 0 && roll < 0.7) blocks.splice(at, 1);
      else if (other && roll < 0.8) blocks.splice(at, 0, other);
      else if (blocks.length > 0 && roll < 0.9) blocks[at] = {...blocks[at]!};
      else return {...input, rows: input.rows.map((row) => ({picture: row.picture ? null : {src: 'a.png', alt: 'A pill'}})), details: {title: ''}};
      return {...input, blocks};
    };
    for (const profile of ['easy-read', 'plain'] as const) {
      const warm = createChecker({profile, rules: allRules});
      for (let seed = 1; seed <= 40; seed++) {
        const next = random(seed * 31);
        let input = randomInput(seed);
        for (let step = 0; step < 12; step++) {
          const result = warm.check(input);
          assert.deepEqual(result, createChecker({profile, rules: allRules}).check(input), `${profile} seed ${seed} step ${step}`);
          input = edit(input, next);
        }
      }
    }
  });

  it('handles a 100,000-character paragraph', (t) => {
    const warnings: string[] = [];
    t.mock.method(console, 'warn', (message: unknown) => warnings.push(String(message)));
    const next = random(42);
    let text = '';
    while (text.length < 100_000) text += next() < 0.8 ? PIECES[Math.floor(next() * PIECES.length)]! : randomCodePoints(next, 5);
    const noStops = 'word '.repeat(20_000);
    for (const paragraph of [text, noStops, '😀'.repeat(50_000), 'ש'.repeat(100_000), 'x'.repeat(100_000)]) {
      const input: CheckInput = {blocks: [{kind: 'paragraph', text: paragraph, runs: [], section: 0}], rows: [], details: {}};
      assertSound(input, createChecker({rules: allRules}).check(input), 'long paragraph');
    }
    assert.deepEqual(warnings, []);
  });

  it('segments random text into in-range, ordered, non-overlapping pieces', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const next = random(seed * 7919);
      const text = randomText(next) + randomCodePoints(next, 40);
      let end = 0;
      for (const sentence of splitSentences(text)) {
        assert.ok(sentence.from >= end && sentence.from < sentence.to && sentence.to <= text.length, `seed ${seed}`);
        assert.equal(sentence.text, text.slice(sentence.from, sentence.to));
        assert.ok(sentence.tokens.length > 0);
        end = sentence.to;
      }
      let last = 0;
      for (const token of tokenize(text)) {
        assert.ok(token.from >= last && token.from < token.to && token.to <= text.length, `seed ${seed}`);
        last = token.to;
      }
    }
  });

  it('grows linearly: checking 16 times the text costs less than 64 times as much', (t) => {
    // Generous, so a busy machine cannot fail it: linear is 16×, quadratic 256×. The fastest
    // of 5 runs, in CPU time, keeps most other work on the machine out of it.
    const adversarial: ReadonlyArray<readonly [string, (size: number) => string]> = [
      ['one huge word', (size) => 'ba'.repeat(size / 2)],
      ['only punctuation', (size) => '.,;:!?()-–"\''.repeat(size / 12)],
      ['mixed scripts', (size) => 'Take שלום مرحبا Привет 日本語 tablets. '.repeat(size / 36)],
      ['zero-width characters', (size) => 'Ta\u200bke\u200d your\u00ad tab\u200clets '.repeat(size / 30)],
      ['unpaired surrogates', (size) => 'pill\ud800 \udc00dose '.repeat(size / 16)],
      ['digits and dots', (size) => '1.2.3.4-5 6/7 0800 '.repeat(size / 19)],
      ['capitals', (size) => 'NHS GP ICU A&E STOP NOW '.repeat(size / 24)],
      ['one sentence, no stops', (size) => 'you can take some of your tablets and do not drive if you feel a little sick, '.repeat(size / 80)],
      ['idioms and hard words', (size) => 'Under the weather, commence the utilisation of a lot of medication soon. '.repeat(size / 74)],
    ];
    const cost = (text: string): number => {
      const input: CheckInput = {blocks: [{kind: 'paragraph', text, runs: [], section: 0}], rows: [], details: {}};
      let best = Infinity;
      for (let run = 0; run < 5; run++) {
        const before = process.cpuUsage();
        createChecker({rules: allRules}).check(input);
        const used = process.cpuUsage(before);
        best = Math.min(best, used.user + used.system);
      }
      return best;
    };
    const ratios: string[] = [];
    for (const [name, make] of adversarial) {
      cost(make(2_000));
      const ratio = cost(make(128_000)) / Math.max(1, cost(make(8_000)));
      ratios.push(`${name} ${ratio.toFixed(1)}×`);
      assert.ok(ratio < 64, `${name}: 16 times the text took ${ratio.toFixed(1)} times as long`);
    }
    t.diagnostic(`cost of 128k ÷ 8k characters: ${ratios.join(', ')}`);
  });
});
