import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {startTestApp, type TestApp} from '../test/harness.js';
import {expectError, expectJson, sampleDocument, setUpPeople, type People} from '../test/people.js';
import {databaseKinds} from '../test/storage.js';
import {documentDetailSchema} from './schemas.js';

/** Links a draft must not hold, each hidden a different way. */
const unsafeLinks = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' JaVa\tScRiPt:alert(1)',
  'java\nscript:alert(1)',
  '\u0001javascript:alert(1)',
  '&#106;avascript:alert(1)',
  '&#x6A;avascript:alert(1)',
  'javascript&colon;alert(1)',
  '%6Aavascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'DATA:text/html;base64,PHNjcmlwdD4=',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  '//evil.example/page',
  'relative/page.html',
];

/** Picture addresses a draft must not hold. */
const unsafePictures = [
  'javascript:alert(1)',
  ' JaVa\tScRiPt:alert(1)',
  '&#106;avascript:alert(1)',
  'https://evil.example/tracker.png',
  'http://evil.example/x.png',
  '//evil.example/x.png',
  '/\\evil.example/x.png',
  '%2F%2Fevil.example/x.png',
  'data:text/html,<script>alert(1)</script>',
  'data:image/gif;base64,R0lGODlhAQABAAAAACw=',
  `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')}`,
  `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>')}`,
  `data:image/svg+xml;base64,${btoa('<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><p>x</p></foreignObject></svg>')}`,
  `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg"><image href="https://evil.example/x.png"/></svg>')}`,
];

const safeLinks = ['https://www.nhs.uk', 'http://example.org/a', 'mailto:ward5@nhs.net', 'tel:08001234567', '#contact'];
const safePictures = [
  '/openmoji/1F3E5.svg',
  '/api/pictures/abc',
  'data:image/png;base64,iVBORw0KGgo=',
  `data:image/svg+xml;charset=utf-8,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg"><defs><linearGradient id="g"/></defs><circle r="4" fill="url(#g)"/></svg>')}`,
];

/** A document file whose second row holds `href` as a link, or `src` as its picture. */
function documentWith(what: {href?: string; src?: string}) {
  const row = (text: string, extra: Record<string, unknown> = {}, marks?: unknown[]) => ({
    type: 'row',
    attrs: extra,
    content: [{type: 'paragraph', content: [{type: 'text', text, ...(marks ? {marks} : {})}]}],
  });
  return {
    format: 'easy-read-studio/1',
    meta: {},
    doc: {
      type: 'doc',
      content: [
        {type: 'title', content: [{type: 'text', text: 'Links'}]},
        row('First row.'),
        row(
          'Find out more.',
          what.src !== undefined ? {picture: {src: what.src, alt: 'a picture', credit: '', licence: '', symbol: ''}} : {},
          what.href !== undefined ? [{type: 'link', attrs: {href: what.href}}] : undefined
        ),
      ],
    },
  };
}

for (const kind of databaseKinds) {
  describe(`unsafe addresses are refused (${kind})`, () => {
    let t: TestApp;
    let people: People;
    let documentId: string;

    before(async () => {
      t = await startTestApp(kind);
      people = await setUpPeople(t);
      const made = expectJson(await people.owner.post('/api/documents', {content: sampleDocument('Kept')}), 201, documentDetailSchema);
      documentId = made.id;
    });
    after(() => t.close());

    /** Asserts that neither a new document nor a draft save takes `content`, and names row 2. */
    async function assertRefused(content: unknown, pattern: RegExp) {
      const created = expectError(await people.owner.post('/api/documents', {content}), 400);
      assert.match(created, pattern);
      assert.match(created, /^Row 2 /);
      const saved = expectError(await people.owner.put(`/api/documents/${documentId}/draft`, {revision: 1, content}), 400);
      assert.match(saved, pattern);
    }

    for (const href of unsafeLinks) {
      it(`refuses a link to ${JSON.stringify(href)}`, async () => {
        await assertRefused(documentWith({href}), /has a link that is not safe/);
      });
    }

    for (const src of unsafePictures) {
      it(`refuses a picture from ${JSON.stringify(src.slice(0, 60))}`, async () => {
        await assertRefused(documentWith({src}), /has a picture from a place that is not allowed/);
      });
    }

    it('kept the draft as it was through every refusal', async () => {
      const got = expectJson(await people.owner.get(`/api/documents/${documentId}`), 200, documentDetailSchema);
      assert.equal(got.revision, 1);
      assert.deepEqual(got.content, sampleDocument('Kept'));
    });

    it('takes safe links and pictures, and stores them as sent', async () => {
      for (const [index, href] of safeLinks.entries()) {
        const made = expectJson(await people.owner.post('/api/documents', {content: documentWith({href, src: safePictures[index % safePictures.length]!})}), 201, documentDetailSchema);
        assert.ok(JSON.stringify(made.content).includes(JSON.stringify(href)), `stored ${href}`);
      }
      for (const src of safePictures) {
        expectJson(await people.owner.post('/api/documents', {content: documentWith({src})}), 201, documentDetailSchema);
      }
    });
  });
}
