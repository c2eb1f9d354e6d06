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

/** Synonym sets (own list). */
export const synonymSets: readonly SynonymSet[] = [
  {
    name: 'doctor',
    members: [
      {singular: 'doctor', plural: 'doctors'},
      {singular: 'physician', plural: 'physicians'},
    ],
  },
  {
    name: 'GP',
    members: [
      {singular: 'GP', plural: 'GPs'},
      {singular: 'family doctor', plural: 'family doctors'},
    ],
  },
  {
    name: 'medicine',
    members: [
      {singular: 'medicine', plural: 'medicines'},
      {singular: 'medication', plural: 'medications'},
    ],
  },
  {
    name: 'tablet',
    members: [
      {singular: 'tablet', plural: 'tablets'},
      {singular: 'pill', plural: 'pills'},
    ],
  },
  {
    name: 'vaccine',
    members: [
      {singular: 'vaccine', plural: 'vaccines'},
      {singular: 'jab', plural: 'jabs'},
      {singular: 'injection', plural: 'injections'},
      {singular: 'vaccination', plural: 'vaccinations'},
      {singular: 'immunisation', plural: 'immunisations'},
    ],
  },
  {
    name: 'A&E',
    members: [{singular: 'A&E'}, {singular: 'emergency department'}, {singular: 'casualty'}],
  },
  {
    name: 'tummy',
    members: [{singular: 'tummy'}, {singular: 'belly'}, {singular: 'abdomen'}],
  },
  {
    name: 'pharmacy',
    members: [
      {singular: 'pharmacy', plural: 'pharmacies'},
      {singular: 'chemist', plural: 'chemists'},
    ],
  },
  {
    name: 'appointment',
    members: [
      {singular: 'appointment', plural: 'appointments'},
      {singular: 'consultation', plural: 'consultations'},
    ],
  },
  {
    name: 'carer',
    members: [
      {singular: 'carer', plural: 'carers'},
      {singular: 'care worker', plural: 'care workers'},
      {singular: 'support worker', plural: 'support workers'},
    ],
  },
];
