/**
 * `npm run bench:server`: how fast the server writes authors' saves and volunteers'
 * answers at the same time, and whether it loses any.
 *
 * For each database (SQLite in a temporary folder, and PostgreSQL in a temporary
 * schema of DATABASE_URL or TEST_DATABASE_URL when one is set), it starts the real
 * server on a free loopback port. 50 authors, each signed in, save their own
 * document over and over, each save naming the revision it started from; beside
 * them, 100 volunteers answer, part after part, on their own review links
 * (`PUT /api/invite/{token}/answers/{partId}`; 10 of the documents have a review
 * round with 10 volunteers each). After 5 s of warming up, first 10 s paced at the
 * goal of 1,000 writes/s in all (half saves, half answers), then 10 s with everyone
 * writing again as soon as answered. Then it reads every document, audit log and
 * answer back and counts the acknowledged writes that are missing: a save whose revision has no audit line or
 * is not the stored draft, an answer with no audit line of its own or not the last
 * one stored for its part. The table shows, per database side by side, writes/s,
 * p50, p95, p99 and lost for saves and for answers, and whether each goal is met
 * (1,000 writes/s flat out; p99 under 50 ms at 1,000 writes/s; none lost), and the
 * CPU time each write cost the server, the clients and the whole machine (the database
 * and the clients run on it too, so all three share its cores).
 *
 * Options: --postgres (PostgreSQL only), --sqlite (SQLite only), --clients N
 * (authors, default 50), --volunteers N (default 100), --seconds N (default 10),
 * --profile DIR (write the server's CPU profile there).
 */
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {Agent, request as httpRequest, type OutgoingHttpHeaders} from 'node:http';
import {loadavg, tmpdir} from 'node:os';
import {join} from 'node:path';
import {parseArgs} from 'node:util';
import {z} from 'zod';
import {auditEntrySchema, documentDetailSchema, meSchema} from '../server/routes/schemas.js';
import {involvedPersonSchema, inviteReviewSchema, newRoundSchema} from '../server/routes/round-schemas.js';
import {startServerProcess, type ServerData} from '../server/test/server-process.js';
import {canonicalDocument} from '../server/model/content.js';
import {goalRate, printTable, type CpuPerWrite, type Run, type Summary} from './bench-server-table.js';
import type {DocumentFile} from '../src/document/document-file.js';

const {values} = parseArgs({
  options: {
    postgres: {type: 'boolean', default: false},
    sqlite: {type: 'boolean', default: false},
    clients: {type: 'string', default: '50'},
    volunteers: {type: 'string', default: '100'},
    seconds: {type: 'string', default: '10'},
    profile: {type: 'string'},
  },
});
const clients = Number(values.clients);
const volunteers = Number(values.volunteers);
const seconds = Number(values.seconds);
const password = 'bench password 123';
/**
 * Writing flat out before measuring. A server just started answers about half as many
 * writes a second for its first few seconds (V8 is still compiling the hot code, and
 * PostgreSQL filling its caches for the new schema); the measured phases are of a
 * server that has been running a while.
 */
const warmUpSeconds = 5;
/** Volunteers per review round. */
const perRound = 10;

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

/**
 * Keeps connections open between requests, as a browser does. node:http rather than
 * `fetch`: at a thousand requests a second on two shared cores, `fetch`'s streams and
 * objects cost this process about as much CPU as the server spends answering, and the
 * client must not be what limits the measurement.
 */
const agent = new Agent({keepAlive: true, maxSockets: Infinity});

async function call(base: string, session: Session | null, method: string, path: string, body?: unknown) {
  const payload = body === undefined ? undefined : isRaw(body) ? body.raw : JSON.stringify(body);
  const headers: OutgoingHttpHeaders = session ? {cookie: session.cookie, 'x-csrf-token': session.csrf} : {};
  if (payload !== undefined) {
    headers['content-type'] = 'application/json';
    headers['content-length'] = Buffer.byteLength(payload);
  }
  const {status, setCookie, text} = await new Promise<{status: number; setCookie: string; text: string}>((resolve, reject) => {
    const request = httpRequest(base + path, {method, headers, agent}, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({status: response.statusCode ?? 0, setCookie: response.headers['set-cookie']?.[0] ?? '', text: Buffer.concat(chunks).toString()})
      );
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(payload);
  });
  const json: unknown = status === 204 ? null : JSON.parse(text);
  return {status, setCookie, json};
}

function isRaw(body: unknown): body is RawJson {
  return typeof body === 'object' && body !== null && 'raw' in body && typeof body.raw === 'string';
}

function sessionFrom(response: {setCookie: string; json: unknown}): Session {
  return {cookie: response.setCookie.split(';')[0] ?? '', csrf: meSchema.parse(response.json).csrfToken};
}

/** The databases to run on, each with a label and how to get and drop its data. */
async function* databases(): AsyncGenerator<{data: ServerData; label: string; drop: () => Promise<void>}> {
  if (!values.postgres) {
    const dataDir = mkdtempSync(join(tmpdir(), 'er-bench-'));
    yield {data: {dataDir}, label: 'SQLite', drop: async () => rmSync(dataDir, {recursive: true, force: true})};
  }
  if (values.sqlite) return;
  const base = process.env['DATABASE_URL'] || process.env['TEST_DATABASE_URL'];
  if (!base) {
    if (values.postgres) throw new Error('--postgres needs DATABASE_URL or TEST_DATABASE_URL (see scripts/ensure-test-env.sh).');
    console.log('No DATABASE_URL or TEST_DATABASE_URL: PostgreSQL is left out (see scripts/ensure-test-env.sh).');
    return;
  }
  process.env['TEST_DATABASE_URL'] = base;
  const {createTestSchema} = await import('../server/test/storage.js');
  const schema = await createTestSchema();
  yield {data: {databaseUrl: schema.url}, label: 'PostgreSQL', drop: () => schema.drop()};
}

/** CPU time used so far, in milliseconds: by the server, by this process (the clients), and by the whole machine. */
interface CpuSoFar {
  readonly server: number | null;
  readonly client: number;
  readonly machine: number | null;
}

/**
 * Reads {@link CpuSoFar} (the server's and the machine's from /proc, so Linux only;
 * `null` elsewhere). Per write, it shows what a write costs each part even when other
 * work shares the machine; what the machine used beside the server and the clients is
 * mostly the database (PostgreSQL runs here too).
 */
function cpuSoFar(serverPid: number | undefined): CpuSoFar {
  const {user, system} = process.cpuUsage();
  return {server: serverCpu(serverPid), client: (user + system) / 1000, machine: machineCpu()};
}

/** /proc times are in 1/100 s. */
const tick = 10;

function serverCpu(pid: number | undefined): number | null {
  try {
    // Fields after the command's closing parenthesis; utime and stime are the 12th and 13th.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) * tick;
  } catch {
    return null;
  }
}

function machineCpu(): number | null {
  try {
    // "cpu  user nice system idle iowait irq softirq steal …": all but idle and iowait is busy.
    const [user, nice, system, , , irq, softirq, steal] = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').split(/\s+/).slice(1).map(Number);
    return [user, nice, system, irq, softirq, steal].reduce<number>((sum, v) => sum + (v ?? 0), 0) * tick;
  } catch {
    return null;
  }
}

/** CPU per write between two readings, in milliseconds. */
function cpuPerWrite(from: CpuSoFar, to: CpuSoFar, writes: number): CpuPerWrite {
  const per = (a: number | null, b: number | null) => (a === null || b === null ? null : (b - a) / writes);
  return {server: per(from.server, to.server), client: per(from.client, to.client), machine: per(from.machine, to.machine)};
}

/** A writer: one author or one volunteer, writing again and again. */
type Writer = (n: number) => Promise<boolean>;

/**
 * Every writer writes for `seconds`. With `rate` (writes per second for this group
 * of writers in all), writes are paced (sooner when behind); without, each writes
 * again as soon as answered. A write that fails stops its writer.
 */
async function phase(writers: readonly Writer[], rate: number | null, seconds: number): Promise<Run> {
  const latencies: number[] = [];
  let inWindow = 0;
  const interval = rate ? (writers.length / rate) * 1000 : 0;
  const started = performance.now();
  const stopAt = started + seconds * 1000;
  await Promise.all(
    writers.map(async (write, i) => {
      // Spread the paced writers' first writes over one interval.
      let due = started + (interval * i) / writers.length;
      for (let n = 0; ; n++) {
        if (interval) {
          due += interval;
          const wait = due - interval - performance.now();
          if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        }
        if (performance.now() >= stopAt) return;
        const t0 = performance.now();
        const ok = await write(n);
        const t1 = performance.now();
        latencies.push(t1 - t0);
        if (t1 < stopAt) inWindow++;
        if (!ok) return;
      }
    })
  );
  return {latencies: latencies.sort((a, b) => a - b), rate: inWindow / seconds};
}

async function bench(data: ServerData, label: string): Promise<Summary> {
  const nodeArgs = values.profile ? ['--cpu-prof', `--cpu-prof-dir=${values.profile}`] : [];
  const server = await startServerProcess({...data, nodeArgs});
  try {
    const base = server.url;
    const setup = await call(base, null, 'POST', '/api/setup', {email: 'bench@example.nhs.uk', name: 'Bench Admin', password});
    if (setup.status !== 201) throw new Error(`Setup failed: ${JSON.stringify(setup.json)}`);
    const admin = sessionFrom(setup);

    console.log(`${label}: preparing ${clients} authors, each with a document, and ${volunteers} volunteers…`);
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
    const personIds: string[] = [];
    for (let i = 0; i < volunteers; i++) {
      const person = {name: `Volunteer ${i}`, credit: 'first', consentToName: true, livedExperience: true, paid: i % 2 === 0};
      personIds.push(involvedPersonSchema.parse((await call(base, admin, 'POST', '/api/involvement/people', person)).json).id);
    }
    const due = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    const links: {token: string; personId: string; parts: string[]}[] = [];
    for (let r = 0; r * perRound < volunteers; r++) {
      const author = authors[r % authors.length];
      if (!author) break;
      const reviewerIds = personIds.slice(r * perRound, (r + 1) * perRound);
      const round = newRoundSchema.parse((await call(base, author.session, 'POST', `/api/documents/${author.doc}/rounds`, {reviewerIds, due})).json);
      const first = inviteReviewSchema.parse((await call(base, null, 'GET', `/api/invite/${round.invites[0]?.token}`)).json);
      for (const invite of round.invites) links.push({token: invite.token, personId: invite.reviewerId, parts: first.parts.map((p) => p.id)});
    }
    // Starting a round moved those drafts on: read each author's revision afresh.
    const revisions = new Map<string, number>();
    for (const {session, doc} of authors) {
      revisions.set(doc, documentDetailSchema.parse((await call(base, session, 'GET', `/api/documents/${doc}`)).json).revision);
    }

    const saved = new Map<string, {revision: number; stamp: string}>();
    /** The last acknowledged comment per link and part. */
    const answered = new Map<string, string>();
    /** How many answers were acknowledged per person and part. */
    const acknowledged = new Map<string, number>();
    let failures = 0;
    const savers: Writer[] = authors.map(({session, doc}, i) => async () => {
      const revision = saved.get(doc)?.revision ?? revisions.get(doc) ?? 1;
      const stamp = `${i}-${revision}`;
      const response = await call(base, session, 'PUT', `/api/documents/${doc}/draft`, saveBody(i, revision, stamp));
      if (response.status !== 200) {
        failures++;
        return false;
      }
      saved.set(doc, {revision: revision + 1, stamp});
      return true;
    });
    let answerCount = 0;
    const answerers: Writer[] = links.map(({token, personId, parts}, v) => async (n) => {
      const part = parts[n % parts.length] ?? '';
      const comment = `v${v} n${answerCount++}`;
      const response = await call(base, null, 'PUT', `/api/invite/${token}/answers/${part}`, {understood: 'yes', comment});
      if (response.status !== 200) {
        failures++;
        return false;
      }
      answered.set(`${token} ${part}`, comment);
      acknowledged.set(`${personId} ${part}`, (acknowledged.get(`${personId} ${part}`) ?? 0) + 1);
      return true;
    });
    const both = async (rate: number | null) => {
      const [saves, answers] = await Promise.all([phase(savers, rate && rate / 2, seconds), phase(answerers, rate && rate / 2, seconds)]);
      return {saves, answers};
    };

    console.log(`${label}: warming up for ${warmUpSeconds} s…`);
    await Promise.all([phase(savers, null, warmUpSeconds), phase(answerers, null, warmUpSeconds)]);
    console.log(`${label}: ${seconds} s at the goal rate of ${goalRate.toLocaleString('en-GB')} writes/s…`);
    const load = loadavg()[0] ?? 0;
    const cpuAtStart = cpuSoFar(server.child.pid);
    const paced = await both(goalRate);
    const cpuAfterPaced = cpuSoFar(server.child.pid);
    console.log(`${label}: ${seconds} s writing as fast as answered…`);
    const flatOut = await both(null);
    const writes = (pair: {saves: Run; answers: Run}) => pair.saves.latencies.length + pair.answers.latencies.length;
    const cpu = {
      paced: cpuPerWrite(cpuAtStart, cpuAfterPaced, writes(paced)),
      flatOut: cpuPerWrite(cpuAfterPaced, cpuSoFar(server.child.pid), writes(flatOut)),
    };

    console.log(`${label}: reading everything back…`);
    const lost = {saves: 0, answers: 0};
    /** Answers the audit log recorded, per person and part: one line for each answer saved. */
    const audited = new Map<string, number>();
    for (const {session, doc} of authors) {
      const expected = saved.get(doc);
      const stored = documentDetailSchema.parse((await call(base, session, 'GET', `/api/documents/${doc}`)).json);
      const savedRevisions = new Set<unknown>();
      for (let before: number | undefined; ; ) {
        const path = `/api/documents/${doc}/audit?limit=500${before ? `&before=${before}` : ''}`;
        const page = z.array(auditEntrySchema).parse((await call(base, session, 'GET', path)).json);
        for (const {action, detail} of page) {
          if (action === 'draft.saved') savedRevisions.add(detail['revision']);
          if (action !== 'answer.saved') continue;
          const key = `${String(detail['personId'])} ${String(detail['partId'])}`;
          audited.set(key, (audited.get(key) ?? 0) + 1);
        }
        if (page.length < 500) break;
        before = page[page.length - 1]?.id;
      }
      const first = revisions.get(doc) ?? 1;
      const last = expected?.revision ?? first;
      if (stored.revision !== last || (expected && !JSON.stringify(stored.content).includes(`Save ${expected.stamp}.`))) lost.saves++;
      for (let r = first + 1; r <= last; r++) if (!savedRevisions.has(r)) lost.saves++;
    }
    // An answer replaces the one before for its part, so the answers themselves show
    // only the last; the audit log, written in the same transaction, shows every one.
    for (const [key, count] of acknowledged) lost.answers += Math.max(0, count - (audited.get(key) ?? 0));
    for (const {token} of links) {
      const review = inviteReviewSchema.parse((await call(base, null, 'GET', `/api/invite/${token}`)).json);
      for (const part of review.parts) {
        const expected = answered.get(`${token} ${part.id}`);
        if (expected !== undefined && part.answer?.comment !== expected) lost.answers++;
      }
    }
    return {label, paced, flatOut, failures, lost, cpu, load};
  } finally {
    await server.stop();
  }
}

const summaries: Summary[] = [];
for await (const {data, label, drop} of databases()) {
  try {
    summaries.push(await bench(data, label));
  } finally {
    await drop();
  }
}

printTable({authors: clients, volunteers, seconds}, summaries);
if (summaries.some((s) => s.failures > 0 || s.lost.saves + s.lost.answers > 0)) process.exitCode = 1;
