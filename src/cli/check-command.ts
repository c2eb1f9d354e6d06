import {readFile} from 'node:fs/promises';
import {reportFor, type CheckReport} from '../checks/check-text.js';
import {createChecker} from '../checks/checker.js';
import {parseOrgSettings, SettingsError, type OrgSettings} from '../checks/settings.js';
import type {CheckResult} from '../checks/types.js';
import type {CheckCommand} from './args.js';
import {formatJson} from './format-json.js';
import {formatText} from './format-text.js';
import {fileProblem, InputError} from './input-error.js';
import type {Io} from './io.js';
import {readInput, type ReadInput} from './read-input.js';
import type {SourceMap} from './source-lines.js';

/**
 * Runs `easy-read check`: reads the settings file and every file first, so a bad file
 * stops the run before any results are written; then checks each file with one checker
 * and writes the results. Returns the exit status: 0 no errors found, 1 errors found,
 * 2 a file (or the settings file) could not be read.
 */
export async function runCheck(command: CheckCommand, io: Io): Promise<number> {
  let settings: OrgSettings | undefined;
  try {
    settings = command.config === undefined ? undefined : await readSettings(command.config);
  } catch (error) {
    io.stderr(`${problem(error, command.config ?? '')}\n`);
    return 2;
  }

  const read = await Promise.allSettled(command.files.map((file) => readInput(file)));
  const failures = read.flatMap((result, index) =>
    result.status === 'rejected' ? [problem(result.reason, command.files[index]!)] : []
  );
  if (failures.length > 0) {
    io.stderr(failures.map((failure) => `${failure}\n`).join(''));
    return 2;
  }
  const files = read.map((result) => (result as PromiseFulfilledResult<ReadInput>).value);

  const checker = createChecker({profile: command.profile, ...(settings !== undefined ? {settings} : {})});
  const reports: CheckReport[] = files.map(({input, map}, index) => {
    const result = checker.check(input);
    const report = reportFor(input, result, {file: command.files[index]!, profile: command.profile});
    return map ? placeInSource(report, result, map) : report;
  });
  io.stdout(command.format === 'json' ? formatJson(reports) : formatText(reports));
  return reports.some((report) => report.summary.errors > 0) ? 1 : 0;
}

/**
 * Moves each finding's line and column to where its text is in the source file.
 * `reportFor` lists `result.findings` in the same order, one for one.
 */
function placeInSource(report: CheckReport, result: CheckResult, map: SourceMap): CheckReport {
  if (report.findings.length !== result.findings.length) return report;
  const findings = report.findings.map((found, index) => {
    const finding = result.findings[index]!;
    return finding.block < 0 || finding.rule !== found.rule ? found : {...found, ...map.place(finding.block, finding.from)};
  });
  return {...report, findings};
}

async function readSettings(file: string): Promise<OrgSettings> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new InputError(`Cannot read ${file}: ${fileProblem(error)}.`);
  }
  try {
    return parseOrgSettings(text);
  } catch (error) {
    if (error instanceof SettingsError) throw new InputError(`Cannot use ${file}: ${error.message}`);
    throw error;
  }
}

/** A plain line for a failure; an unexpected error (a bug) still names the file. */
function problem(error: unknown, file: string): string {
  if (error instanceof InputError) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return `Cannot check ${file}: something went wrong (${detail}).`;
}
