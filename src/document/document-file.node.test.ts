import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {
  DocumentFileError,
  documentFormat,
  emptyDocument,
  parseDocumentFile,
  toDocumentFile,
} from './document-file.js';
import {schema} from './schema.js';

const {nodes} = schema;

function sampleDoc() {
  return nodes['doc']!.create({audience: 'Adults', owner: 'Comms team', written: '2026-08-06', reviewBy: '2027-08-06'}, [
    nodes['title']!.create(null, schema.text('Going to hospital')),
    nodes['row']!.create(
      {picture: {src: '/openmoji/1F3E5.svg', alt: 'hospital', credit: 'OpenMoji', licence: 'CC BY-SA 4.0', symbol: '1F3E5'}},
      nodes['paragraph']!.create(null, [schema.text('You are going to '), schema.text('hospital', [schema.marks['strong']!.create()])])
    ),
    nodes['contact']!.create(null, nodes['contact_line']!.create({field: 'phone'}, schema.text('0800 123 4567'))),
  ]);
}

describe('document files', () => {
  it('round-trips a document with its details and pictures', () => {
    const file = toDocumentFile(sampleDoc());
    assert.equal(file.format, documentFormat);
    assert.deepEqual(file.meta, {
      title: 'Going to hospital',
      audience: 'Adults',
      owner: 'Comms team',
      written: '2026-08-06',
      reviewBy: '2027-08-06',
    });
    const back = parseDocumentFile(JSON.stringify(file));
    assert.ok(back.eq(sampleDoc()));
  });

  it('takes the details from meta over the doc attributes', () => {
    const file = toDocumentFile(sampleDoc());
    const back = parseDocumentFile({...file, meta: {...file.meta, owner: 'Patient experience'}});
    assert.equal(back.attrs['owner'], 'Patient experience');
  });

  const rejects: readonly [string, unknown, RegExp][] = [
    ['broken JSON', '{"format": ', /not valid JSON/],
    ['a JSON array', '[1, 2]', /not an Easy Read Studio document/],
    ['another format', {format: 'prosemirror', doc: {}}, /not an Easy Read Studio document/],
    ['a newer version', {format: 'easy-read-studio/2', doc: {}}, /newer version/],
    ['no document', {format: documentFormat, meta: {}}, /no document/],
    ['a meta that is not an object', {format: documentFormat, meta: 'x', doc: {}}, /details .* broken/],
    ['a date in the wrong form', {format: documentFormat, meta: {written: '6/8/2026'}, doc: emptyDocument().toJSON()}, /2026-08-06/],
    ['a node the schema does not know', {format: documentFormat, meta: {}, doc: {type: 'doc', content: [{type: 'script'}]}}, /broken/],
    ['content in the wrong place', {format: documentFormat, meta: {}, doc: {type: 'doc', content: [{type: 'paragraph'}]}}, /broken/],
    ['a row picture without alt text', {format: documentFormat, meta: {}, doc: {type: 'doc', content: [
      {type: 'title'}, {type: 'row', attrs: {picture: {src: 'x.png'}}, content: [{type: 'paragraph'}]},
    ]}}, /broken/],
    ['a heading level 1 in the body', {format: documentFormat, meta: {}, doc: {type: 'doc', content: [
      {type: 'title'}, {type: 'heading', attrs: {level: 1}},
    ]}}, /broken/],
  ];
  for (const [name, input, message] of rejects) {
    it(`rejects ${name} with a plain message`, () => {
      assert.throws(() => parseDocumentFile(input), (error: unknown) => {
        assert.ok(error instanceof DocumentFileError, `got ${String(error)}`);
        assert.match(error.message, message);
        assert.ok(error.message.split(/\s+/).length < 20, 'message is short');
        return true;
      });
    });
  }

  it('makes an empty document with a title and one row', () => {
    const doc = emptyDocument('Your blood test');
    assert.equal(doc.child(0).textContent, 'Your blood test');
    assert.equal(doc.child(1).type.name, 'row');
    assert.equal(doc.child(1).attrs['picture'], null);
    doc.check();
  });
});
