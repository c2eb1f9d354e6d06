/**
 * The involvement register: the people who check documents ("Can you understand
 * it?"), most with no account. Admins and supporters keep it; authors may list it,
 * to choose reviewers. Removing someone hides them from the register and from new
 * rounds, but keeps what they said and the record of their time.
 *
 * @module
 */
import type {Credit, InvolvementPeopleTable} from '../db/review-schema.js';
import type {Db} from '../db/schema.js';
import type {UserActor} from './actor.js';
import {appendAudit} from './audit.js';
import {ModelError, type PersonRef} from './errors.js';
import {newId} from './tokens.js';

/** Someone in the register, as the API shows them. */
export interface InvolvedPerson {
  readonly id: string;
  readonly name: string;
  readonly credit: Credit;
  readonly consentToName: boolean;
  /** When they agreed to be named, or `null`. */
  readonly consentedAt: string | null;
  readonly livedExperience: boolean;
  readonly paid: boolean;
  readonly supporter: PersonRef | null;
  readonly contact: string;
  readonly createdAt: string;
}

/** What is given to add someone. */
export interface PersonInput {
  readonly name: string;
  readonly credit: Credit;
  readonly consentToName: boolean;
  readonly livedExperience: boolean;
  readonly paid: boolean;
  readonly supporterId?: string | null;
  readonly contact?: string;
}

/** Throws `forbidden` unless `actor` keeps the register (admins and supporters). */
export function requireRegisterKeeper(actor: UserActor): void {
  if (actor.role !== 'admin' && actor.role !== 'supporter') {
    throw new ModelError('forbidden', 'Only admins and supporters can change the involvement register.');
  }
}

/** Everyone in the register, by name. Admins, supporters and authors. */
export async function listPeople(db: Db, actor: UserActor): Promise<InvolvedPerson[]> {
  if (actor.role === 'reviewer') throw new ModelError('forbidden', 'Only staff can see the involvement register.');
  const rows = await personRows(db).where('involvement_people.removed_at', 'is', null).orderBy('involvement_people.name').execute();
  return rows.map(toPerson);
}

/** Adds someone. Admins and supporters. `supporterId` must be a supporter. Audited. */
export async function addPerson(db: Db, actor: UserActor, input: PersonInput, now: Date): Promise<InvolvedPerson> {
  requireRegisterKeeper(actor);
  await requireSupporterUser(db, input.supporterId ?? null);
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('involvement_people')
      .values({
        id,
        name: input.name,
        credit: input.credit,
        consent_to_name: input.consentToName ? 1 : 0,
        consented_at: input.consentToName ? now.toISOString() : null,
        lived_experience: input.livedExperience ? 1 : 0,
        paid: input.paid ? 1 : 0,
        supporter_id: input.supporterId ?? null,
        contact: input.contact ?? '',
        created_at: now.toISOString(),
        removed_at: null,
      })
      .execute();
    await appendAudit(trx, actor, now, {action: 'involvement.person-added', detail: {personId: id, ...auditable(input)}});
  });
  return getPerson(db, id);
}

/**
 * Changes someone. Admins and supporters. Giving consent records when; withdrawing
 * it clears that. Throws `not-found` for someone not (or no longer) in the register. Audited.
 */
export async function updatePerson(db: Db, actor: UserActor, id: string, input: Partial<PersonInput>, now: Date): Promise<InvolvedPerson> {
  requireRegisterKeeper(actor);
  const row = await requirePersonRow(db, id);
  if (input.supporterId !== undefined) await requireSupporterUser(db, input.supporterId);
  const consent = input.consentToName;
  const changes: Partial<InvolvementPeopleTable> = {
    ...(input.name !== undefined ? {name: input.name} : {}),
    ...(input.credit !== undefined ? {credit: input.credit} : {}),
    ...(consent !== undefined && consent !== (row.consent_to_name === 1)
      ? {consent_to_name: consent ? 1 : 0, consented_at: consent ? now.toISOString() : null}
      : {}),
    ...(input.livedExperience !== undefined ? {lived_experience: input.livedExperience ? 1 : 0} : {}),
    ...(input.paid !== undefined ? {paid: input.paid ? 1 : 0} : {}),
    ...(input.supporterId !== undefined ? {supporter_id: input.supporterId} : {}),
    ...(input.contact !== undefined ? {contact: input.contact} : {}),
  };
  await db.transaction().execute(async (trx) => {
    if (Object.keys(changes).length > 0) await trx.updateTable('involvement_people').set(changes).where('id', '=', id).execute();
    await appendAudit(trx, actor, now, {action: 'involvement.person-updated', detail: {personId: id, ...auditable(input)}});
  });
  return getPerson(db, id);
}

/** Takes someone off the register (their answers stay). Admins and supporters. Audited. */
export async function removePerson(db: Db, actor: UserActor, id: string, now: Date): Promise<void> {
  requireRegisterKeeper(actor);
  await requirePersonRow(db, id);
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('involvement_people').set({removed_at: now.toISOString()}).where('id', '=', id).execute();
    await appendAudit(trx, actor, now, {action: 'involvement.person-removed', detail: {personId: id}});
  });
}

/** Someone in the register (removed or not). Throws `not-found`. */
async function getPerson(db: Db, id: string): Promise<InvolvedPerson> {
  const row = await personRows(db).where('involvement_people.id', '=', id).executeTakeFirst();
  if (!row) throw noSuchPerson();
  return toPerson(row);
}

/** The stored row of someone still in the register. Throws `not-found`. */
async function requirePersonRow(db: Db, id: string): Promise<InvolvementPeopleTable> {
  const row = await db
    .selectFrom('involvement_people')
    .selectAll()
    .where('id', '=', id)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
  if (!row) throw noSuchPerson();
  return row;
}

/** The error for someone not in the register. */
function noSuchPerson(): ModelError {
  return new ModelError('not-found', 'There is no such person in the involvement register.');
}

async function requireSupporterUser(db: Db, id: string | null): Promise<void> {
  if (id === null) return;
  const user = await db.selectFrom('users').select(['role', 'disabled']).where('id', '=', id).executeTakeFirst();
  if (!user || user.role !== 'supporter' || user.disabled === 1) {
    throw new ModelError('invalid', 'The supporter must be someone in the studio with the supporter role.');
  }
}

// The log keeps what changed but not how to contact them.
function auditable(input: Partial<PersonInput>): Record<string, unknown> {
  const {contact, ...rest} = input;
  return {...rest, ...(contact !== undefined ? {contactChanged: true} : {})};
}

function personRows(db: Db) {
  return db
    .selectFrom('involvement_people')
    .leftJoin('users', 'users.id', 'involvement_people.supporter_id')
    .selectAll('involvement_people')
    .select(['users.name as supporter_name']);
}

function toPerson(row: InvolvementPeopleTable & {supporter_name: string | null}): InvolvedPerson {
  return {
    id: row.id,
    name: row.name,
    credit: row.credit,
    consentToName: row.consent_to_name === 1,
    consentedAt: row.consented_at,
    livedExperience: row.lived_experience === 1,
    paid: row.paid === 1,
    supporter: row.supporter_id ? {id: row.supporter_id, name: row.supporter_name ?? ''} : null,
    contact: row.contact,
    createdAt: row.created_at,
  };
}
