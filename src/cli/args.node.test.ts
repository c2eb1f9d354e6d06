import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {parseArgs, UsageError} from './args.js';

/** The message of the `UsageError` that `argv` throws. */
function usageMessage(argv: readonly string[]): string {
  try {
    parseArgs(argv);
  } catch (error) {
    assert.ok(error instanceof UsageError);
    return error.message;
  }
  assert.fail(`no error for ${argv.join(' ')}`);
}

describe('parseArgs', () => {
  it('reads a check with the defaults', () => {
    assert.deepEqual(parseArgs(['check', 'a.txt', 'b.md']), {
      kind: 'check',
      profile: 'easy-read',
      format: 'text',
      files: ['a.txt', 'b.md'],
    });
  });

  it('reads options before, between and after files, with a space or =', () => {
    assert.deepEqual(parseArgs(['check', '--profile', 'plain', 'a.txt', '--format=json', 'b.txt', '--config', 'org.json']), {
      kind: 'check',
      profile: 'plain',
      format: 'json',
      config: 'org.json',
      files: ['a.txt', 'b.txt'],
    });
  });

  it('takes everything after -- as a file', () => {
    assert.deepEqual(parseArgs(['check', '--', '--odd-name.txt']), {
      kind: 'check',
      profile: 'easy-read',
      format: 'text',
      files: ['--odd-name.txt'],
    });
  });

  it('reads help and version', () => {
    for (const argv of [['--help'], ['-h'], ['help'], ['check', '--help'], ['admin', 'create', '--help']]) {
      assert.deepEqual(parseArgs(argv), {kind: 'help'});
    }
    assert.deepEqual(parseArgs(['--version']), {kind: 'version'});
  });

  it('reads admin create', () => {
    assert.deepEqual(parseArgs(['admin', 'create', '--email', 'sam@example.org', '--name=Sam Jones', '--data-dir', 'data']), {
      kind: 'admin-create',
      email: 'sam@example.org',
      name: 'Sam Jones',
      dataDir: 'data',
    });
  });

  it('says plainly what is wrong, and where to get help', () => {
    assert.equal(usageMessage(['check', '--foo', 'a.txt']), 'Unknown option --foo. Try: easy-read --help');
    assert.equal(usageMessage(['--foo']), 'Unknown option --foo. Try: easy-read --help');
    assert.equal(usageMessage(['lint']), 'Unknown command lint. Try: easy-read --help');
    assert.equal(usageMessage(['check', '--profile', 'hard', 'a.txt']), 'Unknown profile hard. Use easy-read or plain.');
    assert.equal(usageMessage(['check', '--format', 'xml', 'a.txt']), 'Unknown format xml. Use text or json.');
    assert.match(usageMessage(['check']), /^Say which files to check/);
    assert.match(usageMessage([]), /^Say what to do/);
    assert.match(usageMessage(['check', 'a.txt', '--profile']), /^--profile needs a value/);
    assert.match(usageMessage(['check', '--config', '--format', 'json', 'a.txt']), /^--config needs a value/);
    assert.match(usageMessage(['admin', 'create', '--name', 'Sam']), /--email/);
    assert.match(usageMessage(['admin', 'create', '--email', 'sam@example.org']), /--name/);
    assert.match(usageMessage(['admin', 'delete']), /^Unknown admin command delete/);
  });
});
