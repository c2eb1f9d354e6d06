/**
 * `npm run bench:server`: how fast the server saves drafts, and whether it loses any.
 *
 * Starts the real server on a free loopback port with a temporary data folder
 * (SQLite), or a temporary schema in PostgreSQL with `--postgres` (DATABASE_URL or
 * TEST_DATABASE_URL). Then 50 clients, each signed in as its own author, save their
 * own document over and over for 10 seconds, each save naming the revision it
 * started from. Prints saves per second and latency percentiles, then reads every
 * document and its audit log back to count lost saves (the goal: 1,000 saves/s,
 * p99 under 50 ms, none lost).
 *
 * Options: --postgres, --clients N (default 50), --seconds N (default 10),
 * --profile DIR (write the server's CPU profile there).
 */
import {mkdtempSync, rmSync} from 'node:fs';
import {cpus, loadavg, tmpdir} from 'node:os';
import {join} from 'node:path';
import {parseArgs} from 'node:util';
import {z} from 'zod';
import {auditEntrySchema, documentDetailSchema, meSchema} from '../server/routes/schemas.js';
import {startServerProcess, type ServerData} from '../server/test/server-process.js';
import {canonicalDocument} from '../server/model/content.js';
import type {DocumentFile} from '../src/document/document-file.js';

const {values} = parseArgs({
  options: {
    postgres: {type: 'boolean', default: false},
    clients: {type: 'string', default: '50'},
    seconds: {type: 'string', default: '10'},
    profile: {type: 'string'},
  },
});
const clients = Number(values.clients);
const seconds = Number(values.seconds);
const password = 'bench password 123';

/** A document of about 2 KB: a title and six rows of short sentences. */
function documentWith(title: string, stamp: string): DocumentFile {
  const row = (text: string) => ({type: 'row', content: [{type: 'paragraph', content: [{type: 'text', text}]}]});
  return canonicalDocument({
    format: 'easy-read-studio/1',
    meta: {reviewBy: '2027-01-31'},
    doc: {
      type: 'doc',
      content: [
        {type: 'title', content: [{type: 'text', text: title}]},
        row(`Save ${stamp}. You can get a flu jab at your doctor's surgery.`),
        row('The flu jab helps stop you getting very ill from flu.'),
        row('It is free if you have a learning disability.'),
        row('You can bring someone with you to the appointment.'),
        row('Tell the nurse if you are scared of needles. They can help.'),
        row('Your arm may feel sore for a day or two. This is normal.'),
      ],
    },
  });
}

// The save bodies differ only in their revision and one word, so they are made by
// substitution: the client must not be what limits the measurement.
const bodyTemplates = new Map<number, string>();
function saveBody(client: number, revision: number, stamp: string): RawJson {
  let template = bodyTemplates.get(client);
  if (!template) {
    template = JSON.stringify({revision: -1, content: documentWith(`Leaflet ${client}`, '@STAMP@')});
    bodyTemplates.set(client, template);
  }
  return {raw: template.replace('"revision":-1', `"revision":${revision}`).replace('@STAMP@', stamp)};
}

/** A request body that is already JSON text. */
interface RawJson {
  readonly raw: string;
}

interface Session {
  readonly cookie: string;
  readonly csrf: string;
}

async function call(base: string, session: Session | null, method: string, path: string, body?: unknown) {
  const response = await fetch(base + path, {
    method,
    headers: {
      ...(body !== undefined ? {'content-type': 'application/json'} : {}),
      ...(session ? {cookie: session.cookie, 'x-csrf-token': session.csrf} : {}),
    },
    ...(body !== undefined ? {body: isRaw(body) ? body.raw : JSON.stringify(body)} : {}),
  });
  const json: unknown = response.status === 204 ? null : await response.json();
  return {status: response.status, headers: response.headers, json};
}

function isRaw(body: unknown): body is RawJson {
  return typeof body === 'object' && body !== null && 'raw' in body && typeof body.raw === 'string';
}

function sessionFrom(response: {headers: Headers; json: unknown}): Session {
  return {cookie: (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '', csrf: meSchema.parse(response.json).csrfToken};
}

async function withData(run: (data: ServerData, label: string) => Promise<void>): Promise<void> {
  if (!values.postgres) {
    const dataDir = mkdtempSync(join(tmpdir(), 'er-bench-'));
    try {
      await run({dataDir}, 'SQLite (WAL, synchronous=FULL)');
    } finally {
      rmSync(dataDir, {recursive: true, force: true});
    }
    return;
  }
  const base = process.env['DATABASE_URL'] || process.env['TEST_DATABASE_URL'];
  if (!base) throw new Error('--postgres needs DATABASE_URL or TEST_DATABASE_URL (see scripts/ensure-test-env.sh).');
  process.env['TEST_DATABASE_URL'] = base;
  const {createTestSchema} = await import('../server/test/storage.js');
  const schema = await createTestSchema();
  try {
    await run({databaseUrl: schema.url}, 'PostgreSQL (synchronous_commit=on)');
  } finally {
    await schema.drop();
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

await withData(async (data, label) => {
  const nodeArgs = values.profile ? ['--cpu-prof', `--cpu-prof-dir=${values.profile}`] : [];
  const server = await startServerProcess({...data, nodeArgs});
  try {
    const base = server.url;
    const setup = await call(base, null, 'POST', '/api/setup', {email: 'bench@example.nhs.uk', name: 'Bench Admin', password});
    if (setup.status !== 201) throw new Error(`Setup failed: ${JSON.stringify(setup.json)}`);
    const admin = sessionFrom(setup);

    console.log(`Preparing ${clients} authors, each with a document…`);
    const authors: {session: Session; doc: string}[] = [];
    for (let start = 0; start < clients; start += 4) {
      const batch = Array.from({length: Math.min(4, clients - start)}, async (_, j) => {
        const email = `author${start + j}@example.nhs.uk`;
        await call(base, admin, 'POST', '/api/users', {email, name: `Author ${start + j}`, role: 'author', password});
        const session = sessionFrom(await call(base, null, 'POST', '/api/session', {email, password}));
        const created = await call(base, session, 'POST', '/api/documents', {content: documentWith(`Leaflet ${start + j}`, 'start')});
        return {session, doc: documentDetailSchema.parse(created.json).id};
      });
      authors.push(...(await Promise.all(batch)));
    }

    const acked = new Map<string, {revision: number; stamp: string}>();
    let failures = 0;

    /**
     * Every author saves their own document for `seconds`. With `rate`, saves are
     * paced to that many per second in all (an autosave every clients/rate seconds
     * each, sooner when behind); without, each author saves again as soon as answered.
     */
    const phase = async (rate: number | null, seconds: number) => {
      const latencies: number[] = [];
      const interval = rate ? (clients / rate) * 1000 : 0;
      const started = performance.now();
      const stopAt = started + seconds * 1000;
      await Promise.all(
        authors.map(async ({session, doc}, i) => {
          // Spread the paced clients' first saves over one interval.
          let due = started + (interval * i) / clients;
          for (let revision = acked.get(doc)?.revision ?? 1; ; revision++) {
            if (interval) {
              due += interval;
              const wait = due - interval - performance.now();
              if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
            }
            if (performance.now() >= stopAt) return;
            const stamp = `${i}-${revision}`;
            const t0 = performance.now();
            const response = await call(base, session, 'PUT', `/api/documents/${doc}/draft`, saveBody(i, revision, stamp));
            latencies.push(performance.now() - t0);
            if (response.status !== 200) {
              failures++;
              return;
            }
            acked.set(doc, {revision: revision + 1, stamp});
          }
        })
      );
      return {latencies: latencies.sort((a, b) => a - b), elapsed: (performance.now() - started) / 1000};
    };

    console.log('Warming up for 2 s…');
    const warmUp = await phase(null, 2);
    console.log(`${label}: ${clients} clients, ${seconds} s at the goal rate of 1,000 saves/s…`);
    const paced = await phase(1000, seconds);
    console.log(`${label}: ${clients} clients, ${seconds} s saving as fast as they are answered…`);
    const flatOut = await phase(null, seconds);

    console.log('Reading everything back…');
    let lost = 0;
    for (const {session, doc} of authors) {
      const expected = acked.get(doc);
      const stored = documentDetailSchema.parse((await call(base, session, 'GET', `/api/documents/${doc}`)).json);
      const savedRevisions = new Set<unknown>();
      for (let before: number | undefined; ; ) {
        const path = `/api/documents/${doc}/audit?limit=500${before ? `&before=${before}` : ''}`;
        const page = z.array(auditEntrySchema).parse((await call(base, session, 'GET', path)).json);
        for (const entry of page) if (entry.action === 'draft.saved') savedRevisions.add(entry.detail['revision']);
        if (page.length < 500) break;
        before = page[page.length - 1]?.id;
      }
      const last = expected?.revision ?? 1;
      if (stored.revision !== last || (expected && !JSON.stringify(stored.content).includes(`Save ${expected.stamp}.`))) lost++;
      for (let r = 2; r <= last; r++) if (!savedRevisions.has(r)) lost++;
    }

    const ms = (v: number) => `${v.toFixed(1)} ms`.padEnd(10);
    const row = (name: string, run: {latencies: number[]; elapsed: number}) =>
      console.log(
        `${name.padEnd(22)}${`${(run.latencies.length / run.elapsed).toFixed(0)}`.padEnd(10)}` +
          `${ms(percentile(run.latencies, 50))}${ms(percentile(run.latencies, 99))}${ms(run.latencies[run.latencies.length - 1] ?? 0)}`
      );
    console.log('');
    console.log(`${label}, ${clients} clients, load average ${loadavg()[0]?.toFixed(1)} on ${cpus().length} CPUs`);
    console.log(`${''.padEnd(22)}${'saves/s'.padEnd(10)}${'p50'.padEnd(10)}${'p99'.padEnd(10)}max`);
    row('paced at 1,000/s', paced);
    row('flat out', flatOut);
    console.log(`saves answered 200    ${warmUp.latencies.length + paced.latencies.length + flatOut.latencies.length - failures}`);
    console.log(`failed saves          ${failures}`);
    console.log(`lost saves            ${lost}   (goal 0)`);
    console.log('Goal: 1,000 saves/s with p99 under 50 ms, none lost.');
    if (failures > 0 || lost > 0) process.exitCode = 1;
  } finally {
    await server.stop();
  }
});
