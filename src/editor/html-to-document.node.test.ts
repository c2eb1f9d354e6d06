import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {Document as WordDocument, HeadingLevel, Packer, Paragraph, TextRun} from 'docx';
import {parseHTML} from 'linkedom';
import type {Node as PMNode} from 'prosemirror-model';
import {importDocx} from './import-docx.js';
import {htmlToDocument} from './paste.js';
import {isSafeHref} from '../document/schema.js';

// Node has no DOM: the CLI passes a linkedom document, and so do these tests.
const dom = (): Document => parseHTML('<!doctype html><html><head></head><body></body></html>').document;

const allowedNodes = new Set(['doc', 'title', 'heading', 'paragraph', 'row', 'bullet_list', 'ordered_list', 'list_item', 'text', 'hard_break']);
const allowedMarks = new Set(['strong', 'em', 'underline', 'link']);

function outline(doc: PMNode): string[] {
  const out: string[] = [];
  doc.forEach((node) => {
    if (node.type.name === 'row') out.push(`row(${node.content.content.map((child) => child.type.name).join(',')})`);
    else if (node.type.name === 'heading') out.push(`heading${node.attrs['level']} ${node.textContent}`);
    else out.push(`${node.type.name} ${node.textContent}`);
  });
  return out;
}

describe('htmlToDocument in Node with linkedom', () => {
  it('builds a valid document with only allowed content from hostile HTML', () => {
    const doc = htmlToDocument(
      '<style>p{}</style><h1>Your <b>blood</b> test</h1><script>alert(1)</script>' +
        '<p style="color:red" onclick="x()">Take <b>one</b> <i>tablet</i>.</p><img src=x onerror=alert(1)>' +
        '<iframe src="https://evil.example/"></iframe><h2>Bring</h2>' +
        '<ul><li><a href="javascript:alert(1)">Letter</a></li><li><a href="https://nhs.uk">NHS</a></li></ul>',
      dom()
    );
    doc.check();
    assert.deepEqual(outline(doc), ['title Your blood test', 'row(paragraph)', 'heading2 Bring', 'row(bullet_list)']);
    doc.descendants((node) => {
      assert.ok(allowedNodes.has(node.type.name), node.type.name);
      for (const mark of node.marks) {
        assert.ok(allowedMarks.has(mark.type.name), mark.type.name);
        if (mark.type.name === 'link') assert.ok(isSafeHref(String(mark.attrs['href'])));
      }
    });
    assert.equal(doc.textBetween(0, doc.content.size, '\n'), 'Your blood test\nTake one tablet.\nBring\nLetter\nNHS');
  });

  it('turns Word fake lists into real lists', () => {
    const para = (level: number, marker: string, text: string) =>
      `<p class=MsoListParagraph style='mso-list:l0 level${level} lfo1'><!--[if !supportLists]--><span style='mso-list:Ignore'>${marker}<span>&nbsp; </span></span><!--[endif]-->${text}<o:p></o:p></p>`;
    const doc = htmlToDocument(`<p class=MsoTitle>Title<o:p></o:p></p>${para(1, '1.', 'One')}${para(2, 'a.', 'One a')}${para(1, '2.', 'Two')}`, dom());
    assert.deepEqual(outline(doc), ['title Title', 'row(ordered_list)']);
    const list = doc.child(1).child(0);
    assert.equal(list.childCount, 2);
    assert.equal(list.child(0).child(1).type.name, 'ordered_list');
    assert.equal(doc.textBetween(0, doc.content.size, '\n'), 'Title\nOne\nOne a\nTwo');
  });

  it('uses the first line as the title when there is no h1', () => {
    assert.deepEqual(outline(htmlToDocument('<p>First line<br>second line</p><p>More</p>', dom())), [
      'title First line',
      'row(paragraph)',
      'row(paragraph)',
    ]);
  });

  it('needs a Document when there is no global one', () => {
    assert.throws(() => htmlToDocument('<p>x</p>'), RangeError);
  });
});

describe('importDocx in Node', () => {
  it('imports a .docx with a linkedom document', async () => {
    const word = new WordDocument({
      sections: [
        {
          children: [
            new Paragraph({text: 'Your scan', heading: HeadingLevel.HEADING_1}),
            new Paragraph({children: [new TextRun('Lie '), new TextRun({text: 'still', bold: true}), new TextRun('.')]}),
            new Paragraph({text: 'Breathe in', bullet: {level: 0}}),
          ],
        },
      ],
    });
    const bytes = await Packer.toBuffer(word);
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const doc = await importDocx(buffer, undefined, {document: dom()});
    assert.deepEqual(outline(doc), ['title Your scan', 'row(paragraph,bullet_list)']);
    assert.equal(doc.textBetween(0, doc.content.size, '\n'), 'Your scan\nLie still.\nBreathe in');
  });
});
