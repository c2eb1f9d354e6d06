/**
 * Vague amounts and times, for the vague-quantities check ("'few', 'quite', 'nearly' and
 * 'some' are difficult to define", Hampshire County Council; give "1 in 10" and hours or
 * days instead, i-base). Written for this project. Lower case; phrases match with any run
 * of spaces.
 */
export interface VagueWord {
  readonly phrase: string;
  /** `amount`: say how many ("1 in 10"). `time`: say when or how often ("within 2 days"). */
  readonly kind: 'amount' | 'time';
}

/** Vague amounts and times. */
export const vagueQuantities: readonly VagueWord[] = [
  {phrase: 'some', kind: 'amount'},
  {phrase: 'most', kind: 'amount'},
  {phrase: 'many', kind: 'amount'},
  {phrase: 'a few', kind: 'amount'},
  {phrase: 'few', kind: 'amount'},
  {phrase: 'several', kind: 'amount'},
  {phrase: 'a lot of', kind: 'amount'},
  {phrase: 'lots of', kind: 'amount'},
  {phrase: 'quite', kind: 'amount'},
  {phrase: 'nearly', kind: 'amount'},
  {phrase: 'plenty of', kind: 'amount'},
  {phrase: 'a little', kind: 'amount'},
  {phrase: 'soon', kind: 'time'},
  {phrase: 'shortly', kind: 'time'},
  {phrase: 'quickly', kind: 'time'},
  {phrase: 'regularly', kind: 'time'},
  {phrase: 'frequently', kind: 'time'},
  {phrase: 'occasionally', kind: 'time'},
  {phrase: 'a while', kind: 'time'},
  {phrase: 'in due course', kind: 'time'},
  {phrase: 'as soon as possible', kind: 'time'},
  {phrase: 'promptly', kind: 'time'},
];

/**
 * Words after which a vague word is part of a fixed phrase, not a vague amount:
 * "the most", "at most", "how many", "some of the time" is still flagged.
 */
export const vagueExceptionsBefore: ReadonlySet<string> = new Set(['the', 'at', 'how', 'too', 'so', 'as']);
