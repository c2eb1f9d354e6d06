/**
 * Documents for the leaflet tests: a leaflet with a heading, a hard word box,
 * contact details and as many rows as asked, every row with an OpenMoji picture and
 * its own numbered sentence, so tests can find each row in the output.
 *
 * @module
 */
import type {DocumentFile} from '../../src/document/document-file.js';
import {OPENMOJI_CREDIT, OPENMOJI_LICENCE} from '../../src/pictures/symbol-index.js';
import {canonicalDocument} from '../model/content.js';

const symbols = [
  ['1F3E5', 'hospital'],
  ['1F48A', 'pill'],
  ['1F4DE', 'telephone'],
  ['1F489', 'syringe'],
  ['1F4C5', 'calendar'],
  ['1F3E0', 'house'],
] as const;

/** The sentence of row `n` (from 1): unique, so its place in the output can be found. */
export function rowSentence(n: number): string {
  return `Row ${n}: you can ask the nurse for help with idea number ${n}.`;
}

/** A document with `rows` rows (at least 2), a heading after the first row, a hard word box and contact details last. */
export function leafletDocument(title: string, rows: number, reviewBy = '2027-11-12'): DocumentFile {
  const row = (n: number) => {
    const [code, alt] = symbols[(n - 1) % symbols.length]!;
    return {
      type: 'row',
      attrs: {picture: {src: `/openmoji/${code}.svg`, alt, credit: OPENMOJI_CREDIT, licence: OPENMOJI_LICENCE, symbol: code}},
      content: [{type: 'paragraph', content: [{type: 'text', text: rowSentence(n)}]}],
    };
  };
  const content: unknown[] = [{type: 'title', content: [{type: 'text', text: title}]}, row(1)];
  content.push({type: 'heading', attrs: {level: 2}, content: [{type: 'text', text: 'What happens next'}]});
  for (let n = 2; n <= rows; n++) content.push(row(n));
  content.push({
    type: 'hard_word',
    content: [
      {type: 'hard_word_term', content: [{type: 'text', text: 'Vaccine'}]},
      {type: 'hard_word_meaning', content: [{type: 'text', text: 'A medicine that stops you getting ill.'}]},
    ],
  });
  content.push({type: 'heading', attrs: {level: 2}, content: [{type: 'text', text: 'Who to contact'}]});
  content.push({
    type: 'contact',
    content: [
      {type: 'contact_line', attrs: {field: 'name'}, content: [{type: 'text', text: 'Patient advice team'}]},
      {type: 'contact_line', attrs: {field: 'phone'}, content: [{type: 'text', text: '020 7946 0000'}]},
    ],
  });
  return structuredClone(
    canonicalDocument({
      format: 'easy-read-studio/1',
      meta: {audience: 'Adults with a learning disability', owner: 'Patient information team', written: '2026-11-01', reviewBy},
      doc: {type: 'doc', content},
    })
  );
}
