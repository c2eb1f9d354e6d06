/**
 * Opens the database: SQLite in the data folder by default, PostgreSQL when a
 * connection URL is given. Both go through the same Kysely query builder, so the
 * model code does not know which one it talks to.
 *
 * @module
 */
import {mkdirSync} from 'node:fs';
import {join} from 'node:path';
import SQLite from 'better-sqlite3';
import {Kysely, SqliteDialect, type SqliteDatabase} from 'kysely';
import pg from 'pg';
import type {Database, Db} from './schema.js';
import {withNamedStatements} from './named-statements.js';
import {OwnSchemaPostgresDialect} from './own-schema-introspector.js';

/** Which database engine is behind a `Storage`. */
export type DialectName = 'sqlite' | 'postgres';

/** An open database. Call `close` once, when nothing will use it any more. */
export interface Storage {
  readonly db: Db;
  readonly dialect: DialectName;
  /** Closes the file or the connection pool. */
  close(): Promise<void>;
}

/** Where the data lives. `databaseUrl` wins when both are given. */
export interface StorageOptions {
  /** Folder for the SQLite file `easy-read.sqlite`; created if missing. */
  readonly dataDir?: string;
  /** A `postgres://` URL. */
  readonly databaseUrl?: string;
  /** PostgreSQL only: the schema to use (tests give each file its own). */
  readonly schema?: string;
  /** PostgreSQL only: the most connections to hold open (default 10). */
  readonly maxConnections?: number;
  /**
   * PostgreSQL only: settings for every connection, such as `{synchronous_commit: 'off'}`
   * (tests use that: they never need to survive a power cut, and a durable commit
   * costs about 5 ms on the test machine).
   */
  readonly settings?: Readonly<Record<string, string>>;
}

/** The SQLite file's name inside the data folder. */
export const sqliteFileName = 'easy-read.sqlite';

/**
 * Opens the database described by `options`. Does not create tables: run
 * `migrateToLatest` next. Throws `RangeError` when neither a folder nor a URL is given.
 */
export function openStorage(options: StorageOptions): Storage {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options);
  if (options.dataDir) return openSqlite(options.dataDir);
  throw new RangeError('openStorage needs a dataDir or a databaseUrl.');
}

function openSqlite(dataDir: string): Storage {
  mkdirSync(dataDir, {recursive: true});
  const database = new SQLite(join(dataDir, sqliteFileName));
  // WAL lets readers run while a save commits. synchronous=FULL syncs the WAL to disk
  // before a commit returns, so a save the server answered 200 to survives a power cut,
  // not only a crash of the process (NORMAL would only promise the latter). It costs
  // one fsync per save: about 0.1 ms on the test machine (see scripts/bench-server.ts).
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  // The command line may write while the server runs: wait for its lock, do not fail.
  database.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({dialect: new SqliteDialect({database: withStatementCache(database)})});
  return {db, dialect: 'sqlite', close: () => db.destroy()};
}

/**
 * Kysely prepares every query afresh; the same few queries run on every request,
 * so keep their prepared statements. Safe because Kysely runs one statement at a
 * time on its single SQLite connection.
 */
function withStatementCache(database: SQLite.Database): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => void database.close(),
    prepare(query: string) {
      let statement = statements.get(query);
      if (!statement) {
        if (statements.size >= 500) statements.clear();
        statement = database.prepare(query);
        statements.set(query, statement);
      }
      return statement;
    },
  };
}

function openPostgres(url: string, options: StorageOptions): Storage {
  const settings: Record<string, string> = {...options.settings, ...(options.schema ? {search_path: options.schema} : {})};
  for (const [name, value] of Object.entries(settings)) {
    if (!/^[a-z_][a-z0-9_.]*$/.test(name) || !/^[A-Za-z0-9_]+$/.test(value)) {
      throw new RangeError(`Not a plain PostgreSQL setting: ${name}=${value}`);
    }
  }
  const connectionOptions = Object.entries(settings).map(([name, value]) => `-c ${name}=${value}`);
  const pool = new pg.Pool({
    connectionString: url,
    max: options.maxConnections ?? 10,
    ...(connectionOptions.length ? {options: connectionOptions.join(' ')} : {}),
  });
  const db = new Kysely<Database>({dialect: new OwnSchemaPostgresDialect({pool: withNamedStatements(pool)})});
  return {db, dialect: 'postgres', close: () => db.destroy()};
}
