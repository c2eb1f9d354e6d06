/**
 * Test databases: every storage and API suite runs once on SQLite (a temp folder)
 * and once on PostgreSQL (a fresh schema in `TEST_DATABASE_URL`, dropped after), so
 * test files running in parallel never see each other's rows.
 *
 * @module
 */
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {randomBytes} from 'node:crypto';
import pg from 'pg';
import {openStorage, type DialectName, type Storage} from '../db/connect.js';
import {migrateToLatest} from '../db/migrations.js';

/** Both databases, in the order suites run them. */
export const databaseKinds: readonly DialectName[] = ['sqlite', 'postgres'];

/** A migrated test database and how to throw it away. */
export interface TestStorage {
  readonly storage: Storage;
  /** For PostgreSQL: a URL that selects this test's schema (for child processes). */
  readonly databaseUrl?: string;
  /** For SQLite: the data folder. */
  readonly dataDir?: string;
  /** Closes the database and deletes its folder or schema. */
  cleanup(): Promise<void>;
}

/**
 * `TEST_DATABASE_URL`, or a thrown `Error` saying how to get one. The PostgreSQL
 * suites must fail, not skip, when it is missing: `npm test` always sets it.
 */
export function testDatabaseUrl(): string {
  const url = process.env['TEST_DATABASE_URL'];
  if (!url) {
    throw new Error(
      'TEST_DATABASE_URL is not set, so the PostgreSQL tests cannot run. Use `npm test`, or run ' +
        '`eval "$(bash scripts/ensure-test-env.sh)"` first.'
    );
  }
  return url;
}

/** Opens and migrates a fresh test database of `kind`. */
export async function openTestStorage(kind: DialectName): Promise<TestStorage> {
  if (kind === 'sqlite') {
    const dataDir = mkdtempSync(join(tmpdir(), 'er-test-'));
    const storage = openStorage({dataDir});
    await migrateToLatest(storage);
    return {
      storage,
      dataDir,
      cleanup: async () => {
        await storage.close();
        rmSync(dataDir, {recursive: true, force: true});
      },
    };
  }
  const {schema, url, drop} = await createTestSchema();
  // Durable commits are the database's promise, not what these tests check (the
  // kill -9 test does, with the default); skipping the wait keeps the suites fast.
  const storage = openStorage({databaseUrl: testDatabaseUrl(), schema, maxConnections: 4, settings: {synchronous_commit: 'off'}});
  try {
    await migrateToLatest(storage);
  } catch (error) {
    await storage.close();
    await drop();
    throw error;
  }
  return {
    storage,
    databaseUrl: url,
    cleanup: async () => {
      await storage.close();
      await drop();
    },
  };
}

/** Makes an empty PostgreSQL schema; `url` selects it; `drop` removes it and everything in it. */
export async function createTestSchema(): Promise<{schema: string; url: string; drop: () => Promise<void>}> {
  const base = testDatabaseUrl();
  const schema = `test_${randomBytes(6).toString('hex')}`;
  await adminQuery(base, `create schema ${schema}`);
  const url = new URL(base);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {schema, url: url.toString(), drop: () => adminQuery(base, `drop schema if exists ${schema} cascade`)};
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({connectionString: url});
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
