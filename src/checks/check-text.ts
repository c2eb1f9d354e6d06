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

/**
 * Turns a plain text file into check input: each non-empty line is one `paragraph` block
 * (its text is the line as written, without a trailing `\r`; `line` is 1-based), and a
 * blank line (or a run of them) before more text starts a new section. Lines holding only
 * white space count as blank. There are no rows, and every document detail is `undefined`
 * (a text file cannot hold a title or dates: see `DocumentDetails`).
 */
export function textToInput(text: string): CheckInput {
  const blocks: CheckBlock[] = [];
  let section = 0;
  let blankBefore = false;
  text.split('\n').forEach((raw, index) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') {
      blankBefore = true;
      return;
    }
    if (blankBefore && blocks.length > 0) section++;
    blankBefore = false;
    blocks.push({kind: 'paragraph', text: line, runs: [], section, line: index + 1});
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
