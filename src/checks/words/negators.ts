/**
 * Words that make a sentence negative, for the negatives and double-negatives checks
 * (lower case). Negative contractions ("don't") count too; see `contractions.ts`.
 */
export const negators: ReadonlySet<string> = new Set([
  'not', 'no', 'never', 'nothing', 'nobody', 'none', 'no-one', 'noone', 'nowhere', 'neither', 'nor',
  'without', 'unless', 'cannot',
]);

/**
 * Words with a negative prefix that, after "not", make a double negative ("not unusual").
 * Words that only look prefixed ("under", "understand", "until", "unit") are not listed:
 * the check matches `un…` words and skips those.
 */
export const negativePrefixExceptions: ReadonlySet<string> = new Set([
  'under', 'understand', 'understands', 'understood', 'understanding', 'undergo', 'undergoing',
  'undertake', 'underneath', 'until', 'unit', 'units', 'unite', 'united', 'union', 'unique',
  'uniform', 'universal', 'university', 'unless', 'uncle', 'unto', 'undo', 'undress', 'unpack',
]);

/** Other negative-prefix words that make a double negative after "not" ("not impossible"). */
export const negativePrefixWords: ReadonlySet<string> = new Set([
  'impossible', 'improbable', 'infrequent', 'incorrect', 'inappropriate', 'insignificant',
  'irregular', 'irrelevant', 'illegal', 'inconsistent', 'invalid', 'inactive', 'incomplete',
  'dissimilar', 'disagree', 'dislike', 'disallowed', 'nonexistent', 'non-existent',
]);
