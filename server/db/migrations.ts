/**
 * The schema's history, applied on every start by Kysely's `Migrator` (in-code
 * provider, so the server needs no migration files on disk). Migrations never change
 * once released: add a new one instead.
 *
 * @module
 */
import {Migrator, sql, type Kysely, type Migration} from 'kysely';
import type {DialectName, Storage} from './connect.js';
import {checkerWordsMigration} from './migration-checker-words.js';
import {documentBinMigration} from './migration-document-bin.js';
import {releasesMigration} from './migration-releases.js';
import {reviewRounds} from './migration-review-rounds.js';

/**
 * The migrations for one dialect, by name. Names sort in the order they apply.
 * The two dialects differ only in the audit log's counter and how triggers are written.
 */
export function migrations(dialect: DialectName): Record<string, Migration> {
  return {
    '0001-initial': {up: (db: Kysely<unknown>) => initial(db, dialect)},
    '0002-login-limits': {up: loginLimits},
    '0003-review-rounds': {up: reviewRounds},
    '0004-releases': {up: (db: Kysely<unknown>) => releasesMigration(db, dialect)},
    '0005-checker-words': {up: checkerWordsMigration},
    '0006-document-bin': {up: documentBinMigration},
  };
}

/**
 * Brings the database up to date. Safe to run at every start and from several
 * processes at once (the migrator holds a lock). Throws the first failure.
 */
export async function migrateToLatest(storage: Storage): Promise<void> {
  const migrator = new Migrator({
    db: storage.db,
    provider: {getMigrations: async () => migrations(storage.dialect)},
    // Kysely looks for its bookkeeping tables in every schema unless told which, and
    // would take another schema's for ours (tests give each file its own schema).
    ...(storage.dialect === 'postgres' ? {migrationTableSchema: await currentSchema(storage)} : {}),
  });
  const {error} = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(`Could not update the database: ${String(error)}`);
}

async function currentSchema(storage: Storage): Promise<string> {
  const result = await sql<{schema: string}>`select current_schema() as schema`.execute(storage.db);
  const schema = result.rows[0]?.schema;
  if (!schema) throw new Error('PostgreSQL has no current schema: check the search_path setting.');
  return schema;
}

async function initial(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('admin', 'author', 'supporter', 'reviewer')`))
    .addColumn('approver', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('password_hash', 'text')
    .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

  await db.schema
    .createTable('login_failures')
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('login_failures_key').on('login_failures').columns(['key', 'at']).execute();
  await db.schema.createIndex('login_failures_at').on('login_failures').column('at').execute();

  await db.schema
    .createTable('app_state')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('draft', 'in-review', 'released')`))
    .addColumn('review_by', 'text', (c) => c.notNull())
    .addColumn('draft_content', 'text', (c) => c.notNull())
    .addColumn('draft_revision', 'integer', (c) => c.notNull())
    .addColumn('draft_saved_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('draft_saved_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('released_version_id', 'text')
    .execute();
  await db.schema.createIndex('documents_owner').on('documents').column('owner_id').execute();

  await db.schema
    .createTable('document_shares')
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('document_shares_pk', ['document_id', 'user_id'])
    .execute();
  await db.schema.createIndex('document_shares_user').on('document_shares').column('user_id').execute();

  await db.schema
    .createTable('versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('check_summary', 'text', (c) => c.notNull())
    .addColumn('draft_revision', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('versions_number', ['document_id', 'number'])
    .execute();

  await db.schema
    .createTable('invites')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
    .addColumn('version_id', 'text', (c) => c.notNull().references('versions.id'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('reviewer_id', 'text', (c) => c.references('users.id'))
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema.createIndex('invites_document').on('invites').column('document_id').execute();
  await db.schema.createIndex('invites_reviewer').on('invites').column('reviewer_id').execute();

  await db.schema
    .createTable('supports')
    .addColumn('supporter_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('reviewer_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('supports_pk', ['supporter_id', 'reviewer_id'])
    .execute();

  await db.schema
    .createTable('feedback')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('invite_id', 'text', (c) => c.notNull().references('invites.id'))
    .addColumn('version_id', 'text', (c) => c.notNull().references('versions.id'))
    .addColumn('reviewer_id', 'text', (c) => c.references('users.id'))
    .addColumn('recorded_by', 'text', (c) => c.references('users.id'))
    .addColumn('verdict', 'text', (c) => c.notNull().check(sql`verdict in ('approve', 'revise')`))
    .addColumn('comments', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('feedback_invite').on('feedback').column('invite_id').execute();
  await db.schema.createIndex('feedback_version').on('feedback').column('version_id').execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', dialect === 'sqlite' ? 'integer' : 'serial', (c) =>
      dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey()
    )
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.references('users.id'))
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('document_id', 'text', (c) => c.references('documents.id'))
    .addColumn('version_id', 'text', (c) => c.references('versions.id'))
    .addColumn('detail', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_log_document').on('audit_log').columns(['document_id', 'id']).execute();

  // Immutability is the database's job too, so no later code path can quietly break it.
  for (const table of ['audit_log', 'versions']) await refuseChanges(db, dialect, table);
}

// One counter row per key, so counting an attempt is one atomic upsert (the old
// row-per-failure table let parallel guesses all pass the check before any was counted).
async function loginLimits(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('login_failures').execute();
  await db.schema
    .createTable('login_limits')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('window_started', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('login_limits_window').on('login_limits').column('window_started').execute();
}

async function refuseChanges(db: Kysely<unknown>, dialect: DialectName, table: string): Promise<void> {
  const name = sql.id(table);
  if (dialect === 'sqlite') {
    for (const event of ['update', 'delete']) {
      await sql`create trigger ${sql.id(`${table}_no_${event}`)} before ${sql.raw(event)} on ${name}
        begin select raise(abort, ${sql.lit(`The ${table} table cannot be changed.`)}); end`.execute(db);
    }
    return;
  }
  await sql`create or replace function refuse_change() returns trigger language plpgsql as $$
    begin raise exception 'The % table cannot be changed.', tg_table_name; end $$`.execute(db);
  await sql`create trigger ${sql.id(`${table}_no_change`)} before update or delete on ${name}
    for each row execute function refuse_change()`.execute(db);
  await sql`create trigger ${sql.id(`${table}_no_truncate`)} before truncate on ${name}
    for each statement execute function refuse_change()`.execute(db);
}
