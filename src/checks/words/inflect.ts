/**
 * Small English inflection helpers for word-list matching: which forms of a listed word
 * to look for ("assist" → "assists", "assisted", "assisting"), and how to put a plain
 * alternative into the same form ("help" → "helped"). Regular rules plus a short table of
 * irregular verbs; good enough for suggestions a person confirms, not for grammar checking.
 */

/** How a matched word differs from its listed base form. */
export type Inflection = '' | 's' | 'ed' | 'ing';

/** Irregular verbs: base → [third person, past tense, past participle, -ing form]. */
const irregularVerbs: ReadonlyMap<string, readonly [string, string, string, string]> = new Map([
  ['be', ['is', 'was', 'been', 'being']],
  ['begin', ['begins', 'began', 'begun', 'beginning']],
  ['bring', ['brings', 'brought', 'brought', 'bringing']],
  ['build', ['builds', 'built', 'built', 'building']],
  ['buy', ['buys', 'bought', 'bought', 'buying']],
  ['come', ['comes', 'came', 'come', 'coming']],
  ['cut', ['cuts', 'cut', 'cut', 'cutting']],
  ['deal', ['deals', 'dealt', 'dealt', 'dealing']],
  ['do', ['does', 'did', 'done', 'doing']],
  ['eat', ['eats', 'ate', 'eaten', 'eating']],
  ['find', ['finds', 'found', 'found', 'finding']],
  ['get', ['gets', 'got', 'got', 'getting']],
  ['give', ['gives', 'gave', 'given', 'giving']],
  ['go', ['goes', 'went', 'gone', 'going']],
  ['have', ['has', 'had', 'had', 'having']],
  ['hold', ['holds', 'held', 'held', 'holding']],
  ['keep', ['keeps', 'kept', 'kept', 'keeping']],
  ['leave', ['leaves', 'left', 'left', 'leaving']],
  ['let', ['lets', 'let', 'let', 'letting']],
  ['lose', ['loses', 'lost', 'lost', 'losing']],
  ['make', ['makes', 'made', 'made', 'making']],
  ['mean', ['means', 'meant', 'meant', 'meaning']],
  ['meet', ['meets', 'met', 'met', 'meeting']],
  ['pay', ['pays', 'paid', 'paid', 'paying']],
  ['put', ['puts', 'put', 'put', 'putting']],
  ['run', ['runs', 'ran', 'run', 'running']],
  ['say', ['says', 'said', 'said', 'saying']],
  ['see', ['sees', 'saw', 'seen', 'seeing']],
  ['send', ['sends', 'sent', 'sent', 'sending']],
  ['set', ['sets', 'set', 'set', 'setting']],
  ['show', ['shows', 'showed', 'shown', 'showing']],
  ['spend', ['spends', 'spent', 'spent', 'spending']],
  ['swallow', ['swallows', 'swallowed', 'swallowed', 'swallowing']],
  ['take', ['takes', 'took', 'taken', 'taking']],
  ['tell', ['tells', 'told', 'told', 'telling']],
  ['think', ['thinks', 'thought', 'thought', 'thinking']],
]);

/** Regular verbs that start plain alternatives ("help with", "carry on", "speed up"). */
const regularVerbs: ReadonlySet<string> = new Set([
  'add', 'agree', 'allow', 'ask', 'breathe', 'call', 'carry', 'change', 'check', 'choose', 'count',
  'decide', 'ease', 'end', 'expect', 'finish', 'follow', 'happen', 'help', 'join', 'list', 'live',
  'look', 'move', 'name', 'need', 'offer', 'pass', 'pee', 'poo', 'reach', 'reduce', 'remove', 'rub',
  'share', 'speed', 'spread', 'start', 'stay', 'stop', 'suggest', 'talk', 'try', 'use', 'want',
  'watch', 'work', 'spot',
]);

/** Short verbs whose last consonant doubles ("stop" → "stopped"). */
const doubling: ReadonlySet<string> = new Set([
  'stop', 'rub', 'plan', 'drop', 'spot', 'fit', 'admit', 'omit', 'refer', 'occur', 'permit', 'submit', 'transmit',
  'commit', 'regret',
]);

const vowel = /[aeiou]/;

/** Whether `word` is a verb we know how to inflect as the head of a phrase. */
export function isKnownVerb(word: string): boolean {
  return irregularVerbs.has(word) || regularVerbs.has(word);
}

/** The plural of a noun, or third person of a verb ("match" → "matches"). */
export function plural(word: string): string {
  const irregular = irregularVerbs.get(word);
  if (irregular) return irregular[0];
  if (/(?:s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

/** The past tense (or, with `participle`, the past participle) of a verb. */
export function past(word: string, participle = false): string {
  const irregular = irregularVerbs.get(word);
  if (irregular) return participle ? irregular[2] : irregular[1];
  if (word.endsWith('e')) return `${word}d`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ied`;
  if (doubling.has(word)) return `${word}${word.at(-1) ?? ''}ed`;
  return `${word}ed`;
}

/** The "-ing" form of a verb. */
export function presentParticiple(word: string): string {
  const irregular = irregularVerbs.get(word);
  if (irregular) return irregular[3];
  if (word.endsWith('ie')) return `${word.slice(0, -2)}ying`;
  if (/[^aeiouy]e$/.test(word) || word.endsWith('ue')) return `${word.slice(0, -1)}ing`;
  if (doubling.has(word)) return `${word}${word.at(-1) ?? ''}ing`;
  return `${word}ing`;
}

/**
 * The forms of a listed word to look for in text, with how each differs from it.
 * Includes the word itself. Doubled-consonant forms are included for any short
 * consonant-vowel-consonant ending, since extra forms that never occur cost nothing.
 */
export function inflections(word: string): ReadonlyMap<string, Inflection> {
  const forms = new Map<string, Inflection>([[word, '']]);
  const add = (form: string, kind: Inflection) => {
    if (!forms.has(form)) forms.set(form, kind);
  };
  add(plural(word), 's');
  if (word.endsWith('sis')) add(`${word.slice(0, -3)}ses`, 's');
  add(past(word), 'ed');
  add(presentParticiple(word), 'ing');
  if (/[^aeiou][aeiou][bdgklmnprt]$/.test(word) && vowel.test(word)) {
    const last = word.at(-1) ?? '';
    add(`${word}${last}ed`, 'ed');
    add(`${word}${last}ing`, 'ing');
  }
  return forms;
}

/**
 * Puts a plain alternative into the form of the word it replaces, or returns `null` when
 * that cannot be done safely (a long descriptive phrase). `afterAuxiliary` picks the past
 * participle after "be"/"have" ("was given", not "was gave").
 */
export function inflectPhrase(phrase: string, inflection: Inflection, afterAuxiliary = false): string | null {
  if (inflection === '') return phrase;
  const words = phrase.split(' ');
  const first = words[0] ?? '';
  const head = words.length === 1 || isKnownVerb(first) ? 0 : words.length === 2 && inflection === 's' ? 1 : -1;
  if (head < 0 || words.length > 3 || (words.length === 3 && head !== 0)) return null;
  const word = words[head] ?? '';
  const form =
    inflection === 's' ? plural(word) : inflection === 'ed' ? past(word, afterAuxiliary) : presentParticiple(word);
  return [...words.slice(0, head), form, ...words.slice(head + 1)].join(' ');
}
