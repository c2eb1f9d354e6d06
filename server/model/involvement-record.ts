/**
 * The involvement record for one month, so the trust can pay people and thank
 * them: per person, the group sessions they were at, the reviews they did on their
 * own links, the hours, and whether they are paid.
 *
 * How the figures are worked out (times in UTC):
 * - sessions: group sessions that started in the month with the person as a member;
 * - reviews: rounds in which the person answered or gave a verdict on their own link,
 *   counted in the month of their first answer in that round;
 * - hours: each session's length (start to end; a session not yet ended counts no
 *   time) plus each review's span, from the first answer to the last change of an
 *   answer or the verdict (one quick answer counts no time), to two decimal places.
 *   Answers kept from an earlier round are not counted again.
 *
 * @module
 */
import type {Db} from '../db/schema.js';
import type {UserActor} from './actor.js';
import {requireRegisterKeeper} from './involvement.js';

/** One person's month. */
interface RecordRow {
  name: string;
  paid: boolean;
  sessions: number;
  reviews: number;
  ms: number;
}

/** The record for `month` (`YYYY-MM`) as CSV text. Admins and supporters. */
export async function involvementRecordCsv(db: Db, actor: UserActor, month: string): Promise<string> {
  requireRegisterKeeper(actor);
  const from = `${month}-01T00:00:00.000Z`;
  const [year, mon] = month.split('-').map(Number);
  const to = new Date(Date.UTC(year ?? 1970, mon ?? 1, 1)).toISOString();
  const people = new Map<string, RecordRow>();
  const row = (id: string, name: string, paid: number): RecordRow => {
    let found = people.get(id);
    if (!found) {
      found = {name, paid: paid === 1, sessions: 0, reviews: 0, ms: 0};
      people.set(id, found);
    }
    return found;
  };

  const sessions = await db
    .selectFrom('group_sessions as s')
    .innerJoin('group_session_members as m', 'm.session_id', 's.id')
    .innerJoin('involvement_people as p', 'p.id', 'm.person_id')
    .select(['p.id', 'p.name', 'p.paid', 's.started_at', 's.ended_at'])
    .where('s.started_at', '>=', from)
    .where('s.started_at', '<', to)
    .execute();
  for (const s of sessions) {
    const r = row(s.id, s.name, s.paid);
    r.sessions++;
    if (s.ended_at) r.ms += Date.parse(s.ended_at) - Date.parse(s.started_at);
  }

  // Every link activity: answers and verdicts given by the person themselves.
  const activity = await db
    .selectFrom('review_answers')
    .select(['person_id', 'round_id', 'first_at', 'updated_at'])
    .where('carried', '=', 0)
    .where('session_id', 'is', null)
    .unionAll(
      db
        .selectFrom('review_verdicts')
        .select(['person_id', 'round_id', 'first_at', 'updated_at'])
        .where('carried', '=', 0)
        .where('session_id', 'is', null)
    )
    .execute();
  const spans = new Map<string, {personId: string; first: string; last: string}>();
  for (const a of activity) {
    const key = `${a.person_id} ${a.round_id}`;
    const span = spans.get(key) ?? {personId: a.person_id, first: a.first_at, last: a.updated_at};
    if (a.first_at < span.first) span.first = a.first_at;
    if (a.updated_at > span.last) span.last = a.updated_at;
    spans.set(key, span);
  }
  const inMonth = [...spans.values()].filter((s) => s.first >= from && s.first < to);
  const ids = [...new Set(inMonth.map((s) => s.personId))];
  const names = ids.length
    ? await db.selectFrom('involvement_people').select(['id', 'name', 'paid']).where('id', 'in', ids).execute()
    : [];
  const byId = new Map(names.map((n) => [n.id, n]));
  for (const span of inMonth) {
    const person = byId.get(span.personId);
    if (!person) continue;
    const r = row(person.id, person.name, person.paid);
    r.reviews++;
    r.ms += Date.parse(span.last) - Date.parse(span.first);
  }

  const lines = [['person', 'sessions', 'reviews', 'hours', 'paid']];
  const rows = [...people.values()].sort((a, b) => a.name.localeCompare(b.name));
  for (const r of rows) {
    lines.push([r.name, String(r.sessions), String(r.reviews), (r.ms / 3_600_000).toFixed(2), r.paid ? 'paid' : 'voluntary']);
  }
  return lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break, quotes
 * doubled. A cell a spreadsheet would run as a formula (starting with = + - @, or a
 * tab or carriage return) gets a leading `'`, so it is shown as text (OWASP "CSV injection").
 */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
