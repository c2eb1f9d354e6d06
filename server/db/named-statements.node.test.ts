import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {sql} from 'kysely';
import {openTestStorage, type TestStorage} from '../test/storage.js';

describe('named statements (postgres)', () => {
  let t: TestStorage;
  before(async () => {
    t = await openTestStorage('postgres');
  });
  after(() => t.cleanup());

  it('prepares each data statement once per connection and runs it by name after that', async () => {
    const {db} = t.storage;
    await db.connection().execute(async (connection) => {
      const lookUp = (email: string) => connection.selectFrom('users').select('id').where('email', '=', email).execute();
      assert.deepEqual(await lookUp('nobody@example.nhs.uk'), []);
      assert.deepEqual(await lookUp('someone@example.nhs.uk'), []);
      const prepared = await sql<{name: string; statement: string}>`select name, statement from pg_prepared_statements`.execute(connection);
      const users = prepared.rows.filter((row) => row.statement.includes('from "users"'));
      assert.equal(users.length, 1, 'the two lookups share one prepared statement');
      assert.match(users[0]!.name, /^er_/);
    });
  });

  it('gives the same answers as unnamed statements, values and all', async () => {
    const {db} = t.storage;
    const now = new Date().toISOString();
    for (const [id, email] of [['u-named-1', 'one@example.nhs.uk'], ['u-named-2', 'two@example.nhs.uk']] as const) {
      await db
        .insertInto('users')
        .values({id, email, name: email, role: 'author', approver: 0, password_hash: 'x', disabled: 0, created_at: now})
        .execute();
    }
    for (const email of ['one@example.nhs.uk', 'two@example.nhs.uk', 'three@example.nhs.uk']) {
      const rows = await db.selectFrom('users').select('email').where('email', '=', email).execute();
      assert.deepEqual(rows, email.startsWith('three') ? [] : [{email}]);
    }
  });

  it('runs a statement that asks for all columns unnamed, so a column added later cannot break it', async () => {
    const {db} = t.storage;
    await sql`create table widened (n integer)`.execute(db);
    await db.connection().execute(async (connection) => {
      const everything = () => sql<Record<string, unknown>>`select * from widened`.execute(connection);
      await everything();
      await sql`alter table widened add column m integer`.execute(connection);
      await sql`insert into widened (n, m) values (1, 2)`.execute(connection);
      assert.deepEqual((await everything()).rows, [{n: 1, m: 2}]);
    });
  });

  it('runs statements that are not data statements, such as a table change, unnamed', async () => {
    const {db} = t.storage;
    await sql`create table named_check (n integer)`.execute(db);
    await sql`alter table named_check add column m integer`.execute(db);
    await db.connection().execute(async (connection) => {
      const prepared = await sql<{statement: string}>`select statement from pg_prepared_statements`.execute(connection);
      assert.equal(prepared.rows.some((row) => /create table|alter table/i.test(row.statement)), false);
    });
  });
});
