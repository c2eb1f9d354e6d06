/**
 * Group commit for small writes that must be on disk before they are answered (draft saves,
 * reviewers' answers). On SQLite, writes that arrive while a commit is under way
 * are run together in the next transaction, so they share one disk sync; each keeps
 * its own result. If a batch fails, each write in it is run again on its own, so one
 * refusal cannot sink the others. PostgreSQL groups commits itself across its pooled
 * connections, so there each write is simply its own transaction, and where it can
 * be, one statement with its audit line (`writtenWithAudit`).
 *
 * @module
 */
import {PostgresAdapter, SqliteAdapter} from 'kysely';
import type {Db} from '../db/schema.js';
import type {Actor} from './actor.js';
import type {AuditRecord} from './audit.js';

/** The most writes in one transaction. */
const maxBatch = 200;

/**
 * Runs `work` in a transaction and resolves with its result once that transaction
 * has committed; rejects with what `work` threw. `work` may run twice (the second
 * time alone, after its batch was rolled back), so it must only read and write the
 * database.
 */
export function committed<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return db.transaction().execute(work);
  let batcher = batchers.get(db);
  if (!batcher) {
    batcher = new Batcher(db);
    batchers.set(db, batcher);
  }
  return new Promise<T>((resolve, reject) => {
    batcher.add({
      exec: async (trx) => {
        const value = await work(trx);
        return () => resolve(value);
      },
      fail: reject,
    });
  });
}

/** A query for `db.with` (Kysely does not export the type). */
type WriteQuery = Parameters<Db['with']>[1];

/** True when `db` is PostgreSQL, where {@link writtenWithAudit} may be used. */
export function isPostgres(db: Db): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/**
 * PostgreSQL only: runs `write`, a data-modifying query that returns a row for each
 * row it wrote, and appends the audit line `record` (as `appendAudit` writes it) if
 * it wrote any, all in one statement. One statement is one transaction and one round
 * trip to the database, where begin, write, audit line and commit took four.
 * Resolves with whether it wrote.
 */
export async function writtenWithAudit(
  db: Db,
  write: WriteQuery,
  actor: Actor,
  now: Date,
  record: AuditRecord
): Promise<boolean> {
  const result = await db
    .with('written', write)
    .insertInto('audit_log')
    .columns(['at', 'actor_id', 'actor', 'action', 'document_id', 'version_id', 'detail'])
    .expression((eb) =>
      eb
        .selectFrom('written')
        .select([
          eb.val(now.toISOString()).as('at'),
          eb.val(actor.kind === 'user' ? actor.id : null).as('actor_id'),
          eb.val(actor.kind === 'user' ? actor.name : actor.label).as('actor'),
          eb.val(record.action).as('action'),
          eb.val(record.documentId ?? null).as('document_id'),
          eb.val(record.versionId ?? null).as('version_id'),
          eb.val(JSON.stringify(record.detail ?? {})).as('detail'),
        ])
        // One audit line for the write, however many rows it touched.
        .limit(1)
    )
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

interface Pending {
  /** Runs the work; returns what answers its caller, to be called once the transaction has committed. */
  readonly exec: (trx: Db) => Promise<() => void>;
  readonly fail: (error: unknown) => void;
}

const batchers = new WeakMap<Db, Batcher>();

class Batcher {
  private readonly db: Db;
  private queue: Pending[] = [];
  private flushing = false;

  constructor(db: Db) {
    this.db = db;
  }

  add(pending: Pending): void {
    this.queue.push(pending);
    if (!this.flushing) void this.flush();
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    try {
      while (this.queue.length > 0) {
        // Let writes whose requests are being read in this turn of the event loop join.
        await new Promise((resolve) => setImmediate(resolve));
        await this.write(this.queue.splice(0, maxBatch));
      }
    } finally {
      this.flushing = false;
    }
  }

  private async write(batch: Pending[]): Promise<void> {
    let answers: (() => void)[];
    try {
      answers = await this.db.transaction().execute(async (trx) => {
        const out: (() => void)[] = [];
        for (const pending of batch) out.push(await pending.exec(trx));
        return out;
      });
    } catch (error) {
      if (batch.length === 1) {
        batch[0]?.fail(error);
        return;
      }
      for (const pending of batch) await this.write([pending]);
      return;
    }
    for (const answer of answers) answer();
  }
}
