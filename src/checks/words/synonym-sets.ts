/**
 * Words that name the same thing, for the consistent-terms check ("Use the same word to
 * describe the same thing", Inclusion Europe; the Easy Read Standard's example is "doctor"
 * then "GP" or "physician"). Written for this project. The first four sets are the ones
 * easy-read-rules.md names; the rest are common in NHS leaflets.
 *
 * A member has a singular and (for nouns) a plural, so a fix can keep the number:
 * "tablets" → "pills".
 *
 * A set holds only words for exactly the same thing. A specific word and the general one
 * it belongs to are not the same word twice: "See your GP" then "a doctor may call" (any
 * doctor), "tablets" among "medicines" (tablets are one kind), "the ward" in "the hospital"
 * (a place inside it). Easy read uses both kinds of word on purpose, so they are kept apart.
 */
export interface SynonymMember {
  readonly singular: string;
  readonly plural?: string;
}

/** A set of words for one thing. */
export interface SynonymSet {
  /** A short name for the thing, for settings screens. */
  readonly name: string;
  readonly members: readonly SynonymMember[];
}

/** Members that are nouns with a plural in "-s": "doctor" → {doctor, doctors}. */
function nouns(...singulars: readonly string[]): SynonymMember[] {
  return singulars.map((singular) => ({singular, plural: `${singular}s`}));
}

/** Members with no plural: names, places and uncountable words ("A&E", "tummy"). */
function uncounted(...singulars: readonly string[]): SynonymMember[] {
  return singulars.map((singular) => ({singular}));
}

/** Synonym sets (own list). */
export const synonymSets: readonly SynonymSet[] = [
  {name: 'doctor', members: nouns('doctor', 'physician')},
  {name: 'GP', members: nouns('GP', 'family doctor')},
  {name: 'medicine', members: nouns('medicine', 'medication')},
  {name: 'tablet', members: nouns('tablet', 'pill')},
  {name: 'vaccine', members: nouns('vaccine', 'jab', 'injection', 'vaccination', 'immunisation')},
  {name: 'A&E', members: uncounted('A&E', 'emergency department', 'casualty')},
  {name: 'tummy', members: uncounted('tummy', 'belly', 'abdomen')},
  {name: 'pharmacy', members: [{singular: 'pharmacy', plural: 'pharmacies'}, ...nouns('chemist')]},
  {name: 'appointment', members: nouns('appointment', 'consultation')},
  {name: 'carer', members: nouns('carer', 'care worker', 'support worker')},
];
