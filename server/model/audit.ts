/**
 * The append-only audit log: who did what, when, to which document and version.
 * Every model function that changes data calls `appendAudit` inside the same
 * transaction as the change, so the log and the data cannot disagree.
 *
 * @module
 */
import type {Db} from '../db/schema.js';
import {loadDocument} from './access.js';
import type {Actor, UserActor} from './actor.js';
import {ModelError, type PersonRef} from './errors.js';
import {parseRecord} from './json.js';

/** What happened. New actions may be added; existing names never change. */
export type AuditAction =
  | 'setup.admin-created'
  | 'session.signed-in'
  | 'session.signed-out'
  | 'session.signed-out-everywhere'
  | 'user.created'
  | 'user.updated'
  | 'document.created'
  | 'draft.saved'
  | 'document.shared'
  | 'document.unshared'
  | 'document.deleted'
  | 'document.restored'
  | 'version.created'
  | 'invite.created'
  | 'invite.revoked'
  | 'feedback.recorded'
  | 'review-policy.updated'
  | 'involvement.person-added'
  | 'involvement.person-updated'
  | 'involvement.person-removed'
  | 'round.started'
  | 'round.closed'
  | 'round.cancelled'
  | 'answer.saved'
  | 'verdict.given'
  | 'group-session.started'
  | 'group-session.ended'
  | 'item.responded'
  | 'document.released'
  | 'release.published'
  | 'release.unpublished'
  | 'checker-words.changed';

/** One line of the log, as the API shows it. */
export interface AuditEntry {
  readonly id: number;
  readonly at: string;
  /** The signed-in user, or `null` for a review link or the command line. */
  readonly actor: PersonRef | null;
  /** Who it was, in words, as at the time. */
  readonly actorLabel: string;
  readonly action: string;
  readonly documentId: string | null;
  readonly versionId: string | null;
  readonly detail: Record<string, unknown>;
}

/** What to record. `detail` must be JSON-serialisable. */
export interface AuditRecord {
  readonly action: AuditAction;
  readonly documentId?: string | null;
  readonly versionId?: string | null;
  readonly detail?: Record<string, unknown>;
}

/** Adds one entry. Call it with the transaction that makes the change. */
export async function appendAudit(db: Db, actor: Actor, at: Date, record: AuditRecord): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      at: at.toISOString(),
      actor_id: actor.kind === 'user' ? actor.id : null,
      actor: actor.kind === 'user' ? actor.name : actor.label,
      action: record.action,
      document_id: record.documentId ?? null,
      version_id: record.versionId ?? null,
      detail: JSON.stringify(record.detail ?? {}),
    })
    .execute();
}

/** Which entries to list: one document's, or all; newest first, `limit` at most, older than `before`. */
export interface AuditQuery {
  readonly documentId?: string;
  readonly before?: number;
  readonly limit: number;
}

/** Paging for the audit log. */
export interface AuditPage {
  readonly before?: number;
  readonly limit: number;
}

/** One document's log, newest first. Anyone who may read the document. */
export async function documentAudit(db: Db, actor: UserActor, documentId: string, page: AuditPage): Promise<AuditEntry[]> {
  await loadDocument(db, actor, documentId);
  return listAudit(db, {...page, documentId});
}

/** The whole log, newest first. Admins only. */
export async function fullAudit(db: Db, actor: UserActor, page: AuditPage): Promise<AuditEntry[]> {
  if (actor.role !== 'admin') throw new ModelError('forbidden', 'Only admins can read the whole audit log.');
  return listAudit(db, page);
}

/** Lists entries, newest first. Does no permission check: use `documentAudit` or `fullAudit`. */
export async function listAudit(db: Db, query: AuditQuery): Promise<AuditEntry[]> {
  let select = db
    .selectFrom('audit_log')
    .leftJoin('users', 'users.id', 'audit_log.actor_id')
    .select([
      'audit_log.id',
      'audit_log.at',
      'audit_log.actor_id',
      'audit_log.actor',
      'users.name as actor_name',
      'audit_log.action',
      'audit_log.document_id',
      'audit_log.version_id',
      'audit_log.detail',
    ])
    .orderBy('audit_log.id', 'desc')
    .limit(query.limit);
  if (query.documentId !== undefined) select = select.where('audit_log.document_id', '=', query.documentId);
  if (query.before !== undefined) select = select.where('audit_log.id', '<', query.before);
  const rows = await select.execute();
  return rows.map((row) => ({
    id: Number(row.id),
    at: row.at,
    actor: row.actor_id ? {id: row.actor_id, name: row.actor_name ?? row.actor} : null,
    actorLabel: row.actor,
    action: row.action,
    documentId: row.document_id,
    versionId: row.version_id,
    detail: parseRecord(row.detail),
  }));
}
