/**
 * Releasing a version: the document's final say, for admins and approvers only.
 *
 * A version may go out when the release gate (`release-gate.ts`) finds nothing
 * missing: a review round on that version met its policy, every piece of feedback
 * has a response, and the server's checks find no errors that are not ignored. An
 * admin may release a version that is not ready by giving a reason and a date to
 * review it again by: that is an override, and the audit log records it with what
 * was missing.
 *
 * @module
 */
import type {Db} from '../db/schema.js';
import type {UserActor} from './actor.js';
import {loadDocument, requireAccess} from './access.js';
import {appendAudit} from './audit.js';
import {recordRelease} from './releases.js';
import {getDocument, type DocumentDetail} from './documents.js';
import {ModelError} from './errors.js';
import {releaseGate} from './release-gate.js';

/** What an approver gives to release. */
export interface ReleaseRequest {
  readonly versionId: string;
  /** For an admin's override of a version that is not ready. */
  readonly overrideReason?: string;
  /** `YYYY-MM-DD`: with an override, when the release must be reviewed again. */
  readonly reviewAgainBy?: string;
}

/** The outcome: released, or refused with each missing condition in plain words. */
export type ReleaseOutcome =
  | {readonly released: true; readonly document: DocumentDetail}
  | {readonly released: false; readonly error: string; readonly missing: string[]};

/**
 * Releases `versionId` of `documentId`, or says what is missing. Throws `forbidden`
 * for anyone but admins and approvers (and for an override by anyone but an admin),
 * `not-found` for a version of another document, and `invalid` for an override
 * without both a reason and a review date from today on. Audited, overrides included.
 */
export async function releaseDocument(db: Db, actor: UserActor, documentId: string, input: ReleaseRequest, now: Date): Promise<ReleaseOutcome> {
  const {access} = await loadDocument(db, actor, documentId);
  requireAccess(access, 'release');
  const version = await db
    .selectFrom('versions')
    .select(['id', 'number'])
    .where('id', '=', input.versionId)
    .where('document_id', '=', documentId)
    .executeTakeFirst();
  if (!version) throw new ModelError('not-found', 'This document has no such version.');
  const today = now.toISOString().slice(0, 10);
  const missing = await releaseGate(db, version.id, today);
  const reason = input.overrideReason?.trim() ?? '';
  if (missing.length > 0 && !reason) {
    const error = `Version ${version.number} is not ready to release. An admin can release it anyway with a reason and a date to review it again.`;
    return {released: false, error, missing};
  }
  const override = missing.length > 0 ? {reason, reviewAgainBy: input.reviewAgainBy ?? '', missing} : null;
  if (override) {
    if (actor.role !== 'admin') throw new ModelError('forbidden', 'Only an admin can release a version that is not ready.');
    if (!override.reviewAgainBy || override.reviewAgainBy < today) {
      throw new ModelError('invalid', 'Give a date from today on to review it again by ("reviewAgainBy").');
    }
  }
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('documents')
      .set({status: 'released', released_version_id: version.id})
      .where('id', '=', documentId)
      .execute();
    await appendAudit(trx, actor, now, {
      action: 'document.released',
      documentId,
      versionId: version.id,
      detail: {number: version.number, override},
    });
    const frozen = override ? {reason: override.reason ?? '', reviewAgainBy: override.reviewAgainBy || null} : null;
    await recordRelease(trx, actor, {documentId, versionId: version.id, override: frozen}, now);
  });
  return {released: true, document: await getDocument(db, actor, documentId)};
}
