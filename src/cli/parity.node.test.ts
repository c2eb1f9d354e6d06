import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import type {Node as PMNode} from 'prosemirror-model';
import {checkText, type CheckReport} from '../checks/check-text.js';
import {createChecker} from '../checks/checker.js';
import {toDocumentFile} from '../document/document-file.js';
import {schema} from '../document/schema.js';
import {documentBlocks} from '../document/text-blocks.js';
import {runCli, tempFolder, type TempFolder} from './testing.js';

/**
 * The command line must find what the editor finds: the same engine, the same rules, the
 * same text. These tests compare the CLI's JSON with the engine called directly.
 */

const {nodes} = schema;

/** One section of lines, so a plain paragraph per line in the editor matches the text file. */
const lines = [
  'Your appointment is on 14/03/2026 at 14:30.',
  'Please bring a list of all the medication you are currently taking, including any creams, inhalers and eye drops you use.',
  'If you have diabetes, asthma or epilepsy you must tell the doctor before the procedure is commenced.',
  'You will get about three quarters of your money back.',
  'Do not eat for 6 hours.',
];

/**
 * A finding as both sides can describe it: its rule and the text it covers. Findings about
 * the document's details are left out: a text file cannot hold a title or dates, so it is
 * not asked for them, while the editor's document has an empty title and empty dates.
 */
function described(findings: readonly {rule: string; text: string; message: string}[]): string[] {
  return findings
    .filter((finding) => finding.rule !== 'dates-on-document' && finding.message !== 'Add a title to this document.')
    .map((finding) => `${finding.rule} | ${finding.text}`)
    .sort();
}

/** The editor's document for `lines`: an empty title (every document has one), then one paragraph per line. */
function editorDocument(): PMNode {
  return nodes['doc']!.create(null, [
    nodes['title']!.create(),
    ...lines.map((line) => nodes['paragraph']!.create(null, schema.text(line))),
  ]);
}

async function checkWithCli(folder: TempFolder, file: string): Promise<CheckReport> {
  const {code, stdout, stderr} = await runCli(['check', '--format', 'json', file], {cwd: folder.path});
  assert.ok(code === 0 || code === 1, stderr);
  return JSON.parse(stdout) as CheckReport;
}

describe('easy-read check finds what the engine finds', () => {
  let folder: TempFolder;

  before(async () => {
    folder = await tempFolder();
    await folder.write('leaflet.txt', `${lines.join('\n')}\n`);
    await folder.write('leaflet.json', JSON.stringify(toDocumentFile(editorDocument())));
  });
  after(() => folder.remove());

  it('reports a .txt file exactly as checkText does', async () => {
    const text = `${lines.join('\n')}\n`;
    const report = await checkWithCli(folder, 'leaflet.txt');
    assert.ok(report.findings.length >= 5, 'the sample gives the rules something to find');
    assert.deepEqual(report, JSON.parse(JSON.stringify(checkText(text, {file: 'leaflet.txt'}))));
  });

  it('finds in a .txt file what the editor finds in the same lines', async () => {
    const doc = editorDocument();
    const {input} = documentBlocks(doc);
    assert.deepEqual(
      input.blocks.filter((block) => block.kind !== 'title').map((block) => block.text),
      lines,
      'the editor blocks hold the same lines'
    );
    const result = createChecker().check(input);
    const editor = result.findings.map((finding) => ({
      rule: finding.rule,
      message: finding.message,
      text: finding.block >= 0 ? input.blocks[finding.block]!.text.slice(finding.from, finding.to) : '',
    }));
    const cli = await checkWithCli(folder, 'leaflet.txt');
    assert.deepEqual(described(cli.findings), described(editor));
  });

  it('finds in the saved document what the editor finds, at block numbers as lines', async () => {
    const {input} = documentBlocks(editorDocument());
    const result = createChecker().check(input);
    const cli = await checkWithCli(folder, 'leaflet.json');
    const editor = result.findings.map((finding) => ({
      rule: finding.rule,
      message: finding.message,
      text: finding.block >= 0 ? input.blocks[finding.block]!.text.slice(finding.from, finding.to) : '',
      line: finding.block >= 0 ? finding.block + 1 : 0,
    }));
    assert.deepEqual(
      cli.findings.map(({rule, message, text, line}) => ({rule, message, text, line})),
      editor
    );
  });
});
