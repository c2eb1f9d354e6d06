/**
 * Migration `0004-releases`: release records and their rendered leaflets.
 *
 * A release is a frozen record of one released version. Only two of its columns may
 * ever change, `public` and `superseded_by`; triggers in both databases refuse any
 * other UPDATE, and every DELETE. A rendered leaflet (HTML, PDF or Word) is written
 * once per release and format and never changed.
 *
 * @module
 */
import {sql, type Kysely} from 'kysely';
import type {DialectName} from './connect.js';

/** The columns of `releases` that are fixed once written (all but `public` and `superseded_by`). */
const frozenColumns = [
  'id',
  'document_id',
  'number',
  'version_id',
  'version_number',
  'title',
  'released_at',
  'released_by',
  'review_by',
  'check_summary',
  'picture_credits',
  'checked_by',
  'audit_id',
  'override',
] as const;

/** Creates `releases` and `release_outputs` with their triggers. */
export async function releasesMigration(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  await db.schema
    .createTable('releases')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('version_id', 'text', (c) => c.notNull().references('versions.id'))
    .addColumn('version_number', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('released_at', 'text', (c) => c.notNull())
    .addColumn('released_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('review_by', 'text', (c) => c.notNull())
    .addColumn('check_summary', 'text', (c) => c.notNull())
    .addColumn('picture_credits', 'text', (c) => c.notNull())
    .addColumn('checked_by', 'text', (c) => c.notNull())
    .addColumn('audit_id', 'integer', (c) => c.notNull().references('audit_log.id'))
    .addColumn('override', 'text')
    .addColumn('public', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('superseded_by', 'text', (c) => c.references('releases.id'))
    .addUniqueConstraint('releases_number', ['document_id', 'number'])
    .execute();

  await db.schema
    .createTable('release_outputs')
    .addColumn('release_id', 'text', (c) => c.notNull().references('releases.id'))
    .addColumn('format', 'text', (c) => c.notNull().check(sql`format in ('html', 'pdf', 'docx')`))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('release_outputs_pk', ['release_id', 'format'])
    .execute();

  await refuseFrozenChanges(db, dialect);
}

async function refuseFrozenChanges(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  const columns = sql.join(frozenColumns.map((column) => sql.id(column)));
  const message = 'A release cannot be changed. Release a new version instead.';
  if (dialect === 'sqlite') {
    await sql`create trigger releases_frozen before update of ${columns} on releases
      begin select raise(abort, ${sql.lit(message)}); end`.execute(db);
    await sql`create trigger releases_no_delete before delete on releases
      begin select raise(abort, ${sql.lit(message)}); end`.execute(db);
    for (const event of ['update', 'delete']) {
      await sql`create trigger ${sql.id(`release_outputs_no_${event}`)} before ${sql.raw(event)} on release_outputs
        begin select raise(abort, 'The release_outputs table cannot be changed.'); end`.execute(db);
    }
    return;
  }
  await sql`create or replace function refuse_release_change() returns trigger language plpgsql as $$
    begin raise exception 'A release cannot be changed. Release a new version instead.'; end $$`.execute(db);
  await sql`create trigger releases_frozen before update of ${columns} on releases
    for each row execute function refuse_release_change()`.execute(db);
  await sql`create trigger releases_no_delete before delete on releases
    for each row execute function refuse_release_change()`.execute(db);
  await sql`create trigger releases_no_truncate before truncate on releases
    for each statement execute function refuse_release_change()`.execute(db);
  // refuse_change() is the audit log's function, made by 0001-initial.
  await sql`create trigger release_outputs_no_change before update or delete on release_outputs
    for each row execute function refuse_change()`.execute(db);
  await sql`create trigger release_outputs_no_truncate before truncate on release_outputs
    for each statement execute function refuse_change()`.execute(db);
}
