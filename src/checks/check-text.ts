import {createChecker} from './checker.js';
import type {OrgSettings} from './settings.js';
import type {CheckBlock, CheckInput, CheckResult, ProfileName, Severity, Suggestion} from './types.js';

/**
 * Checking plain text files, and the report the command line prints.
 */

/** One finding as reported for a file. `line` and `column` are 1-based; both are 0 for a document finding. */
export interface ReportFinding {
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  readonly line: number;
  readonly column: number;
  /** The text the finding covers (empty for a document finding). */
  readonly text: string;
  readonly suggestions: readonly Suggestion[];
}

/** The result of checking one file, ready to print as text or JSON. */
export interface CheckReport {
  readonly file: string;
  readonly profile: ProfileName;
  readonly words: number;
  readonly sentences: number;
  /** The document's scores, rounded to 1 decimal place (after the formulas, never before). */
  readonly readability: {
    readonly fleschReadingEase: number;
    readonly fleschKincaidGrade: number;
    readonly smog: number;
    readonly readingAge: number;
  };
  /** Findings not ignored, in document order. */
  readonly findings: readonly ReportFinding[];
  readonly summary: {readonly errors: number; readonly warnings: number; readonly infos: number};
}

/** Options for {@link checkText}. */
export interface CheckTextOptions {
  /** Defaults to `'easy-read'`. */
  readonly profile?: ProfileName;
  readonly settings?: OrgSettings;
  /** The name shown in the report. Defaults to `'<text>'`. */
  readonly file?: string;
}

/** The most words a line can have and still be read as a heading. */
const HEADING_WORDS = 8;
/** How a line that is a sentence, a list item or contact details starts or ends. */
const NOT_A_HEADING = /[.!?:;,…)"'”’]$|^(?:[-*•–]|\d{1,2}[.)])\s|\d{3}|@|www\.|:\/\//u;

/**
 * Whether a line of a text file reads as a heading: a plain text file cannot mark one, so a
 * short line (at most {@link HEADING_WORDS} words) that starts with a capital letter, does
 * not end like a sentence (no full stop, question mark, colon…), is not a list item or
 * contact details, and has more text after it, is taken for a heading ("Your visit",
 * "How to make a complaint").
 */
export function isHeadingLine(line: string, textFollows: boolean): boolean {
  const trimmed = line.trim();
  if (!textFollows || !/^\p{Lu}/u.test(trimmed) || NOT_A_HEADING.test(trimmed)) return false;
  return trimmed.split(/\s+/u).length <= HEADING_WORDS;
}

/**
 * Turns a plain text file into check input: each non-empty line is one block (its text is
 * the line as written, without a trailing `\r`; `line` is 1-based). A line that reads as a
 * heading (see {@link isHeadingLine}) is a `heading` block (level 2) and starts a new
 * section; every other line is a `paragraph`. A blank line (or a run of them) before more
 * text also starts a new section. Lines holding only white space count as blank. There
 * are no rows, and every document detail is `undefined` (a text file cannot hold a title
 * or dates: see `DocumentDetails`).
 */
export function textToInput(text: string): CheckInput {
  const blocks: CheckBlock[] = [];
  const lines = text.split('\n').map((raw) => (raw.endsWith('\r') ? raw.slice(0, -1) : raw));
  let lastText = lines.length - 1;
  while (lastText >= 0 && lines[lastText]!.trim() === '') lastText--;
  let section = 0;
  let newSection = false;
  lines.forEach((line, index) => {
    if (line.trim() === '') {
      newSection = true;
      return;
    }
    const heading = isHeadingLine(line, index < lastText);
    if ((newSection || heading) && blocks.length > 0) section++;
    newSection = false;
    blocks.push(
      heading
        ? {kind: 'heading', text: line, runs: [], section, line: index + 1, level: 2}
        : {kind: 'paragraph', text: line, runs: [], section, line: index + 1}
    );
  });
  return {blocks, rows: [], details: {}};
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/** The 1-based line and column of `offset` in a block (its `line`, or its index + 1, is the first line). */
function position(block: CheckBlock, index: number, offset: number): {line: number; column: number} {
  const before = block.text.slice(0, offset);
  const breaks = before.split('\n').length - 1;
  const lineStart = before.lastIndexOf('\n') + 1;
  return {line: (block.line ?? index + 1) + breaks, column: offset - lineStart + 1};
}

/**
 * Builds the report for a checked input. A finding's line and column come from its block's
 * `line` (or its block index + 1 when the input has no lines) and the offset of `from`,
 * counting UTF-16 code units; a document finding has line and column 0.
 */
export function reportFor(
  input: CheckInput,
  result: CheckResult,
  options: {readonly file: string; readonly profile: ProfileName}
): CheckReport {
  const findings = result.findings.map((finding): ReportFinding => {
    const block = finding.block >= 0 ? input.blocks[finding.block] : undefined;
    const place = block ? position(block, finding.block, finding.from) : {line: 0, column: 0};
    return {
      rule: finding.rule,
      severity: finding.severity,
      message: finding.message,
      line: place.line,
      column: place.column,
      text: block ? block.text.slice(finding.from, finding.to) : '',
      suggestions: finding.suggestions,
    };
  });
  const count = (severity: Severity) => findings.filter((finding) => finding.severity === severity).length;
  const document = result.scores.document;
  return {
    file: options.file,
    profile: options.profile,
    words: document.words,
    sentences: document.sentences,
    readability: {
      fleschReadingEase: round1(document.fleschReadingEase),
      fleschKincaidGrade: round1(document.fleschKincaidGrade),
      smog: round1(document.smog),
      readingAge: round1(document.readingAge),
    },
    findings,
    summary: {errors: count('error'), warnings: count('warning'), infos: count('info')},
  };
}

/** Checks plain text (see {@link textToInput}) with a new checker and returns its report. */
export function checkText(text: string, options: CheckTextOptions = {}): CheckReport {
  const profile = options.profile ?? 'easy-read';
  const input = textToInput(text);
  const checker = createChecker({profile, ...(options.settings ? {settings: options.settings} : {})});
  return reportFor(input, checker.check(input), {file: options.file ?? '<text>', profile});
}
