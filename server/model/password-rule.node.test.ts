import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {ModelError} from './errors.js';
import {requireGoodPassword} from './password-rule.js';

/** The reason `password` is refused, or `undefined` when it is accepted. */
async function refusal(password: string, personal: readonly string[] = []): Promise<string | undefined> {
  try {
    await requireGoodPassword(password, personal);
    return undefined;
  } catch (error) {
    assert.ok(error instanceof ModelError && error.kind === 'invalid', String(error));
    return error.message;
  }
}

const tooShort = 'Use at least 12 characters.';
const tooEasy = 'This password is too easy to guess. Try three or four random words.';

describe('requireGoodPassword', () => {
  it('accepts a few random words', async () => {
    for (const password of ['correct horse battery', 'a long admin password', 'otter lamp violin cloud']) {
      assert.equal(await refusal(password), undefined, password);
    }
  });

  it('wants 12 characters, not counting spaces at either end', async () => {
    assert.equal(await refusal('x7#kQ2!vL9z'), tooShort);
    assert.equal(await refusal('   x7#kQ2!vL9z   '), tooShort);
    assert.equal(await refusal(''), tooShort);
  });

  it('refuses control characters such as tabs and line breaks', async () => {
    for (const password of ['otter lamp\tviolin cloud', 'otter lamp\nviolin cloud', 'otter lamp\u0000violin']) {
      assert.equal(await refusal(password), 'Do not use tabs, line breaks or other control characters.', JSON.stringify(password));
    }
  });

  it('refuses repeats, common passwords and keyboard runs', async () => {
    for (const password of ['aaaaaaaaaaaa', 'password1234', 'qwertyuiop[]', '1qaz2wsx3edc', '123456789012', 'Password1234!']) {
      assert.equal(await refusal(password), tooEasy, password);
    }
  });

  it('refuses a password made of the person’s own name and email', async () => {
    const zanthe = ['zanthe.okonkwo@example.nhs.uk', 'Zanthe Okonkwo'];
    assert.equal(await refusal('zantheokonkwo', zanthe), tooEasy);
    assert.equal(await refusal('zantheokonkwo'), undefined, 'the same words are fine for someone else');
  });
});
