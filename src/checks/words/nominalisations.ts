/**
 * Lists for the nominalisations check ("Avoid hidden verbs", plainlanguage.gov, CC0;
 * "Avoid nominalisations", Hampshire County Council). Written for this project.
 */

/**
 * Nouns ending in -tion, -ment, -ance or -ence that are the normal word for a thing, so
 * "the X of" is fine ("information", "appointment", "medication"). Lower case, singular.
 */
export const normalNouns: ReadonlySet<string> = new Set([
  'information', 'appointment', 'medication', 'treatment', 'prescription', 'condition', 'infection',
  'injection', 'operation', 'question', 'section', 'position', 'station', 'nation', 'lotion',
  'portion', 'ration', 'vaccination', 'environment', 'equipment', 'government', 'department',
  'apartment', 'moment', 'experience', 'evidence', 'sentence', 'difference', 'licence', 'science',
  'balance', 'distance', 'ambulance', 'insurance', 'allowance', 'audience', 'conference',
  'confidence', 'sequence', 'fence', 'pence', 'instance', 'substance', 'entrance', 'appearance',
  'attendance', 'advance', 'chance', 'dance', 'finance', 'romance', 'violence', 'silence',
  'presence', 'absence', 'essence', 'sentence', 'residence', 'defence', 'offence', 'emotion',
  'nutrition', 'tuition', 'motion', 'potion', 'caution', 'mention', 'attention', 'direction',
  'collection', 'action', 'fraction', 'function', 'junction', 'edition', 'addition', 'region',
  'religion', 'opinion', 'million', 'billion', 'onion', 'lion', 'vision', 'television', 'version',
  'pension', 'tension', 'mansion', 'occasion', 'document', 'instrument', 'element', 'segment',
  'supplement', 'ointment', 'compartment', 'basement', 'pavement', 'statement', 'payment',
]);

/** A verb phrase that hides a verb in a noun, and the verb to use instead. */
export interface HiddenVerb {
  readonly phrase: string;
  readonly verb: string;
}

/** "make a decision" → "decide", and similar. Matched case-insensitively. */
export const hiddenVerbs: readonly HiddenVerb[] = [
  {phrase: 'make a decision', verb: 'decide'},
  {phrase: 'make decisions', verb: 'decide'},
  {phrase: 'make an application', verb: 'apply'},
  {phrase: 'make a payment', verb: 'pay'},
  {phrase: 'make a complaint', verb: 'complain'},
  {phrase: 'make a recommendation', verb: 'recommend'},
  {phrase: 'make an arrangement', verb: 'arrange'},
  {phrase: 'make arrangements', verb: 'arrange'},
  {phrase: 'make a choice', verb: 'choose'},
  {phrase: 'make an improvement', verb: 'improve'},
  {phrase: 'make improvements', verb: 'improve'},
  {phrase: 'make a suggestion', verb: 'suggest'},
  {phrase: 'make a referral', verb: 'refer'},
  {phrase: 'make contact with', verb: 'contact'},
  {phrase: 'carry out an assessment', verb: 'assess'},
  {phrase: 'carry out an examination', verb: 'examine'},
  {phrase: 'carry out an investigation', verb: 'investigate'},
  {phrase: 'carry out a review', verb: 'review'},
  {phrase: 'conduct an investigation', verb: 'investigate'},
  {phrase: 'conduct a review', verb: 'review'},
  {phrase: 'undertake an assessment', verb: 'assess'},
  {phrase: 'undertake an examination', verb: 'examine'},
  {phrase: 'perform an examination', verb: 'examine'},
  {phrase: 'provide assistance', verb: 'help'},
  {phrase: 'provide support', verb: 'support'},
  {phrase: 'give consideration to', verb: 'consider'},
  {phrase: 'give an explanation', verb: 'explain'},
  {phrase: 'give a description', verb: 'describe'},
  {phrase: 'have a discussion', verb: 'talk'},
  {phrase: 'hold a discussion', verb: 'talk'},
  {phrase: 'take action', verb: 'act'},
  {phrase: 'reach a decision', verb: 'decide'},
  {phrase: 'reach an agreement', verb: 'agree'},
  {phrase: 'come to an agreement', verb: 'agree'},
  {phrase: 'is in need of', verb: 'needs'},
  {phrase: 'are in need of', verb: 'need'},
];
