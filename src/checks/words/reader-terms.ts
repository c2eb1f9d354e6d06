/**
 * Third-person words for the reader, for the address-reader-as-you check (NHS voice and
 * tone: "address the user as 'you'"; Crystal Mark: "'we' and 'you' instead of … 'the
 * applicant'"). Written for this project.
 */
export interface ReaderTerm {
  /** Regular-expression source, matched case-insensitively between word boundaries. */
  readonly pattern: string;
  /** What to write instead. */
  readonly you: string;
}

/** Third-person reader phrases → "you" forms. Longer patterns come first. */
export const readerTerms: readonly ReaderTerm[] = [
  {pattern: "the patient['’]s", you: 'your'},
  {pattern: "the service user['’]s", you: 'your'},
  {pattern: 'the patient', you: 'you'},
  {
    pattern: "patients(?= (?:should|shouldn['’]t|must|mustn['’]t|will|won['’]t|can|cannot|can['’]t|may|need|are|aren['’]t|have|do|don['’]t)(?!\\p{L}))",
    you: 'you',
  },
  {pattern: '(?<=^|[.!?:]\\s+)patients who', you: 'if you'},
  // A sentence about "patients" with a condition or treatment: "Patients taking this medicine should …".
  {pattern: '(?<=^|[.!?:]\\s+)patients(?= (?:with|on|\\p{L}+ing)(?!\\p{L}))', you: 'you'},
  {pattern: 'the service users?', you: 'you'},
  {pattern: 'service users?', you: 'you'},
  {pattern: 'the individual', you: 'you'},
  {pattern: 'the applicant', you: 'you'},
  {pattern: 'the client', you: 'you'},
  {pattern: 'the claimant', you: 'you'},
  {pattern: 'the user', you: 'you'},
];
