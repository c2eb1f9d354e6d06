import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {parseDocumentFile} from './document-file.js';
import {isSafeHref, isSafePictureSrc, isSafeSvg, unsafeContent, withoutUnsafeContent} from './safe-content.js';

const svg = (markup: string) => `data:image/svg+xml,${encodeURIComponent(markup)}`;

describe('safe addresses', () => {
  it('allows http(s), mailto, tel and same-page links only', () => {
    for (const href of ['https://www.nhs.uk', 'HTTP://example.org', 'mailto:a@nhs.net', 'tel:0800', '#contact', ' https://x.org ']) {
      assert.equal(isSafeHref(href), true, href);
    }
    for (const href of [
      'javascript:alert(1)', ' JaVa\tScRiPt:alert(1)', 'java\u0000script:x', '&#106;avascript:x', '&#x6a;avascript:x',
      '&#0000106;avascript:x', 'javascript&colon;x', '&amp;#106;avascript:x', '%6Aavascript:x', '%256Aavascript:x',
      'data:text/html,<b>', 'vbscript:x', 'file:///x', '//evil.example', '/local/page', 'page.html', '',
    ]) {
      assert.equal(isSafeHref(href), false, href);
    }
  });

  it('allows pictures from this server and safe inline images only', () => {
    for (const src of ['/openmoji/1F3E5.svg', '/api/pictures/1', 'data:image/png;base64,iVBORw0KGgo=', 'data:image/jpeg;base64,/9j/', 'data:image/webp;base64,UklG', svg('<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><use href="#a"/><path fill="url(#g)"/></svg>'), svg('<svg xmlns="http://www.w3.org/2000/svg"><image href="data:image/png;base64,iVBORw0KGgo="/></svg>')]) {
      assert.equal(isSafePictureSrc(src), true, src);
    }
    for (const src of ['https://evil.example/x.png', '//evil.example/x.png', '/\\evil.example', '/ /evil.example', '%2F%2Fevil', 'javascript:x', 'x.png', 'data:image/gif;base64,R0lG', 'data:text/html,x', 'data:image/svg+xml,%ZZ']) {
      assert.equal(isSafePictureSrc(src), false, src);
    }
  });

  it('refuses SVGs that could run or load something', () => {
    for (const markup of [
      '<svg><script>alert(1)</script></svg>', '<svg onload="x()"/>', '<svg/onload=x()>', '<svg><foreignObject/></svg>',
      '<!DOCTYPE svg [<!ENTITY x "y">]><svg/>', '<svg><image href="https://x/y.png"/></svg>', '<svg><a xlink:href="javascript:x">a</a></svg>',
      '<svg><use href="https://x/s.svg#a"/></svg>', '<svg><style>@import "https://x";</style></svg>', '<svg><rect fill="url(https://x)"/></svg>',
      '<svg><set attributeName="href" to="javascript:x"/></svg>', '<svg><image href="data:image/svg+xml,x"/></svg>',
      '<svg><a href="http://x">a</a></svg>',
    ]) {
      assert.equal(isSafeSvg(markup), false, markup);
      assert.equal(isSafePictureSrc(svg(markup)), false, markup);
    }
    assert.equal(isSafePictureSrc(`data:image/svg+xml;base64,${btoa('<svg><script>x</script></svg>')}`), false);
  });
});

describe('unsafe content in documents', () => {
  const file = {
    format: 'easy-read-studio/1',
    meta: {},
    doc: {
      type: 'doc',
      content: [
        {type: 'title', content: [{type: 'text', text: 'T'}]},
        {type: 'heading', attrs: {level: 2}, content: [{type: 'text', text: 'Go', marks: [{type: 'link', attrs: {href: 'vbscript:x'}}]}]},
        {type: 'row', content: [{type: 'paragraph', content: [{type: 'text', text: 'Safe', marks: [{type: 'link', attrs: {href: 'https://nhs.uk'}}]}]}]},
        {
          type: 'row',
          attrs: {picture: {src: 'https://evil.example/x.png', alt: 'x', credit: '', licence: '', symbol: ''}},
          content: [{type: 'paragraph', content: [{type: 'text', text: 'Click', marks: [{type: 'link', attrs: {href: 'javascript:x'}}, {type: 'strong'}]}]}],
        },
      ],
    },
  };

  it('names where each problem is, in plain words', () => {
    assert.deepEqual(unsafeContent(parseDocumentFile(file)).map((problem) => problem.message), [
      'The heading before row 1 has a link that is not safe: vbscript:x',
      'Row 2 has a picture from a place that is not allowed: https://evil.example/x.png',
      'Row 2 has a link that is not safe: javascript:x',
    ]);
  });

  it('takes out unsafe links and pictures, keeping the text, the other marks and the safe links', () => {
    const {doc, removed} = withoutUnsafeContent(parseDocumentFile(file));
    assert.equal(removed.length, 3);
    assert.deepEqual(unsafeContent(doc), []);
    assert.equal(doc.textContent, 'TGoSafeClick');
    assert.equal(doc.child(3).attrs['picture'], null);
    assert.deepEqual(doc.child(3).firstChild!.firstChild!.marks.map((mark) => mark.type.name), ['strong']);
    assert.equal(doc.child(2).firstChild!.firstChild!.marks[0]!.attrs['href'], 'https://nhs.uk');
    assert.equal(doc.child(3).attrs['id'], parseDocumentFile(file).child(3).attrs['id'], 'ids are kept');
  });
});
