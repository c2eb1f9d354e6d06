import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {documentFormat, parseDocumentFile, toDocumentFile} from './document-file.js';
import {documentParts, fingerprint, type Part} from './parts.js';
import {schema} from './schema.js';

const {nodes, marks} = schema;
const text = (value: string) => schema.text(value);
const paragraph = (id: string, ...content: ReturnType<typeof text>[]) => nodes['paragraph']!.create({id}, content);
const item = (value: string, ...nested: ReturnType<typeof nodes.bullet_list.create>[]) =>
  nodes['list_item']!.create(null, [nodes['paragraph']!.create(null, text(value)), ...nested]);
const hospital = {src: '/openmoji/1F3E5.svg', alt: 'hospital', credit: 'OpenMoji', licence: 'CC BY-SA 4.0', symbol: '1F3E5'};

function sampleDoc() {
  return nodes['doc']!.create(null, [
    nodes['title']!.create({id: 't'}, text('Going to hospital')),
    nodes['heading']!.create({id: 'h', level: 2}, text('Before you go')),
    nodes['row']!.create({id: 'r1', picture: hospital}, [
      paragraph('p1', text('You are going to '), schema.text('hospital', [marks['strong']!.create()]), text('.')),
      nodes['bullet_list']!.create({id: 'l1'}, [item('Bring your letter.'), item('Bring your medicines.', nodes['bullet_list']!.create({id: 'l2'}, item('All of them.')))]),
      nodes['paragraph']!.create({id: 'p2'}, [text('Ask us'), nodes['hard_break']!.create(), text('if you need help.')]),
    ]),
    nodes['row']!.create({id: 'r2'}, paragraph('p3', text('A nurse will meet you.'))),
    nodes['ordered_list']!.create({id: 'l3'}, [item('Park.'), item('Come in.')]),
    paragraph('p4', text('A loose paragraph.')),
    nodes['hard_word']!.create({id: 'w'}, [nodes['hard_word_term']!.create(null, text('Ward')), nodes['hard_word_meaning']!.create(null, text('A room in hospital.'))]),
    nodes['contact']!.create({id: 'c'}, [
      nodes['contact_line']!.create({field: 'name'}, text('Ward 5')),
      nodes['contact_line']!.create({field: 'phone'}, text('0800 123 4567')),
    ]),
  ]);
}

describe('document parts', () => {
  it('lists the title and each top-level block, in order, with its text and picture', () => {
    assert.deepEqual(documentParts(sampleDoc()), [
      {id: 't', kind: 'title', text: 'Going to hospital', picture: null},
      {id: 'h', kind: 'heading', text: 'Before you go', picture: null},
      {
        id: 'r1',
        kind: 'row',
        text: 'You are going to hospital.\nBring your letter.\nBring your medicines.\nAll of them.\nAsk us\nif you need help.',
        picture: {src: hospital.src, alt: 'hospital'},
      },
      {id: 'r2', kind: 'row', text: 'A nurse will meet you.', picture: null},
      {id: 'l3', kind: 'list', text: 'Park.\nCome in.', picture: null},
      {id: 'p4', kind: 'paragraph', text: 'A loose paragraph.', picture: null},
      {id: 'w', kind: 'hard-word', text: 'Ward\nA room in hospital.', picture: null},
      {id: 'c', kind: 'contact', text: 'Ward 5\n0800 123 4567', picture: null},
    ] satisfies Part[]);
  });

  it('reads the same parts from the document file', () => {
    const file = toDocumentFile(sampleDoc());
    assert.deepEqual(documentParts(file), documentParts(sampleDoc()));
    assert.deepEqual(documentParts(JSON.parse(JSON.stringify(file)) as typeof file), documentParts(sampleDoc()));
  });

  it('keeps offsets into a part when other parts change', () => {
    const before = documentParts(sampleDoc()).find((part) => part.id === 'r1')!;
    const start = before.text.indexOf('medicines');
    const json = sampleDoc().toJSON() as {content: {type?: string; attrs: Record<string, unknown>; content?: unknown[]}[]};
    json.content[3]!.content = [{type: 'paragraph', attrs: {id: 'p3'}, content: [{type: 'text', text: 'Someone else will meet you.'}]}];
    json.content.splice(2, 0, {type: 'heading', attrs: {id: 'h2', level: 3}, content: [{type: 'text', text: 'New'}]});
    const after = documentParts(parseDocumentFile({format: documentFormat, meta: {}, doc: json})).find((part) => part.id === 'r1')!;
    assert.equal(after.text, before.text);
    assert.equal(after.text.slice(start, start + 'medicines'.length), 'medicines');
    assert.equal(fingerprint(after), fingerprint(before));
  });

  it('gives blocks without ids the same ids each time', () => {
    const doc = nodes['doc']!.create(null, [nodes['title']!.create(), nodes['row']!.create(null, nodes['paragraph']!.create())]);
    const ids = documentParts(doc).map((part) => part.id);
    assert.equal(ids.length, 2);
    assert.notEqual(ids[0], ids[1]);
    for (const id of ids) assert.match(id, /^[0-9a-z]{10}$/);
    assert.deepEqual(documentParts(doc).map((part) => part.id), ids);
  });

  it('refuses a broken file with a plain message', () => {
    assert.throws(() => documentParts({format: documentFormat, meta: {title: '', audience: '', owner: '', written: '', reviewBy: ''}, doc: {type: 'nonsense'}}), /broken/);
  });
});

describe('part fingerprints', () => {
  const part: Part = {id: 'r1', kind: 'row', text: 'You are going to hospital.', picture: {src: '/openmoji/1F3E5.svg', alt: 'hospital'}};

  it('are the same for the same text and picture, whatever the id or kind', () => {
    assert.equal(fingerprint(part), fingerprint({...part, picture: {...part.picture!}}));
    const renamed: Part = {...part, id: 'other', kind: 'paragraph'};
    assert.equal(fingerprint(part), fingerprint(renamed));
    assert.match(fingerprint(part), /^[0-9a-f]{16}$/);
  });

  it('differ when the text, the picture or its alt text change', () => {
    const variants: Part[] = [
      part,
      {...part, text: 'You are going to hospital'},
      {...part, text: 'You are going to hospital.\n'},
      {...part, picture: null},
      {...part, picture: {src: '/openmoji/1F48A.svg', alt: 'hospital'}},
      {...part, picture: {src: '/openmoji/1F3E5.svg', alt: 'a hospital'}},
      // The same characters split differently between text, source and alt text.
      {...part, text: 'You are going to hospital./openmoji/1F3E5.svg', picture: {src: '', alt: 'hospital'}},
      {...part, picture: {src: '', alt: ''}},
    ];
    assert.equal(new Set(variants.map(fingerprint)).size, variants.length);
  });
});
