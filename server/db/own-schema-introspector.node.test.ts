import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {sql} from 'kysely';
import {openTestStorage, createTestSchema, type TestStorage} from '../test/storage.js';

describe('introspection of the own schema only (postgres)', () => {
  let own: TestStorage;
  let other: Awaited<ReturnType<typeof createTestSchema>>;

  before(async () => {
    own = await openTestStorage('postgres');
    other = await createTestSchema();
    await sql.raw(`create table ${other.schema}.someone_elses (id text primary key)`).execute(own.storage.db);
  });
  after(async () => {
    await other.drop();
    await own.cleanup();
  });

  it("lists this schema's tables with their columns, and no other schema's", async () => {
    const tables = await own.storage.db.introspection.getTables();
    const names = tables.map((table) => table.name);
    assert.ok(names.includes('documents') && names.includes('users'), names.join(', '));
    assert.ok(!names.includes('someone_elses'), "another schema's table is not ours");
    assert.ok(!names.includes('kysely_migration'), 'bookkeeping tables only when asked for');
    assert.equal(new Set(tables.map((table) => table.schema)).size, 1);
    const users = tables.find((table) => table.name === 'users');
    const id = users?.columns.find((column) => column.name === 'id');
    assert.deepEqual([id?.dataType, id?.isNullable], ['text', false]);
    const withInternal = await own.storage.db.introspection.getTables({withInternalKyselyTables: true});
    assert.ok(withInternal.some((table) => table.name === 'kysely_migration'));
  });

  it('keeps working while other schemas are made and dropped', async () => {
    const churn = (async () => {
      for (let i = 0; i < 20; i++) await (await createTestSchema()).drop();
    })();
    for (let i = 0; i < 20; i++) await own.storage.db.introspection.getTables();
    await churn;
  });
});
