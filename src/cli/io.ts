/**
 * Where the command line writes. `main` uses the process streams; tests may pass their
 * own to capture output without spawning a process.
 */
export interface Io {
  /** Results: findings, summaries, JSON. */
  stdout(text: string): void;
  /** Problems and prompts, so results can be piped on their own. */
  stderr(text: string): void;
}

/** The process's standard output and error. */
export const processIo: Io = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
};
