/**
 * "Words our checkers found hard": every word reviewers marked hard, across documents
 * and rounds, with how many people marked it and in which documents — the list the
 * check engine flags in new drafts ("3 checkers found this word hard"), with the plain
 * word to use instead where one was chosen. Counted from the answers themselves (each
 * person once per word; answers carried over unchanged from an earlier round are not
 * counted again), so it is never out of step with them. Admins choose the plain word,
 * and take words off the list (they stay off until an admin puts them back).
 *
 * @module
 */
import type {Db} from '../db/schema.js';
import type {UserActor} from './actor.js';
import {appendAudit} from './audit.js';
import {ModelError} from './errors.js';
import {readHardWords} from './answers.js';

/** One word on the list. */
export interface CheckerWord {
  /** The word as the checkers saw it, lower case. */
  readonly word: string;
  /** How many different people marked it hard. */
  readonly count: number;
  /** The documents it was marked in. */
  readonly documents: {id: string; title: string}[];
  /** The plain word or words to use instead, or `''`. */
  readonly instead: string;
  /** Whether an admin took it off the list (only admins see these). */
  readonly removed: boolean;
}

/** The longest word or phrase kept; longer marks are not single words. */
const maxWordLength = 60;

/** How a word is keyed: trimmed, lower case, inner spaces folded. */
export function checkerWordKey(word: string): string {
  return word.trim().toLowerCase().replace(/\s+/g, ' ');
}

/**
 * The list, most-marked first. Staff only (admins, authors, supporters); removed words
 * only for admins.
 */
export async function listCheckerWords(db: Db, actor: UserActor): Promise<CheckerWord[]> {
  if (actor.role === 'reviewer') throw new ModelError('forbidden', 'Only staff can see the words checkers found hard.');
  const rows = await db
    .selectFrom('review_answers')
    .innerJoin('review_rounds', 'review_rounds.id', 'review_answers.round_id')
    .innerJoin('documents', 'documents.id', 'review_rounds.document_id')
    .select(['review_answers.person_id', 'review_answers.hard_words', 'documents.id as document_id', 'documents.title'])
    .where('review_answers.carried', '=', 0)
    .where('review_answers.hard_words', '!=', '[]')
    .execute();
  const tally = new Map<string, {people: Set<string>; documents: Map<string, string>}>();
  for (const row of rows) {
    for (const mark of readHardWords(row.hard_words)) {
      const word = checkerWordKey(mark.word);
      if (!word || word.length > maxWordLength) continue;
      const entry = tally.get(word) ?? {people: new Set(), documents: new Map()};
      entry.people.add(row.person_id);
      entry.documents.set(row.document_id, row.title);
      tally.set(word, entry);
    }
  }
  const edits = new Map((await db.selectFrom('checker_words').selectAll().execute()).map((e) => [e.word, e]));
  return [...tally]
    .map(([word, entry]) => ({
      word,
      count: entry.people.size,
      documents: [...entry.documents].map(([id, title]) => ({id, title})),
      instead: edits.get(word)?.instead ?? '',
      removed: edits.get(word)?.removed === 1,
    }))
    .filter((entry) => actor.role === 'admin' || !entry.removed)
    .sort((a, b) => b.count - a.count || a.word.localeCompare(b.word));
}

/** What an admin changes about a word: the plain word to use instead, or whether it is on the list. */
export interface CheckerWordChange {
  readonly instead?: string;
  readonly removed?: boolean;
}

/** Changes one word (admins). Throws `not-found` for a word no checker marked. Audited. */
export async function changeCheckerWord(
  db: Db,
  actor: UserActor,
  rawWord: string,
  change: CheckerWordChange,
  now: Date
): Promise<CheckerWord> {
  if (actor.role !== 'admin') throw new ModelError('forbidden', 'Only admins can change the words checkers found hard.');
  const word = checkerWordKey(rawWord);
  const current = (await listCheckerWords(db, actor)).find((entry) => entry.word === word);
  if (!current) throw new ModelError('not-found', `No checker marked "${word}" as hard.`);
  const next = {instead: (change.instead ?? current.instead).trim(), removed: change.removed ?? current.removed};
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('checker_words')
      .values({word, instead: next.instead, removed: next.removed ? 1 : 0, updated_by: actor.id, updated_at: now.toISOString()})
      .onConflict((oc) =>
        oc.column('word').doUpdateSet({instead: next.instead, removed: next.removed ? 1 : 0, updated_by: actor.id, updated_at: now.toISOString()})
      )
      .execute();
    await appendAudit(trx, actor, now, {action: 'checker-words.changed', detail: {word, ...next}});
  });
  return {...current, ...next};
}
