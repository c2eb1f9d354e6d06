import type {Token} from './rule.js';

/**
 * The tokenizer: splits text into word-level tokens for counting and for word rules.
 *
 * Each token counts as one word. Besides ordinary words (hyphenated compounds such as
 * "follow-up" and contractions such as "can't" are one word), these are one token each:
 * URLs ("www.nhs.uk", "https://…", "nhs.uk/conditions"), emails, UK phone numbers
 * ("0800 123 4567", "020 8123 4567", "+44 20 7946 0958", "(020) 8123 4567"), dates
 * ("12/03/2024", "2024-03-12", "6 August 2018", "March 2024"), times ("5.30pm", "9 am",
 * "17:00", "1700hrs"), numbers ("1,000", "1.5", "25%", "£10.50", "5mg", "2nd", "1/2", "½"),
 * dotted abbreviations ("e.g.", "i.e.", "U.K.", the final dot included) and symbols that are
 * read aloud ("&", "+", "%", "£", an emoji with its modifiers). Other punctuation is not a token.
 *
 * Offsets are UTF-16 offsets, like `String.prototype.slice`. The tokenizer never throws and
 * runs in linear time: every pattern is anchored and bounded, so hostile input (a
 * 100,000-character run of dots and digits) cannot make it backtrack across the text.
 */

type Kind = Token['kind'];

/** What a matcher read: where the token ends and what kind it is. */
interface Match {
  readonly end: number;
  readonly kind: Kind;
}

type Matcher = (text: string, at: number) => Match | null;

const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December';
const SHORT_MONTHS = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';
const SP = '[ \\u00a0]';
/** A domain label: letters or digits, inner hyphens allowed, at most 63 characters. */
const LABEL = '[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?';
/** Top-level domains accepted without `http://` or `www.`, to keep "end.Then" a non-URL. */
const BARE_TLDS = 'uk|com|org|net|gov|nhs|info|scot|wales|eu|ie|io';
/** Characters a word may continue with: letters, marks, digits, soft hyphen, joiners. */
const INNER = '[\\p{L}\\p{M}\\p{Nd}\\u00ad\\u200c\\u200d]';
const FRACTIONS = '\\u00bc-\\u00be\\u2150-\\u215e';
const NOT_ALNUM = '(?![\\p{L}\\p{N}])';
const FRACTIONS_TEST = new RegExp(`[${FRACTIONS}]`, 'u');

const SCHEME_URL = /(?:https?:\/\/|www\.)[^\s<>"“”‘’]+/iuy;
const BARE_URL = new RegExp(`(?:${LABEL}\\.){1,6}(?:${BARE_TLDS})${NOT_ALNUM}(?:/[^\\s<>"“”‘’]*)?`, 'iuy');
const EMAIL = new RegExp(`[\\p{L}\\p{N}._%+-]{1,64}@(?:${LABEL}\\.){1,6}\\p{L}{2,24}${NOT_ALNUM}`, 'uy');
const NUMERIC_DATE = /(?:\d{1,2}([/.-])\d{1,2}\1\d{2,4}|\d{4}([/-])\d{1,2}\2\d{1,2})(?![\p{L}\p{N}]|[/.-]\d)/uy;
const DAY_MONTH_DATE = new RegExp(
  `\\d{1,2}(?:st|nd|rd|th)?${SP}(?:of${SP})?(?:${MONTHS}|${SHORT_MONTHS})(?:,?${SP}\\d{4})?${NOT_ALNUM}`,
  'uy'
);
const MONTH_DAY_DATE = new RegExp(
  `(?:${MONTHS}|${SHORT_MONTHS})${SP}(?:\\d{1,2}(?:st|nd|rd|th)?(?:,?${SP}\\d{4})?|\\d{4})${NOT_ALNUM}`,
  'uy'
);
const CLOCK_TIME = /\d{1,2}(?:[:.][0-5]\d)?[ \u00a0]?(?:[ap]\.m\.|[ap]m(?![\p{L}\p{N}]))/iuy;
const TWENTY_FOUR_HOUR = /(?:\d{1,2}:[0-5]\d(?::[0-5]\d)?(?![\p{L}\p{N}]|:\d)|(?:[01]\d|2[0-3])[0-5]\d[ \u00a0]?hrs(?![\p{L}\p{N}]))/iuy;
const NUMBER = new RegExp(
  `[£$€]?(?:(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?[${FRACTIONS}]?|\\.\\d+|[${FRACTIONS}])` +
    `(?:/\\d+(?![/.-]?\\d))?(?:%|\\p{L}+)?`,
  'uy'
);
const NUMBER_COMPOUND = new RegExp(`(?:[-\\u2010\\u2011]\\p{L}${INNER}*)+`, 'uy');
const DOTTED_ABBREVIATION = /(?:\p{L}\.){2,}(?!\p{L})/uy;
const WORD = new RegExp(`[\\p{L}\\p{Nd}]${INNER}*(?:(?:['’]|[-\\u2010\\u2011]|&)${INNER}+)*`, 'uy');
const EMOJI =
  /(?:\p{Regional_Indicator}{2}|\p{Extended_Pictographic}|\p{Regional_Indicator})(?:[\u{1f3fb}-\u{1f3ff}\ufe0e\ufe0f\u20e3]|\u200d(?:\p{Extended_Pictographic}|\p{Regional_Indicator}))*/uy;
/** Symbols read aloud as a word. Slashes, asterisks and U+FFFC (an inline object) are not. */
const SYMBOL = /(?!\ufffc)[\p{S}&%#@§†]/uy;
/** Characters a token can start with; everything else is skipped. */
const TOKEN_START = /[\p{L}\p{N}\p{S}&%#@§†(.]/gu;
/** For each ASCII code: whether {@link TOKEN_START} matches it (worked out from the pattern itself). */
const ASCII_TOKEN_START: readonly boolean[] = Array.from({length: 128}, (_, code) =>
  new RegExp(TOKEN_START.source, 'u').test(String.fromCharCode(code))
);
const AT_SIGN = /@/;
/** Characters trimmed off the end of a URL: sentence punctuation, and brackets the URL did not open. */
const URL_TRAILING = /[.,;:!?'")\]}]/;

function sticky(pattern: RegExp, kind: Kind): Matcher {
  return (text, at) => {
    pattern.lastIndex = at;
    return pattern.test(text) ? {end: pattern.lastIndex, kind} : null;
  };
}

function trimUrlEnd(text: string, at: number, end: number): number {
  let stop = end;
  while (stop > at && URL_TRAILING.test(text[stop - 1] ?? '')) {
    const last = text[stop - 1];
    if (last === ')') {
      const inside = text.slice(at, stop);
      if (inside.split('(').length > inside.split(')').length - 1) break;
    }
    stop--;
  }
  return stop;
}

function url(pattern: RegExp): Matcher {
  return (text, at) => {
    pattern.lastIndex = at;
    if (!pattern.test(text)) return null;
    const end = trimUrlEnd(text, at, pattern.lastIndex);
    return end > at ? {end, kind: 'url'} : null;
  };
}

const PHONE_HEAD = /(?:\+(\d{1,3})[ \u00a0-]?(?:\(0\)[ \u00a0-]?)?|\(?0)\d{0,10}\)?/y;
const PHONE_GROUP = /[ \u00a0-]?\d{2,11}/y;

function digitCount(value: string): number {
  let count = 0;
  for (const char of value) if (char >= '0' && char <= '9') count++;
  return count;
}

/**
 * A UK phone number: "0…" or "(0…)" with 10 or 11 digits, or "+44" (optionally "(0)")
 * with 9 or 10 more; other "+country" numbers need 7 to 12 digits after the code.
 * Digit groups are separated by one space or hyphen; the longest valid
 * grouping wins, so "Call 0800 123 4567 2 times" stops before the "2".
 */
function matchPhone(text: string, at: number): Match | null {
  PHONE_HEAD.lastIndex = at;
  const head = PHONE_HEAD.exec(text);
  if (!head) return null;
  const country = head[1];
  const skipped = country === undefined ? 0 : country.length + (head[0].includes('(0)') ? 1 : 0);
  const valid = (digits: number): boolean => {
    if (country === undefined) return digits >= 10 && digits <= 11;
    const national = digits - skipped;
    return country === '44' ? national >= 9 && national <= 10 : national >= 7 && national <= 12;
  };
  let end = PHONE_HEAD.lastIndex;
  let digits = digitCount(head[0]);
  let best = valid(digits) ? end : -1;
  for (let group = 0; group < 5; group++) {
    PHONE_GROUP.lastIndex = end;
    const next = PHONE_GROUP.exec(text);
    if (!next) break;
    end = PHONE_GROUP.lastIndex;
    digits += digitCount(next[0]);
    if (valid(digits)) best = end;
  }
  if (best < 0) return null;
  // A ")" is only part of the number when the number opened a bracket.
  if (text[best - 1] === ')' && !text.slice(at, best).includes('(')) best--;
  return /[\p{L}\p{N}]/u.test(text[best] ?? '') ? null : {end: best, kind: 'phone'};
}

function matchNumber(text: string, at: number): Match | null {
  NUMBER.lastIndex = at;
  if (!NUMBER.test(text)) return null;
  const end = NUMBER.lastIndex;
  // "24-hour", "5-year-old": a number joined to words by hyphens is a hyphenated word.
  NUMBER_COMPOUND.lastIndex = end;
  if (NUMBER_COMPOUND.test(text)) return {end: NUMBER_COMPOUND.lastIndex, kind: 'word'};
  return {end, kind: 'number'};
}

const emailMatcher = sticky(EMAIL, 'email');
const schemeUrl = url(SCHEME_URL);
const bareUrl = url(BARE_URL);
const dateMatchers = [sticky(NUMERIC_DATE, 'date'), sticky(DAY_MONTH_DATE, 'date')];
const timeMatchers = [sticky(CLOCK_TIME, 'time'), sticky(TWENTY_FOUR_HOUR, 'time')];
const monthDate = sticky(MONTH_DAY_DATE, 'date');
const dottedAbbreviation = sticky(DOTTED_ABBREVIATION, 'word');
const word = sticky(WORD, 'word');
const emoji = sticky(EMOJI, 'symbol');
const symbol = sticky(SYMBOL, 'symbol');
const LETTER_OR_DIGIT = /[\p{L}\p{Nd}]/u;
const MONTH_NAMES: ReadonlySet<string> = new Set([...MONTHS.split('|'), ...SHORT_MONTHS.split('|')]);
/** The first letters of the month names: a cheap test before looking a word up. */
const MONTH_INITIALS = [...new Set([...MONTH_NAMES].map((name) => name[0]!))].join('');

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function first(text: string, at: number, matchers: readonly Matcher[]): Match | null {
  for (const matcher of matchers) {
    const match = matcher(text, at);
    if (match && match.end > at) return match;
  }
  return null;
}

/**
 * Reads the token starting at `at`, or returns null. The order gives priority: a URL or
 * email before a word, a phone number, date or time before a plain number. `char` is the
 * whole code point at `at`; `nextAt` is where the next "@" is (-1: none). Cheap looks at
 * the next characters decide which patterns are worth trying, which keeps a long text fast.
 */
function readToken(text: string, at: number, char: string, nextAt: number): Match | null {
  const emailNear = nextAt >= 0 && nextAt - at <= 64;
  if (char >= '0' && char <= '9') {
    return (
      (emailNear ? emailMatcher(text, at) : null) ??
      (char === '0' ? matchPhone(text, at) : null) ??
      first(text, at, dateMatchers) ??
      first(text, at, timeMatchers) ??
      matchNumber(text, at)
    );
  }
  if (isAsciiLetter(char.charCodeAt(0)) || LETTER_OR_DIGIT.test(char)) {
    const plain = word(text, at);
    const after = plain ? text[plain.end] ?? '' : '';
    if (after === ':' || ((char === 'w' || char === 'W') && after === '.')) {
      const link = schemeUrl(text, at);
      if (link) return link;
    }
    if (emailNear && '.-_+%@'.includes(after)) {
      const email = emailMatcher(text, at);
      if (email) return email;
    }
    if (after === '.') {
      const special = bareUrl(text, at) ?? dottedAbbreviation(text, at);
      if (special) return special;
    }
    if ((after === ' ' || after === '\u00a0') && plain && MONTH_INITIALS.includes(char) && MONTH_NAMES.has(text.slice(at, plain.end))) {
      const date = monthDate(text, at);
      if (date) return date;
    }
    return plain;
  }
  if (char === '+' || char === '(') return matchPhone(text, at) ?? (char === '+' ? symbol(text, at) : null);
  if (char === '.' || char === '£' || char === '$' || char === '€' || FRACTIONS_TEST.test(char)) {
    return matchNumber(text, at) ?? symbol(text, at);
  }
  return emoji(text, at) ?? symbol(text, at);
}

/**
 * Splits `text` into tokens, in order. `offset` is added to every `from`/`to`, so a caller
 * that tokenizes a slice of a block can pass the slice's start and get block offsets.
 * Token `text` is always `text.slice(from - offset, to - offset)`.
 */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  // One shared pattern: tokenize never calls itself, so no other call can move lastIndex meanwhile.
  const start = TOKEN_START;
  let at = 0;
  // Found with a pattern, not `indexOf`: with `indexOf` here, V8's optimised code for this
  // function became quadratic in the text's length (1 MB on one line took seconds).
  let nextAt = text.search(AT_SIGN);
  while (at < text.length) {
    let position: number;
    let char: string;
    const code = text.charCodeAt(at);
    if (code < 128) {
      // ASCII: the table says whether a token can start here, with no pattern to run.
      if (!ASCII_TOKEN_START[code]) {
        at++;
        continue;
      }
      position = at;
      char = text[at]!;
    } else {
      start.lastIndex = at;
      const found = start.exec(text);
      if (!found) break;
      position = found.index;
      char = found[0];
    }
    if (nextAt >= 0 && nextAt < position) nextAt = text.indexOf('@', position);
    const match = readToken(text, position, char, nextAt);
    if (match && match.end > position) {
      tokens.push({from: position + offset, to: match.end + offset, text: text.slice(position, match.end), kind: match.kind});
      at = match.end;
    } else {
      at = position + char.length;
    }
  }
  return tokens;
}
