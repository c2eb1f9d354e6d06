/**
 * Syllables of numbers, times and dates as they are read aloud in UK English.
 *
 * Readability formulas count syllables as spoken, and the SMOG instructions count a numeral
 * by its written-out form, so "25" is "twenty-five" (3) and "7" is "seven" (2). Choices:
 * - Cardinals follow UK usage with "and": "105" is "one hundred and five" (5).
 * - A 4-digit number with no comma between 1100 and 2099 is read as a year: "1990" is
 *   "nineteen ninety" (4), "2005" is "two thousand five" (4), "2024" is "twenty twenty-four" (5).
 * - "0…" numbers and the UK service numbers 111, 999, 101, 112 and 119 are read digit by digit.
 * - Ordinals ("2nd") count as their cardinal; units are spoken in full ("5mg": five milligrams).
 * - Numbers of more than 15 digits count one syllable per digit, a bounded guess.
 */

const UNITS = [2, 1, 1, 1, 1, 1, 1, 2, 1, 1];
const TEENS = [1, 3, 1, 2, 2, 2, 2, 3, 2, 2];
const TENS = [0, 0, 2, 2, 2, 2, 2, 3, 2, 2];
/** thousand, million, billion, trillion: two syllables each. */
const SCALE = 2;
const HUNDRED = 2;
const DIGIT_BY_DIGIT: ReadonlySet<string> = new Set(['111', '999', '101', '112', '119']);

/** Syllables of a unit or suffix written straight after a number ("mg", "%"). */
const SUFFIXES: Readonly<Record<string, number>> = {
  '%': 2, st: 0, nd: 0, rd: 0, th: 0, s: 0, mg: 3, mcg: 3, ug: 3, g: 1, kg: 3, ml: 3, l: 2,
  cm: 4, mm: 4, m: 2, km: 4, iu: 3, x: 1, k: 2, bn: 2, ft: 1, in: 2, lb: 1, lbs: 1, oz: 2,
  hrs: 1, h: 1, mins: 2, min: 2, yrs: 1, kcal: 3, cal: 3, mmol: 4,
};
const CURRENCY: Readonly<Record<string, number>> = {'£': 1, $: 2, '€': 2};
const FRACTION_CHARS: Readonly<Record<string, number>> = {'½': 2, '¼': 3, '¾': 4};

function digitsOneByOne(digits: string): number {
  let total = 0;
  for (const char of digits) total += char === '0' ? 1 : UNITS[Number(char)] ?? 1;
  return total;
}

function below100(n: number): number {
  if (n < 10) return UNITS[n] ?? 1;
  if (n < 20) return TEENS[n - 10] ?? 2;
  const unit = n % 10;
  return (TENS[Math.floor(n / 10)] ?? 2) + (unit ? UNITS[unit] ?? 1 : 0);
}

function below1000(n: number): number {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (!hundreds) return below100(rest);
  return (UNITS[hundreds] ?? 1) + HUNDRED + (rest ? 1 + below100(rest) : 0);
}

/** Syllables of a whole number written with digits only (commas already removed). */
export function cardinalSyllables(digits: string): number {
  if (digits.length === 0) return 0;
  if (digits.length > 15) return digits.length;
  let n = Number(digits);
  if (n === 0) return UNITS[0] ?? 2;
  let total = 0;
  let group = 0;
  while (n > 0) {
    const part = n % 1000;
    if (part) total += below1000(part) + (group > 0 ? SCALE : 0);
    n = Math.floor(n / 1000);
    group++;
  }
  return total;
}

function yearSyllables(year: number): number {
  if (year >= 2000 && year <= 2009) return 1 + SCALE + (year % 10 ? UNITS[year % 10] ?? 1 : 0);
  const high = Math.floor(year / 100);
  const low = year % 100;
  const lowSyllables = low === 0 ? HUNDRED : low < 10 ? 1 + (UNITS[low] ?? 1) : below100(low);
  return below100(high) + lowSyllables;
}

/** Syllables of a whole number as written: years, digit-by-digit numbers and cardinals. */
export function integerSyllables(written: string): number {
  const digits = written.replace(/,/g, '');
  if (!/^\d+$/.test(digits)) return 0;
  if (DIGIT_BY_DIGIT.has(digits) || (digits.length > 1 && digits.startsWith('0'))) return digitsOneByOne(digits);
  const value = Number(digits);
  if (!written.includes(',') && digits.length === 4 && value >= 1100 && value <= 2099 && value !== 2000) {
    return yearSyllables(value);
  }
  return cardinalSyllables(digits);
}

/**
 * Syllables of a number token: "£10.50" (ten pounds fifty), "1.5" (one point five),
 * "25%" (twenty-five per cent), "1/2", "½", "5mg", "2nd". Never less than 1.
 */
export function numberSyllables(text: string): number {
  const match = /^([£$€]?)(\d[\d,]*|)(?:\.(\d+))?([½¼¾\u2150-\u215e]?)(?:\/(\d+))?(.*)$/u.exec(text);
  if (!match) return 1;
  const [, currency = '', whole = '', decimals, fraction = '', denominator, suffix = ''] = match;
  let total = integerSyllables(whole);
  if (decimals !== undefined) {
    total += currency ? (Number(decimals) ? cardinalSyllables(decimals) : 0) : 1 + digitsOneByOne(decimals);
  }
  total += CURRENCY[currency] ?? 0;
  if (fraction) total += FRACTION_CHARS[fraction] ?? 3;
  if (denominator !== undefined) total += cardinalSyllables(denominator);
  const unit = suffix.toLowerCase();
  if (unit) total += SUFFIXES[unit] ?? Math.max(1, Math.ceil(unit.length / 2));
  return Math.max(1, total);
}

/** Syllables of a time: "5.30pm" (five thirty p m), "17:00" (seventeen hundred), "1700hrs". */
export function timeSyllables(text: string): number {
  const compact = /^(\d{2})(\d{2})\s?hrs$/i.exec(text);
  const clock = compact ?? /^(\d{1,2})(?:[:.](\d{2}))?(?::(\d{2}))?\s?([ap]\.?m\.?)?$/i.exec(text.trim());
  if (!clock) return 2;
  const hour = Number(clock[1]);
  const minutes = clock[2] === undefined ? -1 : Number(clock[2]);
  const seconds = compact ? undefined : clock[3];
  const meridiem = compact ? undefined : clock[4];
  let total = below100(hour % 100);
  if (minutes === 0) total += meridiem ? 0 : HUNDRED;
  else if (minutes > 0) total += minutes < 10 ? 1 + (UNITS[minutes] ?? 1) : below100(minutes);
  if (seconds !== undefined) total += below100(Number(seconds));
  if (meridiem) total += 2;
  if (compact) total += 1;
  return total;
}
