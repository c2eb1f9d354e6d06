import {finding, type BlockFinding, type BlockRule} from '../rule.js';
import {numberSetting, paragraphKinds, severitySetting, trimmedSpan} from './structure-util.js';

/**
 * Suggests a bulleted list for a sentence that lists 3 or more things
 * ("Bring your letter, your medicines and a snack.").
 *
 * The fix replaces the sentence with an intro line ending in ":" and one line per item,
 * each starting "\n• " (`"Bring:\n• your letter\n• your medicines\n• a snack"`). A suggestion
 * is plain text, so the editor turns these lines into a real bullet list when it applies it.
 * There is a fix only when the list ends the sentence and has an intro.
 *
 * A short list that describes rather than instructs is left alone: exactly `minItems` items
 * of 1 or 2 words in a sentence about someone or something else ("They help people who feel
 * worried, sad or stressed."). Skilled easy read writes these in line; on the quality set
 * every such finding was a false alarm. A checklist for the reader ("Bring your letter, your
 * medicines and a snack.") is still flagged.
 *
 * Settings: `minItems` (default 3), `maxItemWords` (longest item that still counts, default 6),
 * `severity`.
 */
export const listsUseBullets: BlockRule = {
  id: 'lists-use-bullets',
  description: 'Turn a list inside a sentence into bullet points.',
  scope: 'block',
  defaults: {
    'easy-read': {enabled: true, minItems: 3, maxItemWords: 6, severity: 'warning'},
    plain: {enabled: true, minItems: 3, maxItemWords: 6, severity: 'info'},
  },
  check({block, sentences, settings}) {
    if (!paragraphKinds.has(block.kind)) return [];
    const minItems = numberSetting(settings, 'minItems', 3);
    const maxItemWords = numberSetting(settings, 'maxItemWords', 6);
    const severity = severitySetting(settings, 'severity', 'warning');
    const findings: BlockFinding[] = [];
    for (const sentence of sentences) {
      // A series needs commas between its items.
      if (!sentence.text.includes(',')) continue;
      const {from, to} = trimmedSpan(sentence);
      const series = findSeries(block.text.slice(from, to), maxItemWords);
      if (!series || series.items.length < minItems) continue;
      if (isShortDescription(sentence.text, series.items, minItems)) continue;
      const suggestions =
        series.atEnd && series.intro
          ? [{label: 'Make a bulleted list', replacement: `${series.intro}:\n• ${series.items.join('\n• ')}`}]
          : [];
      findings.push(
        finding(
          'lists-use-bullets',
          severity,
          from,
          to,
          `This sentence lists ${series.items.length} things. Try a bulleted list.`,
          'Easy read and accessibility guidance: use bullet points for 3 or more things.',
          suggestions
        )
      );
    }
    return findings;
  },
};

/** Subjects that make a sentence describe someone or something other than the reader. */
const otherSubject = /^\s*(?:they|it|he|she|this|these|those|carers?|staff)\b/i;

/** Whether a series is a short description, not a checklist: see {@link listsUseBullets}. */
function isShortDescription(sentence: string, items: readonly string[], minItems: number): boolean {
  return items.length === minItems && otherSubject.test(sentence) && items.every((item) => item.split(/\s+/).length <= 2);
}

/** A list of things found inside one sentence. */
export interface Series {
  /** The words before the first item, without a trailing comma or colon; may be empty. */
  readonly intro: string;
  readonly items: readonly string[];
  /** Whether the last item ends the sentence (nothing but end punctuation follows). */
  readonly atEnd: boolean;
}

/** Words that start a noun phrase: an item starting with one starts at the last such word. */
const determiners = new Set(['a', 'an', 'the', 'your', 'my', 'his', 'her', 'their', 'our', 'some', 'any', 'this', 'that']);
/** Words that end an intro ("foods such as", "things like"). */
const introEnds = /\b(?:such as|like|including|for example|especially|:)\s*/giu;
/** An intro inside one segment: "like heart disease or diabetes". */
const introInside = /(?:^|\s)(?:such as|like|including|for example|especially)\s/iu;
/** A comma between items; not the comma inside a number such as 1,000. */
const separator = /(?:(?<!\d),|,(?!\d{3}(?!\d)))\s*/gu;
const finalLink = /(?:^|\s)(and|or)\s+/giu;
const wordPattern = /\S+/gu;

/** A first segment starting like this is a clause, not a list item ("When you come, …"). */
const subordinate = /^\s*(?:when|if|before|after|because|while|once|until|as soon as)\b/iu;

/** Pairs that say one thing ("any time, day or night"): after a comma they are not the end of a list. */
const fixedPairs: ReadonlySet<string> = new Set([
  'day or night', 'day and night', 'night or day', 'night and day', 'morning or evening', 'morning and evening',
  'now and then', 'now and again', 'on and off', 'off and on', 'in and out', 'up and down', 'yes or no',
  'more or less', 'sooner or later', 'safe and well', 'safe and sound', 'here and there', 'again and again',
  'black and white', 'rain or shine', 'weekdays and weekends', 'weekdays or weekends',
]);

/** Whether a segment ends in a pair: "and" or "or" among its last 3 words ("day or night"). */
function endsInPair(segment: string): boolean {
  return wordsOf(segment).slice(-3, -1).some((word) => /^(?:and|or)$/iu.test(word));
}

function sameShape(a: string, b: string): boolean {
  const first = (text: string) => wordsOf(text)[0]?.toLowerCase() ?? '';
  return determiners.has(first(a)) === determiners.has(first(b));
}

function wordsOf(text: string): string[] {
  return text.match(wordPattern) ?? [];
}

/**
 * Finds a series of 3 or more things joined by commas and a final "and"/"or" in a sentence's
 * text. Items longer than `maxItemWords` words end the search. Returns `undefined` when there
 * is no series, when it looks like a chain of adjectives ("a long, hard and painful test"),
 * when the items before the last have their own "and"/"or" (pairs: "day or night, at
 * home or at work"), or when the last segment is a pair that says one thing ("any time,
 * day or night").
 */
export function findSeries(text: string, maxItemWords = 6): Series | undefined {
  const end = /[.!?;]+["')\]]*$/u.exec(text);
  const body = end ? text.slice(0, end.index) : text;
  const segments = body.split(separator);
  if (segments.length < 2) return undefined;
  for (let j = 1; j < segments.length; j++) {
    const segment = segments[j] ?? '';
    const links = [...segment.matchAll(finalLink)];
    const link = links[links.length - 1];
    if (!link) {
      if (wordsOf(segment).length > maxItemWords) return undefined;
      continue;
    }
    const beforeLink = segment.slice(0, link.index).trim();
    const lastItem = segment.slice(link.index + link[0].length).trim();
    if (!lastItem || wordsOf(lastItem).length > maxItemWords + 2) return undefined;
    if (fixedPairs.has(`${beforeLink} ${link[1]} ${lastItem}`.toLowerCase())) return undefined;
    // "problems early, like heart disease or diabetes": the list starts after "like", inside
    // this segment, so it is only these two things.
    const inner = introInside.exec(beforeLink);
    if (inner) {
      const first = beforeLink.slice(inner.index + inner[0].length).trim();
      if (!first) return undefined;
      const lead = beforeLink.slice(0, inner.index + inner[0].length).trim();
      const intro = [...segments.slice(0, j).map((part) => part.trim()), lead].join(', ');
      return {intro, items: [first, lastItem], atEnd: j === segments.length - 1};
    }
    // Walk back over segments shaped like the last item; the segment where that stops holds
    // the intro and the first item ("When you come, bring your letter, your medicines and…").
    let i = j - 1;
    while (i >= 1 && sameShape(segments[i] ?? '', lastItem) && wordsOf(segments[i] ?? '').length <= maxItemWords) i--;
    if (i === 0 && j > 1 && subordinate.test(segments[0] ?? '') && wordsOf(segments[1] ?? '').length > wordsOf(lastItem).length) {
      i = 1;
    }
    // "day or night, at home or at work": pairs joined by commas, each with its own "or",
    // are not one list of things.
    if (segments.slice(i, j).some(endsInPair)) return undefined;
    const middle = segments.slice(i + 1, j).map((part) => part.trim());
    if (beforeLink) middle.push(beforeLink);
    if (middle.some((item) => !item || wordsOf(item).length > maxItemWords)) return undefined;
    const split = splitFirst((segments[i] ?? '').trim(), middle[0] ?? lastItem);
    if (!split) return undefined;
    const items = [split.item, ...middle, lastItem];
    // "If you feel unwell, call the ward and tell the nurse": clauses, not a list. After an
    // opening "If…"/"When…" only short items ("If you feel sick, dizzy or tired") count.
    if (i === 0 && subordinate.test(segments[0] ?? '') && items.some((item) => wordsOf(item).length > 2)) return undefined;
    if (looksLikeAdjectives(split.intro, items)) return undefined;
    const intro = [...segments.slice(0, i).map((part) => part.trim()), split.intro].filter(Boolean).join(', ');
    return {intro, items, atEnd: j === segments.length - 1};
  }
  return undefined;
}

/** Splits the first segment into its intro and the first item, using the second item's shape. */
function splitFirst(segment: string, second: string): {intro: string; item: string} | undefined {
  if (!segment) return undefined;
  let introEnd = -1;
  for (const match of segment.matchAll(introEnds)) introEnd = match.index + match[0].length;
  if (introEnd > 0) {
    const item = segment.slice(introEnd).trim();
    return item ? {intro: segment.slice(0, introEnd).replace(/[\s:]+$/u, ''), item} : undefined;
  }
  const parts = wordsOf(segment);
  const secondWords = wordsOf(second);
  const secondFirst = secondWords[0]?.toLowerCase() ?? '';
  let start: number;
  if (determiners.has(secondFirst)) {
    start = -1;
    for (let k = parts.length - 1; k >= 0; k--) {
      if (determiners.has((parts[k] ?? '').toLowerCase())) {
        start = k;
        break;
      }
    }
    if (start < 0) start = Math.max(0, parts.length - secondWords.length);
  } else {
    start = Math.max(0, parts.length - Math.max(1, secondWords.length));
  }
  return {intro: parts.slice(0, start).join(' '), item: parts.slice(start).join(' ')};
}

/** "a long, hard and painful test": single-word items after an article, then a noun. */
function looksLikeAdjectives(intro: string, items: readonly string[]): boolean {
  const before = wordsOf(intro).pop()?.toLowerCase() ?? '';
  if (!['a', 'an', 'the', 'very', 'is', 'are', 'was', 'feel', 'feels'].includes(before)) return false;
  const last = items[items.length - 1] ?? '';
  return items.slice(0, -1).every((item) => wordsOf(item).length === 1) && wordsOf(last).length > 1;
}
