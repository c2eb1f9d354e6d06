import assert from 'node:assert/strict';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, it} from 'node:test';
import {adminCreate, type AdminCreateArgs} from './cli-admin.js';
import {openStorage} from './db/connect.js';
import {ModelError} from './model/errors.js';
import {isSetupNeeded} from './model/setup.js';
import {verifyPassword} from './model/passwords.js';
import {createTestSchema, databaseKinds} from './test/storage.js';

for (const kind of databaseKinds) {
  describe(`adminCreate (${kind})`, () => {
    it('creates the first admin (finishing setup), then further admins, and refuses bad input plainly', async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'er-cli-'));
      const schema = kind === 'postgres' ? await createTestSchema() : undefined;
      const where: Partial<AdminCreateArgs> = schema ? {databaseUrl: schema.url} : {dataDir};
      try {
        const first = await adminCreate({email: 'Root@Example.nhs.uk', name: 'Root', ...where}, 'a long password\n');
        assert.deepEqual([first.email, first.role, first.approver], ['root@example.nhs.uk', 'admin', true]);
        const second = await adminCreate({email: 'second@example.nhs.uk', name: 'Second', ...where}, 'another long one');
        assert.equal(second.role, 'admin');

        const duplicate = await adminCreate({email: 'root@example.nhs.uk', name: 'Again', ...where}, 'a long password').catch((e: unknown) => e);
        assert.ok(duplicate instanceof ModelError && duplicate.kind === 'conflict', String(duplicate));
        const short = await adminCreate({email: 'x@example.nhs.uk', name: 'X', ...where}, 'short').catch((e: unknown) => e);
        assert.ok(short instanceof ModelError && /at least 12 characters/.test(short.message), String(short));
        const easy = await adminCreate({email: 'x@example.nhs.uk', name: 'X', ...where}, 'password1234\n').catch((e: unknown) => e);
        assert.ok(easy instanceof ModelError && /too easy to guess/.test(easy.message), String(easy));
        const badEmail = await adminCreate({email: 'not an email', name: 'X', ...where}, 'a long password').catch((e: unknown) => e);
        assert.ok(badEmail instanceof ModelError && /email/.test(badEmail.message), String(badEmail));

        const storage = openStorage(schema ? {databaseUrl: schema.url} : {dataDir});
        try {
          assert.equal(await isSetupNeeded(storage.db), false);
          const row = await storage.db.selectFrom('users').select('password_hash').where('id', '=', first.id).executeTakeFirstOrThrow();
          assert.equal(await verifyPassword('a long password', row.password_hash), true, 'the trailing newline from stdin is not part of the password');
          const audit = await storage.db.selectFrom('audit_log').select(['actor', 'action']).orderBy('id').execute();
          assert.deepEqual(audit, [
            {actor: 'Command line', action: 'setup.admin-created'},
            {actor: 'Command line', action: 'user.created'},
          ]);
        } finally {
          await storage.close();
        }
      } finally {
        rmSync(dataDir, {recursive: true, force: true});
        await schema?.drop();
      }
    });
  });
}
