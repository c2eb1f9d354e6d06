import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {Document, HeadingLevel, Packer, Paragraph, TextRun} from 'docx';
import type {CheckReport} from '../checks/check-text.js';
import {toDocumentFile} from '../document/document-file.js';
import {schema} from '../document/schema.js';
import {findingLine, runCli, tempFolder, type TempFolder} from './testing.js';

const {nodes} = schema;

const leaflet = [
  'Your medicine',
  '',
  'Take your tablet each morning with water.',
  'If you feel unwell after taking the medication you should contact your general practitioner or pharmacist as soon as reasonably possible so that they can facilitate an assessment.',
  '',
].join('\n');

const clean = 'Take your tablets with food.\nCall us on 0300 123 4567 if you feel ill.\n';

/** Settings that turn off the title and dates checks (which a plain text file, holding neither, now skips anyway). */
const noDetails = JSON.stringify({
  profiles: {'easy-read': {rules: {'dates-on-document': {enabled: false}, headings: {enabled: false}}}},
});

function parseReport(stdout: string): CheckReport {
  const value: unknown = JSON.parse(stdout);
  assert.ok(value !== null && typeof value === 'object' && !Array.isArray(value), 'one file gives one object');
  return value as CheckReport;
}

function assertReportShape(report: CheckReport): void {
  const keys = (value: object) => Object.keys(value).sort();
  assert.deepEqual(keys(report), ['file', 'findings', 'profile', 'readability', 'sentences', 'summary', 'words']);
  assert.deepEqual(keys(report.readability), ['fleschKincaidGrade', 'fleschReadingEase', 'readingAge', 'smog']);
  assert.deepEqual(keys(report.summary), ['errors', 'infos', 'warnings']);
  for (const finding of report.findings) {
    assert.deepEqual(keys(finding), ['column', 'line', 'message', 'rule', 'severity', 'suggestions', 'text']);
  }
  for (const value of [report.words, report.sentences, ...Object.values(report.readability), ...Object.values(report.summary)]) {
    assert.equal(typeof value, 'number');
  }
}

/** A Word document with a title, a heading, a paragraph with italics and a bullet. */
async function wordDocument(): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({text: 'Your new medicine', heading: HeadingLevel.TITLE}),
          new Paragraph({text: 'How to take it', heading: HeadingLevel.HEADING_1}),
          new Paragraph({children: [new TextRun('Take your tablets '), new TextRun({text: 'with food', italics: true}), new TextRun('.')]}),
          new Paragraph({text: 'Drink some water.', bullet: {level: 0}}),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** A saved document with everything the easy-read profile needs, so it has no errors. */
function savedDocument(): string {
  const doc = nodes['doc']!.create({written: '2026-01-05', reviewBy: '2099-01-01'}, [
    nodes['title']!.create(null, schema.text('Your new medicine')),
    nodes['row']!.create(null, nodes['paragraph']!.create(null, schema.text('Take your tablets with food.'))),
    nodes['contact']!.create(null, [nodes['contact_line']!.create({field: 'phone'}, schema.text('0300 123 4567'))]),
  ]);
  return JSON.stringify(toDocumentFile(doc));
}

describe('easy-read check', () => {
  let folder: TempFolder;
  const run = (...args: string[]) => runCli(args, {cwd: folder.path});

  before(async () => {
    folder = await tempFolder();
    await folder.write('leaflet.txt', leaflet);
    await folder.write('clean.txt', clean);
    await folder.write('org.json', noDetails);
  });
  after(() => folder.remove());

  it('prints help and exits 0', async () => {
    const {code, stdout} = await run('--help');
    assert.equal(code, 0);
    assert.match(stdout, /^Usage:\n {2}easy-read check/);
  });

  it('prints one line per finding and a summary, and exits 1 when there are errors', async () => {
    const {code, stdout, stderr} = await run('check', 'leaflet.txt');
    assert.equal(code, 1);
    assert.equal(stderr, '');
    const lines = stdout.trimEnd().split('\n');
    const summary = lines.pop()!;
    assert.ok(lines.length > 0);
    for (const line of lines) assert.match(line, findingLine);
    assert.ok(lines.some((line) => /^leaflet\.txt:4:1 error This sentence has \d+ words\..* sentence-length$/.test(line)), stdout);
    // A text file cannot hold a title or dates, so it is not told to add them.
    assert.ok(!lines.some((line) => line.endsWith(' dates-on-document') || line.includes('Add a title to this document.')), stdout);
    assert.doesNotMatch(summary, findingLine);
    // "Your medicine" reads as a heading, so its words are not scored: 2 sentences.
    assert.match(summary, /^leaflet\.txt: \d+ errors?, \d+ warnings?, \d+ info\. Reading age [\d.]+\. \d+ words, 2 sentences\.$/);
  });

  it('exits 0 when there are no errors, with the settings from --config', async () => {
    const {code, stdout} = await run('check', '--config', 'org.json', 'clean.txt');
    assert.equal(code, 0, stdout);
    assert.match(stdout, /^clean\.txt: 0 errors, \d+ warnings?, \d+ info\. Reading age [\d.]+\. \d+ words, 2 sentences\.\n$/);
  });

  it('exits 0 for a text file with no errors, with no settings: it is not asked for a title or dates', async () => {
    const {code, stdout} = await run('check', 'clean.txt');
    assert.equal(code, 0, stdout);
    assert.match(stdout, /^clean\.txt: 0 errors, /);
  });

  it('writes one JSON object for one file, with exactly the report keys', async () => {
    const {code, stdout} = await run('check', '--format', 'json', 'leaflet.txt');
    assert.equal(code, 1);
    const report = parseReport(stdout);
    assertReportShape(report);
    assert.equal(report.file, 'leaflet.txt');
    assert.equal(report.profile, 'easy-read');
    assert.ok(report.summary.errors > 0);
    const long = report.findings.find((finding) => finding.rule === 'sentence-length');
    assert.deepEqual({line: long?.line, column: long?.column, severity: long?.severity}, {line: 4, column: 1, severity: 'error'});
  });

  it('writes an array for several files, in the order given, with the profile asked for', async () => {
    const {code, stdout} = await run('check', '--format=json', '--profile', 'plain', 'clean.txt', 'leaflet.txt');
    assert.equal(code, 1);
    const reports = JSON.parse(stdout) as CheckReport[];
    assert.ok(Array.isArray(reports));
    assert.deepEqual(
      reports.map((report) => [report.file, report.profile]),
      [
        ['clean.txt', 'plain'],
        ['leaflet.txt', 'plain'],
      ]
    );
    reports.forEach(assertReportShape);
  });

  it('reads Markdown and HTML, and places findings where their text is in the source', async () => {
    await folder.write('page.md', '# Your medicine\n\nTake your tablets\n*with food*.\n');
    await folder.write(
      'page.html',
      '<!doctype html>\n<html><head><title>Your medicine</title></head>\n<body>\n<h1>Your medicine</h1>\n<p>Take your tablets <em>with food</em>.</p>\n</body></html>\n'
    );
    const {code, stdout} = await run('check', '--format', 'json', 'page.md', 'page.html');
    assert.equal(code, 1);
    const [markdown, html] = JSON.parse(stdout) as CheckReport[];
    for (const report of [markdown!, html!]) {
      assertReportShape(report);
      assert.equal(report.words, 5);
      assert.ok(!report.findings.some((finding) => finding.message === 'Add a title to this document.'));
    }
    const italics = (report: CheckReport) => report.findings.find((finding) => finding.rule === 'no-italics');
    assert.deepEqual(italics(markdown!), {...italics(markdown!), line: 4, column: 2, text: 'with food'});
    assert.deepEqual(italics(html!), {...italics(html!), line: 5, column: 26, text: 'with food'});
  });

  it('reads a Word document, numbering its blocks as lines', async () => {
    await folder.write('leaflet.docx', await wordDocument());
    const {code, stdout} = await run('check', '--format', 'json', 'leaflet.docx');
    assert.equal(code, 1);
    const report = parseReport(stdout);
    assertReportShape(report);
    assert.equal(report.words, 8);
    const italics = report.findings.find((finding) => finding.rule === 'no-italics');
    assert.deepEqual({line: italics?.line, column: italics?.column, text: italics?.text}, {line: 3, column: 19, text: 'with food'});
    assert.ok(!report.findings.some((finding) => finding.message === 'Add a title to this document.'));
  });

  it('reads a saved Easy Read Studio document, with its details, and exits 0 when it has no errors', async () => {
    await folder.write('saved.json', savedDocument());
    const {code, stdout} = await run('check', 'saved.json');
    assert.equal(code, 0, stdout);
    assert.match(stdout, /^saved\.json: 0 errors, \d+ warnings?, \d+ info\. Reading age [\d.]+\. 5 words, 1 sentence\.\n$/m);
  });

  it("tells a saved document's picture description that only repeats the library picture's name", async () => {
    const named = (alt: string) => ({src: '/openmoji/1F48A.svg', alt, credit: 'OpenMoji', licence: 'CC BY-SA 4.0', symbol: '1F48A'});
    const doc = nodes['doc']!.create({written: '2026-01-05', reviewBy: '2099-01-01'}, [
      nodes['title']!.create(null, schema.text('Your new medicine')),
      nodes['row']!.create({picture: named('Pill')}, nodes['paragraph']!.create(null, schema.text('Take your tablets with food.'))),
      nodes['row']!.create({picture: named('A white tablet')}, nodes['paragraph']!.create(null, schema.text('Take one a day.'))),
    ]);
    await folder.write('named.json', JSON.stringify(toDocumentFile(doc)));
    const {stdout} = await run('check', '--format', 'json', 'named.json');
    assert.deepEqual(
      parseReport(stdout).findings.filter((finding) => finding.rule === 'image-alt-text').map((finding) => finding.message),
      ["The picture description is only the picture's name. Say what it shows here."]
    );
  });

  it('exits 2 with a plain message for bad usage', async () => {
    for (const [args, message] of [
      [['check', '--foo', 'leaflet.txt'], 'Unknown option --foo. Try: easy-read --help\n'],
      [['check', '--profile', 'hard', 'leaflet.txt'], 'Unknown profile hard. Use easy-read or plain.\n'],
      [['check'], 'Say which files to check, for example: easy-read check leaflet.txt. Try: easy-read --help\n'],
      [['lint', 'leaflet.txt'], 'Unknown command lint. Try: easy-read --help\n'],
    ] as const) {
      const {code, stdout, stderr} = await run(...args);
      assert.deepEqual({code, stdout, stderr}, {code: 2, stdout: '', stderr: message});
    }
  });

  it('exits 2, and checks nothing, when a file cannot be read', async () => {
    await folder.write('broken.docx', 'not a Word document');
    await folder.write('broken.json', '{"format": "something-else"}');
    const {code, stdout, stderr} = await run('check', 'leaflet.txt', 'missing.txt', 'broken.docx', 'broken.json', 'notes.pdf');
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.equal(
      stderr,
      [
        'Cannot read missing.txt: no such file.',
        'Cannot read broken.docx: it is not a Word document we can open.',
        'Cannot read broken.json: this file is not an Easy Read Studio document.',
        'Cannot read notes.pdf: use a .txt, .md, .html, .docx or .json file.',
        '',
      ].join('\n')
    );
  });

  it('exits 2 with a plain message for a file that is not text', async () => {
    await folder.write('picture.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    await folder.write('latin1.md', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x2e]));
    await folder.write('wide.txt', new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00, 0x2e, 0x00]));
    const {code, stdout, stderr} = await run('check', 'picture.txt', 'latin1.md');
    assert.deepEqual({code, stdout}, {code: 2, stdout: ''});
    assert.equal(stderr, 'Cannot read picture.txt: it is not a text file.\nCannot read latin1.md: it is not a text file.\n');
    const wide = await run('check', 'wide.txt');
    assert.match(wide.stdout, /^wide\.txt: /m);
  });

  it('exits 2 with a plain message for a missing or bad settings file', async () => {
    await folder.write('not-json.json', '{"profiles": ');
    await folder.write('typo.json', JSON.stringify({profiles: {'easy-read': {rules: {'sentence-lenght': {warn: 12}}}}}));
    const missing = await run('check', '--config', 'nowhere.json', 'clean.txt');
    assert.deepEqual(missing, {code: 2, stdout: '', stderr: 'Cannot read nowhere.json: no such file.\n'});
    for (const file of ['not-json.json', 'typo.json']) {
      const {code, stdout, stderr} = await run('check', '--config', file, 'clean.txt');
      assert.equal(code, 2);
      assert.equal(stdout, '');
      assert.match(stderr, new RegExp(`^Cannot use ${file}: .+\\n$`));
    }
  });
});
