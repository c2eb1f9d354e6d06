/**
 * Releasing a version: the document's final say, for admins and approvers only.
 *
 * A version is ready when its checks found no errors and at least one reviewer
 * approved it (with no reviewer asking for changes since the last approval). An
 * admin or approver may release a version that is not ready by giving a reason:
 * that is an override, and the audit log records it with what was not ready.
 *
 * @module
 */
import type {Db} from '../db/schema.js';
import type {UserActor} from './actor.js';
import {loadDocument, requireAccess} from './access.js';
import {appendAudit} from './audit.js';
import {getDocument, type DocumentDetail} from './documents.js';
import {ModelError} from './errors.js';
import {readCheckSummary} from './versions.js';

/** What an approver gives to release. */
export interface ReleaseRequest {
  readonly versionId: string;
  /** Needed when the version is not ready (see the module doc). */
  readonly overrideReason?: string;
}

/**
 * Releases `versionId` of `documentId`. Throws `forbidden` for anyone but admins and
 * approvers, `not-found` for a version of another document, and `conflict` listing
 * what is missing when the version is not ready and no override reason is given.
 * Audited, overrides included.
 */
export async function releaseDocument(
  db: Db,
  actor: UserActor,
  documentId: string,
  input: ReleaseRequest,
  now: Date
): Promise<DocumentDetail> {
  const {access} = await loadDocument(db, actor, documentId);
  requireAccess(access, 'release');
  const version = await db
    .selectFrom('versions')
    .select(['id', 'number', 'check_summary'])
    .where('id', '=', input.versionId)
    .where('document_id', '=', documentId)
    .executeTakeFirst();
  if (!version) throw new ModelError('not-found', 'This document has no such version.');
  const problems = await readinessProblems(db, version.id, readCheckSummary(version.check_summary).errors);
  const reason = input.overrideReason?.trim();
  if (problems.length > 0 && !reason) {
    throw new ModelError(
      'conflict',
      `Version ${version.number} is not ready to release: ${problems.join('; ')}. To release it anyway, give a reason.`
    );
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
      detail: {number: version.number, override: problems.length > 0 ? {reason, problems} : null},
    });
  });
  return getDocument(db, actor, documentId);
}

/** What stops a version being released, in plain words; empty when it is ready. */
export async function readinessProblems(db: Db, versionId: string, checkErrors: number): Promise<string[]> {
  const problems: string[] = [];
  if (checkErrors > 0) problems.push(`the checks found ${checkErrors} ${checkErrors === 1 ? 'error' : 'errors'}`);
  const feedback = await db
    .selectFrom('feedback')
    .select(['verdict'])
    .where('version_id', '=', versionId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const lastApproval = feedback.map((f) => f.verdict).lastIndexOf('approve');
  if (lastApproval === -1) problems.push('no reviewer has approved it');
  else if (feedback.slice(lastApproval + 1).some((f) => f.verdict === 'revise')) {
    problems.push('a reviewer asked for changes after the last approval');
  }
  return problems;
}
