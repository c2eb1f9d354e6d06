/**
 * The table `npm run bench:server` prints: per database side by side, the authors'
 * saves and the volunteers' answers at the goal rate and as fast as answered
 * (writes/s, p50, p95, p99), what was lost, and whether each goal is met.
 *
 * @module
 */
import {cpus, loadavg} from 'node:os';

/** The goal: this many writes per second in all… */
export const goalRate = 1000;
/** …with the 99th percentile of latency under this, in milliseconds… */
const goalP99 = 50;
// …and nothing lost.

/** One kind of write in one phase. */
export interface Run {
  /** Every write's latency in milliseconds, sorted. */
  readonly latencies: readonly number[];
  /** Writes acknowledged within the phase, per second. */
  readonly rate: number;
}

/** Saves and answers in one phase. */
export interface Pair {
  readonly saves: Run;
  readonly answers: Run;
}

/** CPU time per write, in milliseconds (`null` where unknown). */
export interface CpuPerWrite {
  /** The server process's. */
  readonly server: number | null;
  /** The benchmark's own, sending the writes and reading the answers. */
  readonly client: number | null;
  /** The whole machine's: the two above, the database, and anything else running. */
  readonly machine: number | null;
}

/** What one database did. */
export interface Summary {
  readonly label: string;
  /** Writers paced at {@link goalRate} writes/s in all. */
  readonly paced: Pair;
  /** Every writer writing again as soon as answered. */
  readonly flatOut: Pair;
  /** Writes the server refused or failed (each stops its writer). */
  readonly failures: number;
  /** Acknowledged writes not found when read back after the run. */
  readonly lost: {readonly saves: number; readonly answers: number};
  /** CPU time per write in each phase. */
  readonly cpu: {readonly paced: CpuPerWrite; readonly flatOut: CpuPerWrite};
  /** The machine's load average (1 minute) as the measured phases began: above the CPU count, others were using it too. */
  readonly load: number;
}

/** Who wrote, for the heading. */
export interface Load {
  readonly authors: number;
  readonly volunteers: number;
  readonly seconds: number;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function merged(pair: Pair): Run {
  return {
    latencies: [...pair.saves.latencies, ...pair.answers.latencies].sort((x, y) => x - y),
    rate: pair.saves.rate + pair.answers.rate,
  };
}

const label = (text: string) => text.padEnd(26);
const cell = (text: string) => text.padEnd(10);
const ms = (v: number) => `${v.toFixed(1)} ms`;
const columns = ['writes/s', 'p50', 'p95', 'p99', 'lost'];
const gap = '  ';

function runCells(run: Run, lost: number | null): string {
  const latency = [50, 95, 99].map((p) => cell(ms(percentile(run.latencies, p))));
  return [cell(run.rate.toFixed(0)), ...latency, cell(lost === null ? '' : String(lost))].join('');
}

/** Prints the table for `summaries` (one column group per database). */
export function printTable(load: Load, summaries: readonly Summary[]): void {
  const width = columns.length * 10;
  const row = (name: string, cells: (s: Summary) => string) => console.log(label(name) + summaries.map(cells).join(gap));
  console.log('');
  console.log(
    `${load.authors} authors saving and ${load.volunteers} volunteers answering at once, ${load.seconds} s a phase; ` +
      `${cpus().length} CPUs, load average ${loadavg()[0]?.toFixed(1)} when done`
  );
  row('', (s) => s.label.padEnd(width));
  row('', () => columns.map(cell).join(''));
  const lostSaves = (s: Summary) => s.lost.saves;
  const lostAnswers = (s: Summary) => s.lost.answers;
  const lostAll = (s: Summary) => s.lost.saves + s.lost.answers;
  for (const [phase, pick] of [
    [`At ${goalRate.toLocaleString('en-GB')} writes/s asked`, (s: Summary) => s.paced],
    ['As fast as answered', (s: Summary) => s.flatOut],
  ] as const) {
    console.log(phase);
    row("  authors' saves", (s) => runCells(pick(s).saves, lostSaves(s)));
    row("  volunteers' answers", (s) => runCells(pick(s).answers, lostAnswers(s)));
    row('  all writes', (s) => runCells(merged(pick(s)), lostAll(s)));
  }
  row('Failed writes', (s) => cell(String(s.failures)).padEnd(width));
  const cpu = (v: number | null) => (v === null ? '?' : ms(v));
  row('Load average at start', (s) => s.load.toFixed(1).padEnd(width));
  for (const [name, pick] of [
    ['Server CPU per write', (c: CpuPerWrite) => c.server],
    ['Clients’ CPU per write', (c: CpuPerWrite) => c.client],
    ['Machine’s CPU per write', (c: CpuPerWrite) => c.machine],
  ] as const) {
    row(name, (s) => `${cpu(pick(s.cpu.paced))} asked, ${cpu(pick(s.cpu.flatOut))} flat out`.padEnd(width));
  }
  console.log('(lost counts the whole run: every acknowledged write, read back after it)');
  console.log('');
  const goal = (met: boolean, detail: string) => `${met ? 'met' : 'NOT met'} (${detail})`.padEnd(width);
  row('Goal', (s) => s.label.padEnd(width));
  row(`≥ ${goalRate.toLocaleString('en-GB')} writes/s flat out`, (s) => {
    const all = merged(s.flatOut).rate;
    return goal(all >= goalRate, `${all.toFixed(0)} writes/s`);
  });
  row(`p99 < ${goalP99} ms at ${goalRate.toLocaleString('en-GB')}/s`, (s) => {
    const paced = merged(s.paced);
    const p99 = percentile(paced.latencies, 99);
    // Both must hold: a low p99 says little if the server acknowledged fewer writes than asked.
    const keptUp = paced.rate >= goalRate * 0.99;
    return goal(p99 < goalP99 && keptUp, `${ms(p99)} at ${paced.rate.toFixed(0)}/s`);
  });
  row('0 lost', (s) => goal(lostAll(s) === 0, `${lostAll(s)} lost`));
}
