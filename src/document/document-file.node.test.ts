import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {
  DocumentFileError,
  documentFormat,
  emptyDocument,
  parseDocumentFile,
  toDocumentFile,
} from './document-file.js';
import {blockIdOf, blockIdPattern} from './block-ids.js';
import {schema} from './schema.js';

const {nodes} = schema;

function sampleDoc() {
  return nodes['doc']!.create({audience: 'Adults', owner: 'Comms team', written: '2026-08-06', reviewBy: '2027-08-06'}, [
    nodes['title']!.create({id: 'title1'}, schema.text('Going to hospital')),
    nodes['row']!.create(
      {id: 'row1', picture: {src: '/openmoji/1F3E5.svg', alt: 'hospital', credit: 'OpenMoji', licence: 'CC BY-SA 4.0', symbol: '1F3E5'}},
      nodes['paragraph']!.create({id: 'para1'}, [schema.text('You are going to '), schema.text('hospital', [schema.marks['strong']!.create()])])
    ),
    nodes['contact']!.create({id: 'contact1'}, nodes['contact_line']!.create({field: 'phone'}, schema.text('0800 123 4567'))),
  ]);
}

/** Every block id in `doc`, in document order. */
function idsOf(doc: ReturnType<typeof sampleDoc>): (string | null)[] {
  const ids: (string | null)[] = [];
  doc.descendants((node) => {
    if (node.type.spec.attrs?.['id']) ids.push(blockIdOf(node));
  });
  return ids;
}

/** `value` as JSON with every `id` attribute taken out, as an older file has it. */
function withoutIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutIds);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'id').map(([key, inner]) => [key, withoutIds(inner)]));
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

  it('keeps block ids through a save and a load', () => {
    const file = toDocumentFile(sampleDoc());
    const back = parseDocumentFile(JSON.parse(JSON.stringify(file)));
    assert.deepEqual(idsOf(back), ['title1', 'row1', 'para1', 'contact1']);
    assert.deepEqual(toDocumentFile(back), file);
  });

  it('gives an older file without ids the same new ids every time it is read', () => {
    const old = {...toDocumentFile(sampleDoc()), doc: withoutIds(sampleDoc().toJSON())};
    assert.doesNotMatch(JSON.stringify(old), /"id"/);
    const first = idsOf(parseDocumentFile(old));
    assert.equal(first.length, 4);
    for (const id of first) assert.match(id ?? '', blockIdPattern);
    assert.equal(new Set(first).size, 4, 'ids are unique');
    assert.deepEqual(idsOf(parseDocumentFile(JSON.stringify(old))), first);
  });

  it('gives a copied id to the first block only', () => {
    const json = sampleDoc().toJSON() as {content: {attrs: {id: string}}[]};
    json.content[2]!.attrs.id = 'row1';
    const ids = idsOf(parseDocumentFile({format: documentFormat, meta: {}, doc: json}));
    assert.equal(ids[1], 'row1');
    assert.notEqual(ids[3], 'row1');
    assert.equal(new Set(ids).size, 4);
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
    ['a block id that is not text', {format: documentFormat, meta: {}, doc: {type: 'doc', content: [
      {type: 'title', attrs: {id: 7}}, {type: 'row', content: [{type: 'paragraph'}]},
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
    assert.equal(new Set(idsOf(doc).filter((id) => id !== null)).size, 3, 'every block has its own id');
    assert.notDeepEqual(idsOf(emptyDocument()), idsOf(emptyDocument()), 'new documents get new ids');
    doc.check();
  });
});
