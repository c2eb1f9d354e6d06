import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {runCli, tempFolder, type TempFolder} from './testing.js';

describe('easy-read admin create', () => {
  let folder: TempFolder;
  // A SQLite database in the test's own folder, whatever the machine's DATABASE_URL says.
  const env = {...process.env, DATABASE_URL: '', DATA_DIR: ''};
  const create = (input: string, ...extra: string[]) =>
    runCli(['admin', 'create', '--email', 'sam.jones@example.org', '--name', 'Sam Jones', '--data-dir', 'data', ...extra], {
      cwd: folder.path,
      input,
      env,
    });

  before(async () => {
    folder = await tempFolder();
  });
  after(() => folder.remove());

  it('adds an admin with the password piped in, then refuses the same email', async () => {
    const first = await create('a long enough password\n');
    assert.deepEqual(first, {code: 0, stdout: 'Added Sam Jones (sam.jones@example.org) as an admin.\n', stderr: ''});
    const again = await create('another long password\n');
    assert.deepEqual(again, {code: 1, stdout: '', stderr: 'Could not add the admin. Someone already uses that email address.\n'});
  });

  it('exits 1 with a plain message when no password is given', async () => {
    const {code, stdout, stderr} = await create('');
    assert.deepEqual({code, stdout, stderr}, {code: 1, stdout: '', stderr: 'No password given. Type it, or pipe it in on one line.\n'});
  });

  it('exits 2 when the email or name is missing', async () => {
    const {code, stderr} = await runCli(['admin', 'create', '--name', 'Sam Jones'], {cwd: folder.path, env});
    assert.equal(code, 2);
    assert.equal(stderr, "Give the admin's email with --email. Try: easy-read --help\n");
  });
});
