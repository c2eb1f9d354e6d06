/**
 * What makes a new password good enough: at least `minPasswordLength` characters
 * not counting spaces at either end, no control characters, and hard to guess by
 * zxcvbn's estimate (score 3 or more of 4, with its common and English word lists),
 * which refuses repeats such as `aaaaaaaaaaaa`, common passwords such as
 * `password1234` and keyboard runs such as `qwertyuiop[]`.
 *
 * The word lists are large, so they load on the first check, once.
 *
 * @module
 */
import type {ZxcvbnFactory} from '@zxcvbn-ts/core';
import {ModelError} from './errors.js';

/** The fewest characters a password may have, not counting spaces at either end. */
export const minPasswordLength = 12;

/** The lowest zxcvbn score accepted (0 to 4; 3 is "safely unguessable"). */
const minScore = 3;

let checker: Promise<ZxcvbnFactory> | undefined;

/**
 * Throws `ModelError` `invalid` with a plain reason when `password` breaks the rule.
 * `personal` are words a guesser would try first for this person (email, name): a
 * password made of them scores lower.
 */
export async function requireGoodPassword(password: string, personal: readonly string[] = []): Promise<void> {
  if (password.trim().length < minPasswordLength) {
    throw new ModelError('invalid', `Use at least ${minPasswordLength} characters.`);
  }
  if (/\p{Cc}/u.test(password)) {
    throw new ModelError('invalid', 'Do not use tabs, line breaks or other control characters.');
  }
  const zxcvbn = await loadChecker();
  // zxcvbn matches whole entries, so give it the words of an email or full name one by one.
  const words = personal.flatMap((text) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter((word) => word.length >= 3);
  if (zxcvbn.check(password, [...personal, ...words]).score < minScore) {
    throw new ModelError('invalid', 'This password is too easy to guess. Try three or four random words.');
  }
}

function loadChecker(): Promise<ZxcvbnFactory> {
  checker ??= Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
  ]).then(
    ([core, common, english]) =>
      new core.ZxcvbnFactory({
        dictionary: {...common.dictionary, ...english.dictionary},
        graphs: common.adjacencyGraphs,
        translations: english.translations,
      })
  );
  return checker;
}
