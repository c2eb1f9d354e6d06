/**
 * Word lists for the passive-voice and simple-tense checks. Written for this project.
 */

/** Forms of "be" that start a passive ("is taken", "was seen", "will be given"). */
export const beForms: ReadonlySet<string> = new Set(['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being']);

/** Short words that may sit between "be" and the participle ("is not given", "are usually seen"). */
export const passiveAdverbs: ReadonlySet<string> = new Set([
  'not', 'never', 'also', 'often', 'usually', 'always', 'sometimes', 'only', 'then', 'now', 'just',
  'already', 'still', 'normally', 'rarely', 'mostly', 'first', 'then', 'often', 'being', 'been',
]);

/** Irregular past participles (regular ones end in "-ed"). */
export const irregularParticiples: ReadonlySet<string> = new Set([
  'arisen', 'beaten', 'become', 'begun', 'bent', 'bitten', 'bled', 'blown', 'born', 'borne', 'bought',
  'broken', 'brought', 'built', 'burnt', 'caught', 'chosen', 'cut', 'dealt', 'done', 'drawn',
  'driven', 'drunk', 'dug', 'eaten', 'fallen', 'fed', 'felt', 'fought', 'found', 'forbidden',
  'forgiven', 'forgotten', 'frozen', 'given', 'ground', 'grown', 'heard', 'held', 'hidden', 'hit',
  'hung', 'kept', 'known', 'laid', 'led', 'left', 'lent', 'lit', 'lost', 'made', 'meant', 'met',
  'mistaken', 'overcome', 'paid', 'put', 'read', 'rung', 'said', 'seen', 'sent', 'set', 'sewn',
  'shaken', 'shot', 'shown', 'shut', 'sold', 'sought', 'spent', 'split', 'spoken', 'spread',
  'stolen', 'struck', 'stuck', 'stung', 'sworn', 'swept', 'taken', 'taught', 'thought', 'thrown',
  'told', 'torn', 'understood', 'undertaken', 'withdrawn', 'woken', 'won', 'worn', 'written',
]);

/**
 * Participles that usually work as adjectives after "be" ("you are worried", "it is
 * located", "they are married"), so "be" + these is not flagged as passive. "called" is
 * here because "This is called X" is how easy read introduces a hard word.
 */
export const adjectivalParticiples: ReadonlySet<string> = new Set([
  'worried', 'located', 'married', 'tired', 'used', 'based', 'interested', 'concerned', 'scared',
  'frightened', 'bored', 'excited', 'pleased', 'surprised', 'confused', 'embarrassed',
  'supposed', 'allowed', 'called', 'named', 'known', 'born', 'dressed', 'qualified', 'related',
  'involved', 'finished', 'done', 'closed', 'registered', 'upset', 'hurt', 'swollen', 'lost',
  'stuck', 'annoyed', 'ashamed', 'amazed', 'relaxed', 'stressed', 'depressed', 'disabled',
  'pregnant', 'engaged', 'divorced', 'retired', 'unemployed', 'employed', 'vaccinated', 'prepared',
  'satisfied', 'determined', 'shocked', 'disappointed', 'delighted', 'relieved', 'overweight',
  'blocked', 'infected', 'inflamed', 'bruised', 'broken', 'sunburnt', 'dehydrated', 'constipated',
  'tested', 'covered', 'expected', 'needed', 'required', 'advised', 'likely', 'unlikely', 'red',
  'bed', 'need', 'feed', 'seed', 'speed', 'shed', 'hundred', 'sacred', 'naked', 'wicked', 'ragged',
  'bleed', 'breed', 'exceed', 'proceed', 'succeed', 'indeed', 'aged', 'beloved', 'crooked',
  'learned', 'skilled', 'talented', 'gifted', 'limited', 'detailed', 'complicated', 'sophisticated',
]);
