/**
 * Idioms, metaphors and euphemisms that people with learning disabilities may read
 * literally, most of them about health and feelings. Curated for this project (the large
 * npm idiom lists are too noisy, see easy-read-rules.md §3).
 *
 * `pattern` is a regular-expression source, matched case-insensitively between word
 * boundaries. `{your}` stands for a possessive (your, my, his, her, their, our, the) and
 * `{feel}` for a form of "feel". `plain` is what to say instead, where one literal phrase
 * fits (a `{feel}` there repeats the form found: "felt blue" → "felt sad"); otherwise the
 * check only asks for plain words.
 */
export interface Idiom {
  /** The idiom as people know it, for messages. */
  readonly phrase: string;
  readonly pattern: string;
  /** What it means, in plain words, when one phrase can replace it. */
  readonly plain?: readonly string[];
}
