/**
 * Migration `0005-checker-words`: the organisation's own changes to the list of words
 * its checkers found hard. The counts themselves come from the review answers; this
 * table only holds the plain word chosen instead and entries an admin took off.
 *
 * @module
 */
import type {Kysely} from 'kysely';

/** Creates `checker_words`. */
export async function checkerWordsMigration(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('checker_words')
    .addColumn('word', 'text', (c) => c.primaryKey())
    .addColumn('instead', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('removed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}
