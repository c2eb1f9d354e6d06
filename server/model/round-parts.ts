/**
 * The parts of a version, as reviewers answer about them (`documentParts`), with
 * each part's fingerprint. Versions never change, so a version's parts are worked
 * out once and kept (for the most recently used versions), which keeps an answer
 * from costing a parse of the whole document.
 *
 * @module
 */
import {fingerprint, documentParts, type Part} from '../../src/document/parts.js';
import type {Db} from '../db/schema.js';
import {readStoredDocument} from './content.js';

/** A part with its fingerprint (text and picture). */
export interface VersionPart extends Part {
  readonly fingerprint: string;
}

/** How many versions' parts are kept. */
const kept = 500;
const cache = new Map<string, readonly VersionPart[]>();

/** The parts of version `versionId`, in document order. Throws if there is no such version. */
export async function versionParts(db: Db, versionId: string): Promise<readonly VersionPart[]> {
  const cached = cache.get(versionId);
  if (cached) return cached;
  const row = await db.selectFrom('versions').select('content').where('id', '=', versionId).executeTakeFirstOrThrow();
  const parts = partsOf(row.content);
  if (cache.size >= kept) cache.delete(cache.keys().next().value ?? '');
  cache.set(versionId, parts);
  return parts;
}

/** The parts of stored document-file JSON, with fingerprints. */
export function partsOf(content: string): readonly VersionPart[] {
  return documentParts(readStoredDocument(content)).map((part) => ({...part, fingerprint: fingerprint(part)}));
}
