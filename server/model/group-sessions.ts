/**
 * Group sessions: a supporter meets some members of the register, reads a round's
 * document with them and records each member's answers and verdict, attributed to
 * the member and marked "supported by" the supporter. Members may also answer on
 * their own links at the same meeting; the session shows who has answered each
 * part either way. Its start and end are kept for the involvement record.
 *
 * Who: signed-in supporters, for the people they support and for people in the
 * register with no supporter (so someone new can join a group), never for someone
 * another supporter helps. Only the supporter who started a session records in it.
 *
 * @module
 */
import type {GroupSessionsTable, ReviewRoundsTable} from '../db/review-schema.js';
import type {Db, Verdict} from '../db/schema.js';
import type {UserActor} from './actor.js';
import {writeAnswer, writeVerdict, type Answer, type AnswerInput, type VerdictView} from './answers.js';
import {appendAudit} from './audit.js';
import {ModelError, type PersonRef} from './errors.js';
import {versionParts} from './round-parts.js';
import {noSuchRound, roundFinished} from './rounds.js';
import {newId} from './tokens.js';

/** Who has answered a part, and how. */
export interface PartAnswered {
  readonly personId: string;
  /** `session`: recorded by a supporter; `link`: the person used their own link. */
  readonly via: 'session' | 'link';
}

/** A session, with each part and who of its members has answered it. */
export interface GroupSessionView {
  readonly id: string;
  readonly roundId: string;
  readonly supporter: PersonRef;
  readonly startedAt: string;
  readonly endedAt: string | null;
  readonly members: PersonRef[];
  readonly parts: {
    readonly id: string;
    readonly kind: string;
    readonly text: string;
    readonly picture: {readonly src: string; readonly alt: string} | null;
    readonly answered: PartAnswered[];
  }[];
  readonly verdicts: {readonly personId: string; readonly verdict: Verdict}[];
}

/** An open round a supporter can run a session on. */
export interface SupportedRound {
  readonly id: string;
  readonly title: string;
  readonly number: number;
  readonly due: string;
  /** The people asked in it whom the supporter supports. */
  readonly people: PersonRef[];
}

/**
 * The open rounds that ask someone the actor supports, soonest due first.
 * Supporters only; they see no other rounds.
 */
export async function listSupportedRounds(db: Db, actor: UserActor): Promise<SupportedRound[]> {
  requireSupporter(actor);
  const rows = await db
    .selectFrom('review_rounds as r')
    .innerJoin('invites as i', 'i.round_id', 'r.id')
    .innerJoin('involvement_people as p', 'p.id', 'i.person_id')
    .innerJoin('versions as v', 'v.id', 'r.version_id')
    .select(['r.id', 'r.number', 'r.due', 'v.title', 'p.id as person_id', 'p.name as person_name'])
    .where('r.state', '=', 'open')
    .where('p.supporter_id', '=', actor.id)
    .orderBy('r.due')
    .orderBy('r.id')
    .orderBy('p.name')
    .execute();
  const rounds = new Map<string, SupportedRound>();
  for (const row of rows) {
    const round = rounds.get(row.id) ?? {id: row.id, title: row.title, number: row.number, due: row.due, people: []};
    round.people.push({id: row.person_id, name: row.person_name});
    rounds.set(row.id, round);
  }
  return [...rounds.values()];
}

/** Starts a session on an open round with `memberIds`. Supporters only (see the module doc). Audited. */
export async function startSession(db: Db, actor: UserActor, roundId: string, memberIds: readonly string[], now: Date): Promise<GroupSessionView> {
  requireSupporter(actor);
  const round = await openRoundFor(db, roundId);
  if (new Set(memberIds).size !== memberIds.length) throw new ModelError('invalid', 'Each member can only be listed once.');
  const members = await db
    .selectFrom('involvement_people')
    .select(['id', 'supporter_id'])
    .where('id', 'in', [...memberIds])
    .where('removed_at', 'is', null)
    .execute();
  if (members.length !== memberIds.length) throw new ModelError('invalid', 'Every member must be someone in the involvement register.');
  if (members.some((m) => m.supporter_id !== null && m.supporter_id !== actor.id)) {
    throw new ModelError('forbidden', 'You can only record for people you support, or people with no supporter.');
  }
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('group_sessions')
      .values({id, round_id: roundId, supporter_id: actor.id, started_at: now.toISOString(), ended_at: null})
      .execute();
    for (const personId of memberIds) await trx.insertInto('group_session_members').values({session_id: id, person_id: personId}).execute();
    await appendAudit(trx, actor, now, {
      action: 'group-session.started',
      documentId: round.document_id,
      versionId: round.version_id,
      detail: {roundId, sessionId: id, memberIds: [...memberIds]},
    });
  });
  return getSession(db, actor, roundId, id);
}

/** A session of the actor's, with who has answered what. Throws `not-found` for anyone else's. */
export async function getSession(db: Db, actor: UserActor, roundId: string, sessionId: string): Promise<GroupSessionView> {
  const {session, round} = await ownSession(db, actor, roundId, sessionId);
  const members = await db
    .selectFrom('group_session_members as m')
    .innerJoin('involvement_people as p', 'p.id', 'm.person_id')
    .select(['p.id', 'p.name'])
    .where('m.session_id', '=', sessionId)
    .orderBy('p.name')
    .execute();
  const memberIds = members.map((m) => m.id);
  const answers = await db
    .selectFrom('review_answers')
    .select(['person_id', 'part_id', 'session_id', 'invite_id', 'carried'])
    .where('round_id', '=', roundId)
    .where('person_id', 'in', memberIds)
    .execute();
  const verdicts = await db
    .selectFrom('review_verdicts')
    .select(['person_id', 'verdict'])
    .where('round_id', '=', roundId)
    .where('person_id', 'in', memberIds)
    .execute();
  const supporter = await db.selectFrom('users').select(['id', 'name']).where('id', '=', session.supporter_id).executeTakeFirstOrThrow();
  const parts = await versionParts(db, round.version_id);
  return {
    id: session.id,
    roundId,
    supporter,
    startedAt: session.started_at,
    endedAt: session.ended_at,
    members,
    parts: parts.map((part) => ({
      id: part.id,
      kind: part.kind,
      text: part.text,
      picture: part.picture,
      answered: answers
        .filter((a) => a.part_id === part.id && a.carried === 0)
        .map((a) => ({personId: a.person_id, via: a.session_id ? ('session' as const) : ('link' as const)})),
    })),
    verdicts: verdicts.map((v) => ({personId: v.person_id, verdict: v.verdict})),
  };
}

/** Records a member's answer about one part (same rules as an answer on a link). Audited. */
export async function answerInSession(
  db: Db,
  actor: UserActor,
  ids: {roundId: string; sessionId: string; personId: string; partId: string},
  input: AnswerInput,
  now: Date
): Promise<Answer> {
  const {round} = await liveSession(db, actor, ids.roundId, ids.sessionId, ids.personId);
  const source = {inviteId: null, sessionId: ids.sessionId, recordedBy: actor.id};
  return writeAnswer(db, actor, {round, personId: ids.personId, partId: ids.partId, source}, input, now);
}

/** Records a member's verdict. Audited. */
export async function verdictInSession(
  db: Db,
  actor: UserActor,
  ids: {roundId: string; sessionId: string; personId: string},
  input: {verdict: Verdict; comment?: string},
  now: Date
): Promise<VerdictView> {
  const {round} = await liveSession(db, actor, ids.roundId, ids.sessionId, ids.personId);
  return writeVerdict(db, actor, {round, personId: ids.personId, source: {inviteId: null, sessionId: ids.sessionId, recordedBy: actor.id}}, input, now);
}

/** Ends a session, keeping its length for the involvement record. Ending twice is refused. Audited. */
export async function endSession(db: Db, actor: UserActor, roundId: string, sessionId: string, now: Date): Promise<GroupSessionView> {
  const {round} = await ownSession(db, actor, roundId, sessionId);
  await db.transaction().execute(async (trx) => {
    const done = await trx
      .updateTable('group_sessions')
      .set({ended_at: now.toISOString()})
      .where('id', '=', sessionId)
      .where('ended_at', 'is', null)
      .executeTakeFirst();
    if (Number(done.numUpdatedRows) === 0) throw sessionEnded();
    await appendAudit(trx, actor, now, {
      action: 'group-session.ended',
      documentId: round.document_id,
      versionId: round.version_id,
      detail: {roundId, sessionId},
    });
  });
  return getSession(db, actor, roundId, sessionId);
}

async function liveSession(db: Db, actor: UserActor, roundId: string, sessionId: string, personId: string) {
  const found = await ownSession(db, actor, roundId, sessionId);
  if (found.session.ended_at !== null) throw sessionEnded();
  const member = await db
    .selectFrom('group_session_members')
    .select('person_id')
    .where('session_id', '=', sessionId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
  if (!member) throw new ModelError('not-found', 'That person is not in this session.');
  return found;
}

async function ownSession(db: Db, actor: UserActor, roundId: string, sessionId: string): Promise<{session: GroupSessionsTable; round: ReviewRoundsTable}> {
  requireSupporter(actor);
  const session = await db
    .selectFrom('group_sessions')
    .selectAll()
    .where('id', '=', sessionId)
    .where('round_id', '=', roundId)
    .where('supporter_id', '=', actor.id)
    .executeTakeFirst();
  if (!session) throw new ModelError('not-found', 'There is no such session of yours.');
  const round = await db.selectFrom('review_rounds').selectAll().where('id', '=', roundId).executeTakeFirstOrThrow();
  return {session, round};
}

async function openRoundFor(db: Db, roundId: string): Promise<ReviewRoundsTable> {
  const round = await db.selectFrom('review_rounds').selectAll().where('id', '=', roundId).executeTakeFirst();
  if (!round) throw noSuchRound();
  if (round.state !== 'open') throw roundFinished();
  return round;
}

function requireSupporter(actor: UserActor): void {
  if (actor.role !== 'supporter') throw new ModelError('forbidden', 'Only supporters run group sessions.');
}

function sessionEnded(): ModelError {
  return new ModelError('conflict', 'This session has ended. Start a new one to record more.');
}
