import {sameBlockFindings} from '../place-findings.js';
import type {BlockFinding, DocumentRule} from '../rule.js';
import type {Finding, Severity, Suggestion} from '../types.js';
import {bodyKinds, capitalise, monthNames, numberSetting, trimmedRange, wordCount} from './structure-util.js';

/** What one block tells the rule. */
interface HeadingFacts {
  /** Body words (0 for other kinds). */
  readonly bodyWords: number;
  /** For a title or heading block. */
  readonly heading?: {
    readonly title: boolean;
    readonly level: number;
    /** Its text without surrounding white space; empty when it has none. */
    readonly range: {readonly from: number; readonly to: number};
    readonly empty: boolean;
    /** Its own findings, in order: a long title, then a capitals or Title Case problem. */
    readonly findings: readonly BlockFinding[];
  };
}

const noHeading: HeadingFacts = Object.freeze({bodyWords: 0});

/**
 * Checks the title and headings:
 * - the document has a title (error); the title is at most `maxTitleLength` characters (warning);
 * - no skipped level: a level 3 heading needs a level 2 heading before it (error);
 * - no heading in block capitals (error, with a sentence-case fix);
 * - headings in sentence case, not Title Case (warning, with a fix); acronyms, "I", names of
 *   days and months, and words after a colon keep their capitals;
 * - an empty heading (warning);
 * - a document of more than `longDocumentWords` body words with no heading at all (warning;
 *   easy read only, 0 turns it off). Whole-document findings use block -1.
 * Only the first title block counts. With no title block, the document has no title unless
 * `details.title` holds one; a `details.title` that is `undefined` (unknown: the input format
 * cannot hold a title, as in a `.txt` file) is not judged.
 */
export const headings: DocumentRule<HeadingFacts> = {
  id: 'headings',
  description: 'Use a title and clear, short headings in sentence case.',
  scope: 'document',
  defaults: {
    'easy-read': {enabled: true, maxTitleLength: 65, longDocumentWords: 200},
    plain: {enabled: true, maxTitleLength: 65, longDocumentWords: 0},
  },
  collect({block, sentences}, {settings}) {
    if (bodyKinds.has(block.kind)) {
      let bodyWords = 0;
      for (const sentence of sentences) bodyWords += wordCount(sentence);
      return bodyWords === 0 ? noHeading : {bodyWords};
    }
    if (block.kind !== 'title' && block.kind !== 'heading') return noHeading;
    const title = block.kind === 'title';
    const range = trimmedRange(block.text);
    const text = block.text.slice(range.from, range.to);
    const findings: BlockFinding[] = [];
    if (text) {
      const maxTitleLength = numberSetting(settings, 'maxTitleLength', 65);
      if (title && text.length > maxTitleLength) {
        findings.push(result('warning', range, `This title is long. Keep it to ${maxTitleLength} characters or fewer.`));
      }
      const problem = caseProblem(title, text, range);
      if (problem) findings.push(problem);
    }
    return {bodyWords: 0, heading: {title, level: block.level ?? 2, range, empty: !text, findings}};
  },
  combine(collected, {input, settings}) {
    const longDocumentWords = numberSetting(settings, 'longDocumentWords', 200);
    const findings: Finding[] = [];
    const add = (block: number, item: BlockFinding) => findings.push({...item, block});
    let titleFound = false;
    let headingCount = 0;
    let bodyWords = 0;
    let seenLevel2 = false;
    for (let index = 0; index < collected.length; index++) {
      const facts = collected[index]!;
      bodyWords += facts.bodyWords;
      const heading = facts.heading;
      if (!heading) continue;
      if (heading.title) {
        if (titleFound) continue;
        titleFound = true;
        if (heading.empty) add(index, result('error', {from: 0, to: 0}, noTitle));
      } else {
        headingCount++;
        if (heading.empty) {
          add(index, result('warning', {from: 0, to: 0}, 'This heading is empty. Add words or remove it.'));
          continue;
        }
        if (heading.level >= 3 && !seenLevel2) add(index, result('error', heading.range, 'This small heading has no main heading before it.'));
        if (heading.level === 2) seenLevel2 = true;
      }
      for (const item of heading.findings) add(index, item);
    }
    const title = input.details.title;
    if (!titleFound && title !== undefined && !title.trim()) add(-1, result('error', {from: 0, to: 0}, noTitle));
    if (longDocumentWords > 0 && headingCount === 0 && bodyWords > longDocumentWords) {
      add(-1, result('warning', {from: 0, to: 0}, 'Add headings to break up this long document.'));
    }
    return findings;
  },
  same: (a, b) => a.bodyWords === b.bodyWords && sameHeading(a.heading, b.heading),
};

const why = 'NHS and easy read guidance: short, clear headings in sentence case.';

function sameHeading(a: HeadingFacts['heading'], b: HeadingFacts['heading']): boolean {
  if (a === undefined || b === undefined) return a === b;
  return (
    a.title === b.title &&
    a.level === b.level &&
    a.empty === b.empty &&
    a.range.from === b.range.from &&
    a.range.to === b.range.to &&
    sameBlockFindings(a.findings, b.findings)
  );
}
/** The one message for a document with no title, whether its title block is empty or missing. */
const noTitle = 'Add a title to this document.';

function result(severity: Severity, range: {from: number; to: number}, message: string, fix?: Suggestion): BlockFinding {
  return {rule: 'headings', severity, message, why, from: range.from, to: range.to, suggestions: fix ? [fix] : []};
}

/** A title or heading in block capitals or Title Case, with a sentence-case fix; otherwise `undefined`. */
function caseProblem(title: boolean, text: string, range: {from: number; to: number}): BlockFinding | undefined {
  const kind = title ? 'title' : 'heading';
  if (isAllCaps(text)) {
    return result('error', range, `Do not write the ${kind} in capital letters.`, {
      label: 'Change to sentence case',
      replacement: sentenceCase(text),
    });
  }
  const fixed = fixTitleCase(text);
  if (fixed === text) return undefined;
  return result('warning', range, `Use sentence case: only the first word needs a capital.`, {
    label: 'Change to sentence case',
    replacement: fixed,
  });
}

const wordPattern = /\p{L}[\p{L}'’&-]*/gu;
const acronyms = new Set(['NHS', 'GP', 'GPS', 'A&E', 'UK', 'COVID', 'HIV', 'ICU', 'MRI', 'CT', 'ECG', 'BMI', 'ADHD', 'DNA', 'I']);
const functionWords = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'by', 'from',
  'your', 'you', 'is', 'are', 'if', 'when', 'what', 'how', 'it', 'we', 'do', 'not', 'can', 'will', 'about',
]);
/** Capitalised words that are names, not Title Case. */
const properNames = new Set([
  ...monthNames,
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'England', 'Scotland', 'Wales', 'Ireland', 'Britain', 'British', 'English', 'London', 'Dr', 'Mr', 'Mrs', 'Ms', 'Miss',
]);

/** Whether a heading is in block capitals: no lower-case letters, and 2+ words or a 5+ letter word. */
export function isAllCaps(text: string): boolean {
  if (/\p{Ll}/u.test(text)) return false;
  const words = text.match(wordPattern) ?? [];
  const letterWords = words.filter((word) => word.replace(/[^\p{L}]/gu, '').length >= 2);
  if (letterWords.every((word) => acronyms.has(word))) return false;
  return letterWords.length >= 2 || letterWords.some((word) => word.length >= 5);
}

/** Sentence case from block capitals: lower case, first letter capital, known acronyms kept. */
export function sentenceCase(text: string): string {
  const lower = text.replace(wordPattern, (word) => (acronyms.has(word) ? word : word.toLowerCase()));
  return capitalise(lower);
}

/**
 * Returns the heading in sentence case when it is in Title Case ("What To Bring" →
 * "What to bring") or starts with a small letter; otherwise returns it unchanged.
 */
export function fixTitleCase(text: string): string {
  const words = [...text.matchAll(wordPattern)];
  const firstWord = words[0];
  if (!firstWord) return text;
  let result = /^\p{Ll}/u.test(firstWord[0]) ? capitalise(text) : text;
  const capitalised: RegExpExecArray[] = [];
  let others = 0;
  let lowerFunctionWords = 0;
  let titleFunctionWord = false;
  // A small function word between two capitalised words ("Consent to Examination or
  // Treatment") is Title Case; a run of capitals alone may be a name ("Health Service Ombudsman").
  let functionWordAfterCapital = false;
  let capitalAfterFunctionWord = false;
  for (let i = 1; i < words.length; i++) {
    const match = words[i];
    if (!match) continue;
    const word = match[0];
    const previous = text.slice(0, match.index).trimEnd();
    // After a colon or stop a new sentence starts; a word in capitals is an acronym.
    if (/[:.?!]$/u.test(previous) || word === word.toUpperCase()) continue;
    if (properNames.has(word) || properNames.has(words[i - 1]?.[0] ?? '')) continue;
    others++;
    if (/^\p{Lu}\p{Ll}/u.test(word)) {
      capitalised.push(match);
      if (functionWords.has(word.toLowerCase())) titleFunctionWord = true;
      if (functionWordAfterCapital) capitalAfterFunctionWord = true;
    } else if (functionWords.has(word)) {
      lowerFunctionWords++;
      if (capitalised.length > 0) functionWordAfterCapital = true;
    }
  }
  const contentWords = others - lowerFunctionWords;
  const titleCase =
    titleFunctionWord ||
    (others >= 2 && capitalised.length === others) ||
    (capitalAfterFunctionWord && contentWords >= 2 && capitalised.length === contentWords);
  if (!titleCase) return result;
  for (const match of capitalised) {
    const at = match.index;
    result = result.slice(0, at) + result.charAt(at).toLowerCase() + result.slice(at + 1);
  }
  return result;
}
