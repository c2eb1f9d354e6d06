import {aTimeout, expect} from '@open-wc/testing';
import createDOMPurify from 'dompurify';
import {DOMSerializer, type Node as PMNode} from 'prosemirror-model';
import {EditorState, TextSelection} from 'prosemirror-state';
import {EditorView} from 'prosemirror-view';
import {emptyDocument} from '../document/document-file.js';
import {cleanPastedHtml, htmlToDocument, pastePlugin, pasteProps} from './paste.js';
import {isSafeHref, schema} from '../document/schema.js';

const hostileHtml = `<meta charset="utf-8"><style>p { color: red }</style>
<h1>Your <b>blood</b> test</h1>
<script>window.pasteTestScriptRan = true;</script>
<p style="color:red" onclick="x()">Take <b>one</b> <i>tablet</i> <u>every</u> day.</p>
<img src=x onerror="window.pasteTestImageRan = true">
<img src="https://tracker.example/p.gif" alt="tracker">
<iframe src="https://evil.example/"></iframe>
<h2>What to <em>bring</em></h2>
<ul><li>Your <a href="javascript:alert(1)">letter</a></li><li>Look at the <a href="https://nhs.uk" onmouseover="x()">NHS website</a></li></ul>
<p><a href="data:text/html;base64,PHNjcmlwdD4=">Data link</a> and <a href=" vbscript:msgbox(1)">VB link</a></p>
<form><input value="secret"><button>Send</button></form>
<!-- a comment -->`;

// Word 2016 clipboard HTML, trimmed: mso classes and styles, <o:p>, conditional comments,
// and fake lists (bullets with a nested level, then a numbered list).
const wordHtml = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta name=Generator content="Microsoft Word 15"><style><!-- p.MsoNormal {margin:0cm; mso-style-parent:""} --></style>
<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]--></head>
<body lang=EN-GB style='tab-interval:36.0pt'><!--StartFragment-->
<p class=MsoTitle>Going to hospital<o:p></o:p></p>
<h1 style='mso-list:none'>Before you go<o:p></o:p></h1>
<p class=MsoNormal>Bring <b style='mso-bidi-font-weight:normal'>your letter</b> and <i>your medicines</i>.<o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Your letter<o:p></o:p></p>
<p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;mso-add-space:auto;text-indent:-18.0pt;mso-list:l0 level2 lfo1'><!--[if !supportLists]--><span style='font-family:"Courier New"'><span style='mso-list:Ignore'>o<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><!--[endif]-->The date and time<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Your medicines<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoListParagraph style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span><span style='mso-list:Ignore'>3.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]>Go to <span class=SpellE>reception</span><o:p></o:p></p>
<p class=MsoListParagraph style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span><span style='mso-list:Ignore'>4.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]>Wait to be called<o:p></o:p></p>
<!--EndFragment--></body></html>`;

const allowedNodes = ['doc', 'title', 'heading', 'paragraph', 'row', 'bullet_list', 'ordered_list', 'list_item', 'text', 'hard_break'];
const allowedMarks = ['strong', 'em', 'underline', 'link'];

/** Walks the whole document and fails on any node, mark or attribute a paste may not bring in. */
function expectOnlyAllowedContent(doc: PMNode): void {
  doc.check();
  doc.descendants((node) => {
    expect(allowedNodes, `node type ${node.type.name}`).to.include(node.type.name);
    if (node.type.name === 'heading') expect([2, 3]).to.include(node.attrs['level']);
    for (const mark of node.marks) {
      expect(allowedMarks, `mark ${mark.type.name}`).to.include(mark.type.name);
      if (mark.type.name === 'link') {
        const href = String(mark.attrs['href']);
        expect(isSafeHref(href), href).to.equal(true);
        expect(href).to.match(/^https:\/\//);
      } else {
        expect(mark.attrs).to.deep.equal({});
      }
    }
  });
}

function textOf(doc: PMNode): string {
  return doc.textBetween(0, doc.content.size, '\n');
}

/** The text that carries each mark, e.g. {strong: ['one'], link: ['NHS website']}. */
function markedText(doc: PMNode): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  doc.descendants((node) => {
    for (const mark of node.marks) (out[mark.type.name] ??= []).push(node.text ?? '');
  });
  return out;
}

/** A short picture of the block structure: `heading2 "Where"`, `row(paragraph,bullet_list)`… */
function outline(doc: PMNode): string[] {
  const out: string[] = [];
  doc.forEach((node) => {
    const name = node.type.name;
    if (name === 'heading') out.push(`heading${node.attrs['level']} ${node.textContent}`);
    else if (name === 'title') out.push(`title ${node.textContent}`);
    else if (name === 'row') out.push(`row(${node.content.content.map((child) => child.type.name).join(',')})`);
    else out.push(name);
  });
  return out;
}

const views: EditorView[] = [];

function makeView(doc: PMNode = emptyDocument('Leaflet')): EditorView {
  const host = document.createElement('div');
  document.body.append(host);
  const view = new EditorView(host, {state: EditorState.create({doc, plugins: [pastePlugin()]})});
  views.push(view);
  return view;
}

/** Puts the cursor at the end of the first node called `name`. */
function placeCursorIn(view: EditorView, name: string): void {
  let pos = -1;
  view.state.doc.descendants((node, nodePos) => {
    if (pos < 0 && node.type.name === name) pos = nodePos + 1 + node.content.size;
    return pos < 0;
  });
  view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, pos)));
}

afterEach(() => {
  for (const view of views.splice(0)) {
    view.dom.parentElement?.remove();
    view.destroy();
  }
});

describe('cleanPastedHtml', () => {
  it('keeps structure and drops scripts, styles, handlers, unsafe links, images and frames', () => {
    const html = cleanPastedHtml(hostileHtml);
    expect(html).not.to.match(/<script|<style|<img|<iframe|<form|<input|<button|<!--|<meta/i);
    expect(html).not.to.match(/onclick|onerror|onmouseover|style=|javascript:|vbscript:|data:|tracker|secret/i);
    expect(html).to.contain('<h2>Your <strong>blood</strong> test</h2>');
    expect(html).to.contain('<p>Take <strong>one</strong> <em>tablet</em> <u>every</u> day.</p>');
    expect(html).to.contain('<h3>What to <em>bring</em></h3>');
    expect(html).to.contain('<li><p>Your letter</p></li>');
    expect(html).to.contain('<a href="https://nhs.uk">NHS website</a>');
    expect(html).to.contain('<p>Data link and VB link</p>');
    expect(createDOMPurify(window).isSupported, 'the DOMPurify layer can run in this browser').to.equal(true);
  });

  it('is not fooled by markup that changes meaning when parsed again (mXSS)', () => {
    const payloads = [
      '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
      '<svg><p><style><img src=x onerror=alert(1)></style></p></svg>',
      '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
      '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>',
      '<a href="java&#x09;script:alert(1)">tab</a><a href="&#106;avascript:alert(1)">entity</a>',
      '<p title="&lt;img src=x onerror=alert(1)&gt;">quoted</p>',
    ];
    for (const payload of payloads) {
      const html = cleanPastedHtml(payload);
      const again = cleanPastedHtml(html);
      expect(again, payload).to.equal(html);
      expect(html, payload).not.to.match(/<img|onerror|javascript|<style|<svg|<math|title=/i);
    }
  });

  it('turns Word HTML into clean headings, paragraphs and real nested lists', () => {
    const html = cleanPastedHtml(wordHtml);
    expect(html).to.equal(
      '<h2>Going to hospital</h2><h2>Before you go</h2>' +
        '<p>Bring <strong>your letter</strong> and <em>your medicines</em>.</p>' +
        '<ul><li><p>Your letter</p><ul><li><p>The date and time</p></li></ul></li><li><p>Your medicines</p></li></ul>' +
        '<ol start="3"><li><p>Go to reception</p></li><li><p>Wait to be called</p></li></ol>'
    );
  });

  it('turns the styles Google Docs uses into bold, italic and underline', () => {
    const html = cleanPastedHtml(
      '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1"><p dir="ltr" style="line-height:1.38">' +
        '<span style="font-size:11pt;font-weight:700">Bold</span><span style="font-weight:400"> and </span>' +
        '<span style="font-style:italic">italic</span><span style="text-decoration:underline"> underlined</span></p>' +
        '<ul><li dir="ltr" style="list-style-type:disc"><p dir="ltr"><span>Item</span></p></li></ul></b>'
    );
    expect(html).to.equal('<p><strong>Bold</strong> and <em>italic</em><u> underlined</u></p><ul><li><p>Item</p></li></ul>');
  });

  it('splits loose lines into paragraphs and drops empty ones', () => {
    expect(cleanPastedHtml('One<br>Two<div>Three</div><p>&nbsp;</p><p><br></p><div><span>Four</span></div>')).to.equal(
      '<p>One</p><p>Two</p><p>Three</p><p>Four</p>'
    );
  });

  it('keeps this editor\u2019s own rows, local pictures, hard words and contacts', () => {
    const {nodes} = schema;
    const picture = (src: string) => ({src, alt: 'A pill', credit: 'OpenMoji', licence: 'CC BY-SA 4.0', symbol: '1F48A'});
    const doc = nodes['doc']!.create(null, [
      nodes['title']!.create(null, schema.text('T')),
      nodes['row']!.create({picture: picture('/openmoji/1F48A.svg')}, nodes['paragraph']!.create(null, schema.text('Take one pill.'))),
      nodes['row']!.create({picture: picture('https://tracker.example/p.png')}, nodes['paragraph']!.create(null, schema.text('Remote.'))),
      nodes['hard_word']!.create(null, [
        nodes['hard_word_term']!.create(null, schema.text('Scan')),
        nodes['hard_word_meaning']!.create(null, schema.text('A picture of the inside of your body.')),
      ]),
      nodes['contact']!.create(null, [nodes['contact_line']!.create({field: 'phone'}, schema.text('0300 123 4567'))]),
    ]);
    const container = document.implementation.createHTMLDocument('').createElement('div'); // inert: loads no picture
    container.append(DOMSerializer.fromSchema(schema).serializeFragment(doc.content.cut(doc.firstChild!.nodeSize)));
    const html = cleanPastedHtml(container.innerHTML);
    expect(html).to.equal(
      '<div class="er-row"><figure class="er-picture" data-credit="OpenMoji" data-licence="CC BY-SA 4.0" data-symbol="1F48A">' +
        '<img src="/openmoji/1F48A.svg" alt="A pill"></figure><div class="er-row__text"><p>Take one pill.</p></div></div>' +
        '<div class="er-row"><div class="er-row__text"><p>Remote.</p></div></div>' +
        '<aside class="er-hard-word"><p class="er-hard-word__term">Scan</p>' +
        '<p class="er-hard-word__meaning">A picture of the inside of your body.</p></aside>' +
        '<address class="er-contact"><p data-field="phone">0300 123 4567</p></address>'
    );
    const pasted = htmlToDocument(`<h1>T</h1>${html}`);
    expect(pasted.child(1).attrs['picture']).to.deep.equal(picture('/openmoji/1F48A.svg'));
    expect(pasted.child(2).attrs['picture']).to.equal(null);
    expect(outline(pasted)).to.deep.equal(['title T', 'row(paragraph)', 'row(paragraph)', 'hard_word', 'contact']);
    // Ids are never read from HTML, so compare the blocks' content.
    expect(pasted.child(3).content.eq(doc.child(3).content) && pasted.child(4).content.eq(doc.child(4).content)).to.equal(true);
  });

  it('keeps uploaded pictures (data: images) but not other data: sources', () => {
    const svg = 'data:image/svg+xml;charset=utf-8,%3Csvg%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22%2F%3E';
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    const row = (src: string) => `<div class="er-row"><figure class="er-picture"><img src="${src}" alt="x"></figure><div class="er-row__text"><p>Text</p></div></div>`;
    expect(cleanPastedHtml(row(svg))).to.contain(`src="${svg}"`);
    expect(cleanPastedHtml(row(png))).to.contain(`src="${png}"`);
    expect(cleanPastedHtml(row('data:text/html,hello'))).not.to.contain('<img');
    expect(cleanPastedHtml(row('javascript:alert(1)'))).not.to.contain('<img');
  });

  it('keeps schema classes and data fields only where the schema allows them', () => {
    const html = cleanPastedHtml(
      '<p class="er-hard-word__term">Term</p><p data-field="phone">Phone</p><dl><dt>Word</dt><dd>Meaning</dd></dl>' +
        '<figure class="er-picture"><img src="/a.svg"></figure><ul><li><div class="er-row"><p>In list</p></div></li></ul>'
    );
    expect(html).to.equal('<p>Term</p><p>Phone</p><p>Word</p><p>Meaning</p><ul><li><p>In list</p></li></ul>');
  });
});

describe('paste into a real EditorView', () => {
  it('keeps only allowed nodes, marks and attributes from hostile HTML, and keeps the text', async () => {
    const view = makeView();
    placeCursorIn(view, 'paragraph');
    expect(view.pasteHTML(hostileHtml)).to.equal(true);
    const doc = view.state.doc;
    expectOnlyAllowedContent(doc);
    const text = textOf(doc);
    for (const kept of ['Your blood test', 'Take one tablet every day.', 'What to bring', 'Your letter', 'NHS website', 'Data link']) {
      expect(text).to.contain(kept);
    }
    expect(text).not.to.match(/alert|color|secret|Send|tracker|pasteTest/);
    expect(markedText(doc)).to.deep.equal({
      strong: ['blood', 'one'],
      em: ['tablet', 'bring'],
      underline: ['every'],
      link: ['NHS website'],
    });
    expect(outline(doc).filter((line) => line.startsWith('heading'))).to.deep.equal(['heading2 Your blood test', 'heading3 What to bring']);
    expect(doc.firstChild!.textContent).to.equal('Leaflet');
    await aTimeout(50); // give a stray image error handler a chance to run (it must not)
    const flags = window as unknown as Record<string, unknown>;
    expect(flags['pasteTestScriptRan']).to.equal(undefined);
    expect(flags['pasteTestImageRan']).to.equal(undefined);
  });

  it('pastes Word HTML from a real paste event as headings, paragraphs and lists', () => {
    const view = makeView();
    placeCursorIn(view, 'paragraph');
    const data = new DataTransfer();
    data.setData('text/html', wordHtml);
    data.setData('text/plain', 'Going to hospital');
    view.dom.dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true}));
    const doc = view.state.doc;
    expectOnlyAllowedContent(doc);
    const lists: string[] = [];
    doc.descendants((node) => {
      if (node.type.name.endsWith('_list')) lists.push(`${node.type.name}:${node.attrs['order'] ?? ''}:${node.childCount}`);
    });
    expect(lists).to.deep.equal(['bullet_list::2', 'bullet_list::1', 'ordered_list:3:2']);
    expect(textOf(doc)).to.contain('Bring your letter and your medicines.');
    expect(textOf(doc)).not.to.match(/·|mso|Normal/);
  });

  it('keeps a pasted heading whole when pasting into a row, and runs transformPastedHTML from the props', () => {
    const view = makeView();
    placeCursorIn(view, 'paragraph');
    const props = pasteProps();
    expect(props.transformPastedHTML('<h1 style="color:red">Where</h1><p onclick="x()">Ward 5</p>', view)).to.equal('<h2>Where</h2><p>Ward 5</p>');
    view.dispatch(view.state.tr.insertText('Before. After.'));
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, view.state.selection.from - 'After.'.length)));
    view.pasteHTML('<h2>Where</h2><p>Ward <b>5</b>.</p><p>Take a lift.</p>');
    expect(outline(view.state.doc)).to.deep.equal(['title Leaflet', 'row(paragraph)', 'heading2 Where', 'row(paragraph)', 'row(paragraph)']);
    expect(textOf(view.state.doc)).to.equal('Leaflet\nBefore. \nWhere\nWard 5.\nTake a lift.After.');
    expect(markedText(view.state.doc)).to.deep.equal({strong: ['5']});
    view.state.doc.check();
  });

  it('pastes plain text as one paragraph per line, without marks, dropping blank lines', () => {
    const view = makeView();
    placeCursorIn(view, 'paragraph');
    view.dispatch(view.state.tr.addStoredMark(schema.marks['strong']!.create()));
    view.pasteText('First line\n\n   \r\nSecond    line\r\nThird');
    const row = view.state.doc.child(1);
    expect(row.content.content.map((p) => p.textContent)).to.deep.equal(['First line', 'Second line', 'Third']);
    expect(markedText(view.state.doc)).to.deep.equal({});
    expectOnlyAllowedContent(view.state.doc);
  });

  it('pastes HTML and plain text into the title as text only, on one line', () => {
    const view = makeView(emptyDocument(''));
    placeCursorIn(view, 'title');
    view.pasteHTML('<h2>Big <b>news</b></h2><ul><li><a href="https://nhs.uk">More</a> text</li></ul>');
    expect(view.state.doc.firstChild!.textContent).to.equal('Big news More text');
    view.pasteText('\nLine one\nLine two');
    expect(view.state.doc.firstChild!.textContent).to.equal('Big news More textLine one Line two');
    expect(outline(view.state.doc)).to.deep.equal(['title Big news More textLine one Line two', 'row(paragraph)']);
    expect(markedText(view.state.doc)).to.deep.equal({});
    view.state.doc.check();
  });
});

describe('htmlToDocument', () => {
  it('makes the first h1 the title, paragraphs into rows, and lists join the paragraph before them', () => {
    const doc = htmlToDocument(
      '<h1>Your  appointment</h1><p>Come at <b>9am</b>.</p><p>Bring:</p><ul><li>your letter</li></ul>' +
        '<h2>Where</h2><p>Ward 5</p><h3>Parking</h3><ol><li>Car park B</li></ol>'
    );
    expect(outline(doc)).to.deep.equal([
      'title Your appointment',
      'row(paragraph)',
      'row(paragraph,bullet_list)',
      'heading2 Where',
      'row(paragraph)',
      'heading3 Parking',
      'row(ordered_list)',
    ]);
    expect(markedText(doc)).to.deep.equal({strong: ['9am']});
  });

  it('uses the first line as the title when there is no h1, and wraps loose text', () => {
    const doc = htmlToDocument('Stray <b>title</b> text<br>more text<div>A block</div><h2>Next</h2>');
    expect(outline(doc)).to.deep.equal(['title Stray title text', 'row(paragraph)', 'row(paragraph)', 'heading2 Next']);
    expect(textOf(doc)).to.equal('Stray title text\nmore text\nA block\nNext');
  });

  it('keeps a row\u2019s picture when the row\u2019s only line becomes the title', () => {
    const doc = htmlToDocument(
      '<div class="er-row"><figure class="er-picture"><img src="/openmoji/1F3E5.svg" alt="Hospital"></figure>' +
        '<div class="er-row__text"><p>Going to hospital</p></div></div><p>Next</p>'
    );
    expect(outline(doc)).to.deep.equal(['title Going to hospital', 'row(paragraph)', 'row(paragraph)']);
    expect(doc.child(1).attrs['picture']).to.deep.include({src: '/openmoji/1F3E5.svg', alt: 'Hospital'});
  });

  it('moves headings down a level when there is more than one h1', () => {
    const doc = htmlToDocument('<h1>Title</h1><h1>Part one</h1><h2>Detail</h2><h4>Deep</h4><p>Text</p>');
    expect(outline(doc)).to.deep.equal(['title Title', 'heading2 Part one', 'heading3 Detail', 'heading3 Deep', 'row(paragraph)']);
  });

  it('turns table rows into rows and drops their images', () => {
    const doc = htmlToDocument(
      '<h1>Tablets</h1><table><tr><td><img src="https://example.org/pill.png"></td><td><p>Take a tablet.</p></td></tr>' +
        '<tr><td></td><td>Drink <i>water</i>.</td></tr><tr><td></td><td></td></tr></table>'
    );
    expect(outline(doc)).to.deep.equal(['title Tablets', 'row(paragraph)', 'row(paragraph)']);
    expectOnlyAllowedContent(doc);
  });

  it('gives an empty document for empty or unsafe-only HTML', () => {
    for (const html of ['', '<script>alert(1)</script><img src=x onerror=alert(1)>']) {
      const doc = htmlToDocument(html);
      expect(outline(doc)).to.deep.equal(outline(emptyDocument('')));
      expect(doc.textContent).to.equal('');
      expect(doc.child(1).attrs['picture']).to.equal(null);
    }
  });

  it('builds the document in an injected Document', () => {
    const other = document.implementation.createHTMLDocument('other');
    const doc = htmlToDocument('<h1>Injected</h1><p>Body</p>', other);
    expect(outline(doc)).to.deep.equal(['title Injected', 'row(paragraph)']);
  });
});
