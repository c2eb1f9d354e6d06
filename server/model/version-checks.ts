/**
 * The server's own run of the check engine (`src/checks`, pure TypeScript) over
 * stored content, so a release never rests on a summary the browser sent. The
 * document is read as the command line reads a saved `.json` file
 * (`src/cli/read-input.ts`): parsed against the schema, turned into check input by
 * `documentBlocks`, and checked with the default easy-read profile. Problems the
 * document ignores (each with its reason, kept in the document) are not counted.
 *
 * @module
 */
import {createChecker} from '../../src/checks/checker.js';
import type {Finding} from '../../src/checks/types.js';
import {parseDocumentFile} from '../../src/document/document-file.js';
import {documentBlocks} from '../../src/document/text-blocks.js';
import {symbolRecords} from '../../src/pictures/symbol-data.js';
import {symbolNamesFrom} from '../../src/pictures/symbol-names.js';
import type {CheckSummary} from './versions.js';

/** The library's picture names, to tell a description that only repeats one. */
const librarySymbolNames = symbolNamesFrom(symbolRecords);

/** What the checks found in some content. */
export interface ContentCheck {
  readonly summary: CheckSummary;
  /** The error-level findings that are not ignored. */
  readonly errors: readonly Finding[];
}

/**
 * Checks stored document-file JSON as of `today` (`YYYY-MM-DD`, for the review-by
 * date). Throws `DocumentFileError` if the content is not a valid document, which
 * stored content always is.
 */
export function checkContent(content: string, today: string): ContentCheck {
  const input = documentBlocks(parseDocumentFile(content), {symbolNames: librarySymbolNames}).input;
  // A checker remembers per-block work between runs of one document; a fresh one keeps
  // documents apart.
  const result = createChecker().check({...input, today});
  const count = (severity: Finding['severity']) => result.findings.filter((f) => f.severity === severity).length;
  const scores = result.scores.document;
  const enoughText = scores.words > 0;
  return {
    summary: {
      errors: count('error'),
      warnings: count('warning'),
      info: count('info'),
      readingAge: enoughText ? Math.round(scores.readingAge * 10) / 10 : null,
      verdict: scores.verdict,
    },
    errors: result.findings.filter((f) => f.severity === 'error'),
  };
}
