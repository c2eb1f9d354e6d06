import {expect} from '@open-wc/testing';
import {Document, HeadingLevel, ImageRun, Packer, Paragraph, TextRun} from 'docx';
import type {Node as PMNode} from 'prosemirror-model';
import {ImportError, importDocx, type ImportProgress} from './import-docx.js';

// A 1×1 PNG, to show that pictures in a Word file are dropped.
const onePixelPng = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0)
);

function easyReadLeaflet(): Document {
  return new Document({
    sections: [
      {
        children: [
          new Paragraph({text: 'Going to hospital', heading: HeadingLevel.TITLE}),
          new Paragraph({text: 'Before you go', heading: HeadingLevel.HEADING_1}),
          new Paragraph({
            children: [
              new TextRun('Bring '),
              new TextRun({text: 'your letter', bold: true}),
              new TextRun(' and '),
              new TextRun({text: 'your medicines', italics: true}),
              new TextRun(' '),
              new TextRun({text: 'today', underline: {}}),
              new TextRun('.'),
            ],
          }),
          new Paragraph({text: 'Your letter', bullet: {level: 0}}),
          new Paragraph({text: 'Your medicines', bullet: {level: 0}}),
          new Paragraph({children: [new ImageRun({type: 'png', data: onePixelPng, transformation: {width: 40, height: 40}})]}),
          new Paragraph({text: 'Where to go', heading: HeadingLevel.HEADING_2}),
          new Paragraph('Go to Ward 5.'),
        ],
      },
    ],
  });
}

/** A short picture of the block structure. */
function outline(doc: PMNode): string[] {
  const out: string[] = [];
  doc.forEach((node) => {
    if (node.type.name === 'row') out.push(`row(${node.content.content.map((child) => `${child.type.name}:${child.childCount}`).join(',')})`);
    else if (node.type.name === 'heading') out.push(`heading${node.attrs['level']} ${node.textContent}`);
    else out.push(`${node.type.name} ${node.textContent}`);
  });
  return out;
}

function markedText(doc: PMNode): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  doc.descendants((node) => {
    for (const mark of node.marks) (out[mark.type.name] ??= []).push(node.text ?? '');
  });
  return out;
}

const crcTable = Array.from({length: 256}, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** A real zip file (stored, not compressed) holding the given text files. */
function zipOf(files: Record<string, string>): Blob {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const nameBytes = new TextEncoder().encode(name);
    const data = new TextEncoder().encode(text);
    let crc = 0xffffffff;
    for (const byte of data) crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
    crc = (crc ^ 0xffffffff) >>> 0;
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint32(14, crc, true);
    local.setUint32(18, data.length, true);
    local.setUint32(22, data.length, true);
    local.setUint16(26, nameBytes.length, true);
    const entry = new DataView(new ArrayBuffer(46));
    entry.setUint32(0, 0x02014b50, true);
    entry.setUint16(4, 20, true);
    entry.setUint16(6, 20, true);
    entry.setUint32(16, crc, true);
    entry.setUint32(20, data.length, true);
    entry.setUint32(24, data.length, true);
    entry.setUint16(28, nameBytes.length, true);
    entry.setUint32(42, offset, true);
    parts.push(new Uint8Array(local.buffer), nameBytes, data);
    central.push(new Uint8Array(entry.buffer), nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const centralSize = central.reduce((sum, part) => sum + part.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, Object.keys(files).length, true);
  end.setUint16(10, Object.keys(files).length, true);
  end.setUint32(12, centralSize, true);
  end.setUint32(16, offset, true);
  return new Blob([...parts, ...central, new Uint8Array(end.buffer)] as BlobPart[]);
}

async function importError(file: Blob): Promise<ImportError> {
  try {
    await importDocx(file);
  } catch (error) {
    expect(error).to.be.instanceOf(ImportError);
    return error as ImportError;
  }
  throw new Error('importDocx did not throw');
}

describe('importDocx', () => {
  it('imports a Word document as a title, headings, rows, lists and kept formatting', async () => {
    const stages: ImportProgress[] = [];
    const doc = await importDocx(await Packer.toBlob(easyReadLeaflet()), (progress) => stages.push(progress));
    expect(outline(doc)).to.deep.equal([
      'title Going to hospital',
      'heading2 Before you go',
      'row(paragraph:7,bullet_list:2)',
      'heading3 Where to go',
      'row(paragraph:1)',
    ]);
    expect(doc.textBetween(0, doc.content.size, '\n')).to.equal(
      'Going to hospital\nBefore you go\nBring your letter and your medicines today.\nYour letter\nYour medicines\nWhere to go\nGo to Ward 5.'
    );
    expect(markedText(doc)).to.deep.equal({strong: ['your letter'], em: ['your medicines'], underline: ['today']});
    doc.check();
    expect(stages.map((p) => p.stage)).to.deep.equal(['Reading the file', 'Opening the Word document', 'Turning it into easy read rows', 'Done']);
    expect(stages.map((p) => p.fraction)).to.deep.equal([0, 0.2, 0.7, 1]);
  });

  it('accepts an ArrayBuffer too, and drops the pictures in the file', async () => {
    const doc = await importDocx(await (await Packer.toBlob(easyReadLeaflet())).arrayBuffer());
    const types = new Set<string>();
    doc.descendants((node) => void types.add(node.type.name));
    expect([...types].sort()).to.deep.equal(['bullet_list', 'heading', 'list_item', 'paragraph', 'row', 'text', 'title']);
    doc.forEach((node) => {
      if (node.type.name === 'row') expect(node.attrs['picture']).to.equal(null);
    });
  });

  it('refuses files that are not Word documents, in plain words', async () => {
    const notWord = 'This is not a Word document. Choose a .docx file.';
    const files = {
      'a renamed text file': new Blob(['Take one tablet a day.'], {type: 'text/plain'}),
      'a PDF': new Blob(['%PDF-1.7\n1 0 obj << >> endobj\n%%EOF'], {type: 'application/pdf'}),
      'an empty file': new Blob([]),
      'a zip without word/document.xml': zipOf({'hello.txt': 'Hello', 'notes/todo.txt': 'Nothing'}),
    };
    for (const [what, file] of Object.entries(files)) {
      expect((await importError(file)).message, what).to.equal(notWord);
    }
  });

  it('explains old .doc and password-protected files', async () => {
    const oleFile = new Blob([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])]);
    expect((await importError(oleFile)).message).to.match(/old Word file \(\.doc\) or it has a password/);
  });
});
