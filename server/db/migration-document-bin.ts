/**
 * Migration `0006-document-bin`: a deleted document keeps its row (versions, links
 * and the audit log point at it and never change) and gets `deleted_at` and
 * `deleted_by`. See `server/model/bin.ts` for the 30 days.
 *
 * @module
 */
import type {Kysely} from 'kysely';

/** Adds `documents.deleted_at` and `documents.deleted_by`. */
export async function documentBinMigration(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('documents').addColumn('deleted_at', 'text').execute();
  await db.schema.alterTable('documents').addColumn('deleted_by', 'text', (c) => c.references('users.id')).execute();
}
