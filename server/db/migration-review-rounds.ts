/**
 * Migration `0003-review-rounds`: the "Can you understand it?" review. The
 * involvement register, review rounds on a version, each person's answers per part
 * and verdict, supporters' group sessions, and authors' responses to feedback
 * items. Plain SQL types that mean the same in SQLite and PostgreSQL.
 *
 * @module
 */
import {sql, type CreateTableBuilder, type Kysely} from 'kysely';

/** The columns answers and verdicts share: the comment, and where and when it was given. */
function withGivenBy<T extends CreateTableBuilder<string, never>>(table: T): T {
  return table
    .addColumn('comment', 'text', (c) => c.notNull())
    .addColumn('carried', 'integer', (c) => c.notNull())
    .addColumn('invite_id', 'text', (c) => c.references('invites.id'))
    .addColumn('session_id', 'text', (c) => c.references('group_sessions.id'))
    .addColumn('recorded_by', 'text', (c) => c.references('users.id'))
    .addColumn('first_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull()) as T;
}

/** Creates the tables of the review rounds and links review links to them. */
export async function reviewRounds(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('involvement_people')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('credit', 'text', (c) => c.notNull().check(sql`credit in ('full', 'first', 'none')`))
    .addColumn('consent_to_name', 'integer', (c) => c.notNull())
    .addColumn('consented_at', 'text')
    .addColumn('lived_experience', 'integer', (c) => c.notNull())
    .addColumn('paid', 'integer', (c) => c.notNull())
    .addColumn('supporter_id', 'text', (c) => c.references('users.id'))
    .addColumn('contact', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('removed_at', 'text')
    .execute();

  await db.schema
    .createTable('review_rounds')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
    .addColumn('version_id', 'text', (c) => c.notNull().references('versions.id'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('previous_round_id', 'text', (c) => c.references('review_rounds.id'))
    .addColumn('due', 'text', (c) => c.notNull())
    .addColumn('approvals_needed', 'integer', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull().check(sql`state in ('open', 'closed', 'cancelled')`))
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .addUniqueConstraint('review_rounds_number', ['document_id', 'number'])
    .execute();
  await db.schema.createIndex('review_rounds_version').on('review_rounds').column('version_id').execute();

  await db.schema.alterTable('invites').addColumn('round_id', 'text', (c) => c.references('review_rounds.id')).execute();
  await db.schema.alterTable('invites').addColumn('person_id', 'text', (c) => c.references('involvement_people.id')).execute();
  await db.schema.createIndex('invites_round').on('invites').column('round_id').execute();

  await db.schema
    .createTable('group_sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('round_id', 'text', (c) => c.notNull().references('review_rounds.id'))
    .addColumn('supporter_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('ended_at', 'text')
    .execute();
  await db.schema.createIndex('group_sessions_round').on('group_sessions').column('round_id').execute();

  await db.schema
    .createTable('group_session_members')
    .addColumn('session_id', 'text', (c) => c.notNull().references('group_sessions.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('involvement_people.id'))
    .addPrimaryKeyConstraint('group_session_members_pk', ['session_id', 'person_id'])
    .execute();

  await db.schema
    .createTable('review_answers')
    .addColumn('round_id', 'text', (c) => c.notNull().references('review_rounds.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('involvement_people.id'))
    .addColumn('part_id', 'text', (c) => c.notNull())
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('understood', 'text', (c) => c.notNull().check(sql`understood in ('yes', 'not-sure', 'no')`))
    .addColumn('hard_words', 'text', (c) => c.notNull())
    .addColumn('picture_helps', 'text', (c) => c.check(sql`picture_helps in ('yes', 'not-sure', 'no')`))
    .$call(withGivenBy)
    .addPrimaryKeyConstraint('review_answers_pk', ['round_id', 'person_id', 'part_id'])
    .execute();

  await db.schema
    .createTable('review_verdicts')
    .addColumn('round_id', 'text', (c) => c.notNull().references('review_rounds.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('involvement_people.id'))
    .addColumn('verdict', 'text', (c) => c.notNull().check(sql`verdict in ('approve', 'revise')`))
    .$call(withGivenBy)
    .addPrimaryKeyConstraint('review_verdicts_pk', ['round_id', 'person_id'])
    .execute();

  await db.schema
    .createTable('item_responses')
    .addColumn('round_id', 'text', (c) => c.notNull().references('review_rounds.id'))
    .addColumn('item_id', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull().check(sql`action in ('changed', 'not-changed')`))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('version_id', 'text', (c) => c.references('versions.id'))
    .addColumn('responded_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('responded_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('item_responses_pk', ['round_id', 'item_id'])
    .execute();
}
