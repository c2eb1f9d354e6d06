/**
 * Helpers for the review-round tests: a document with several parts (a row with a
 * picture, a row without, a heading), people in the involvement register, and a
 * round started through the API.
 *
 * @module
 */
import type {DocumentFile} from '../../src/document/document-file.js';
import {canonicalDocument} from '../model/content.js';
import {involvedPersonSchema, newRoundSchema} from '../routes/round-schemas.js';
import {documentDetailSchema} from '../routes/schemas.js';
import type {Client} from './harness.js';
import {expectJson} from './people.js';

/** A picture for a row. */
export const flu = {src: '/openmoji/1F489.svg', alt: 'a needle', credit: 'OpenMoji', licence: 'CC BY-SA 4.0', symbol: '1F489'};

/** The rows of the test leaflet, by default. */
export const leafletRows = [
  'You can get a flu jab at your doctor.',
  'The jab helps stop you getting ill.',
  'It is free for you.',
] as const;

/**
 * A leaflet: a title, one row per text (the first with a picture) and a phone number.
 * Details are filled in so the checks find no errors.
 */
export function leaflet(title: string, rows: readonly string[] = leafletRows): DocumentFile {
  return structuredClone(
    canonicalDocument({
      format: 'easy-read-studio/1',
      meta: {written: '2026-03-01', reviewBy: '2027-03-01', owner: 'Patient information team', audience: 'Adults'},
      doc: {
        type: 'doc',
        content: [
          {type: 'title', content: [{type: 'text', text: title}]},
          ...rows.map((text, i) => ({
            type: 'row',
            attrs: {picture: i === 0 ? flu : null},
            content: [{type: 'paragraph', content: [{type: 'text', text}]}],
          })),
          {type: 'contact', content: [{type: 'contact_line', attrs: {field: 'phone'}, content: [{type: 'text', text: '0300 123 4567'}]}]},
        ],
      },
    })
  );
}

/** Adds someone to the register as `keeper` (an admin or supporter) and returns their id. */
export async function addReviewer(keeper: Client, name: string, extra: Record<string, unknown> = {}): Promise<string> {
  const body = {name, credit: 'full', consentToName: true, livedExperience: true, paid: false, ...extra};
  return expectJson(await keeper.post('/api/involvement/people', body), 201, involvedPersonSchema).id;
}

/** Makes a document as `author` from `content` and returns its id. */
export async function newDocument(author: Client, content: DocumentFile): Promise<string> {
  return expectJson(await author.post('/api/documents', {content}), 201, documentDetailSchema).id;
}

/** Starts a round on `documentId` with `reviewerIds`, due in the test clock's future. */
export async function startRound(author: Client, documentId: string, reviewerIds: readonly string[], extra: Record<string, unknown> = {}) {
  const response = await author.post(`/api/documents/${documentId}/rounds`, {reviewerIds, due: '2026-03-20', ...extra});
  return expectJson(response, 201, newRoundSchema);
}
