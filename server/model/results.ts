/**
 * What a round found: per part, how many understood it, the words marked hard and
 * how the picture did; the verdicts; whether the round's policy is met; and the
 * feedback items the author must respond to. Items come from the answers given in
 * this round (kept answers were responded to in the round they were given in):
 *
 * - a part some did not understand: one `not-understood` item; some not sure: one `not-sure` item;
 * - each hard word of a part (the same word, any case, is one item);
 * - a picture that did not help, or that some were not sure of: one `picture` item;
 * - each comment, on a part or with a verdict: one `comment` item.
 *
 * An item's id is a hash of the round, part, kind and word (or commenter), so it
 * stays the same while the item exists and responses stay attached to it.
 *
 * @module
 */
import type {ReviewRoundsTable, Understood} from '../db/review-schema.js';
import type {Db} from '../db/schema.js';
import type {UserActor} from './actor.js';
import {readHardWords} from './answers.js';
import {versionParts} from './round-parts.js';
import {loadRound, roundReviewers} from './rounds.js';
import {hashToken} from './tokens.js';

/** What kind of feedback an item is. */
export type ItemKind = 'not-understood' | 'not-sure' | 'hard-word' | 'picture' | 'comment';

/** Counts of yes, not sure and no. */
export interface Tally {
  yes: number;
  notSure: number;
  no: number;
}

/** An author's response to an item. */
export interface ItemResponse {
  readonly action: 'changed' | 'not-changed';
  readonly reason: string;
  readonly versionId: string | null;
}

/** One piece of feedback to respond to. `partId` is `null` for a comment on the whole document. */
export interface FeedbackItem {
  readonly id: string;
  readonly partId: string | null;
  readonly kind: ItemKind;
  readonly text: string;
  readonly response: ItemResponse | null;
}

/** A part's tallies. */
export interface PartResult {
  readonly id: string;
  readonly text: string;
  readonly understood: Tally;
  readonly hardWords: {word: string; count: number}[];
  readonly pictureHelps: Tally;
}

/** A round's results. */
export interface RoundResults {
  readonly roundId: string;
  readonly documentId: string;
  readonly versionId: string;
  readonly number: number;
  readonly state: ReviewRoundsTable['state'];
  /** `approvals` counts only people with lived experience who approve. */
  readonly policy: {approvalsNeeded: number; approvals: number; met: boolean};
  readonly verdicts: {approve: number; revise: number; pending: number};
  readonly parts: PartResult[];
  readonly items: FeedbackItem[];
}

/** A round's results. Anyone who may read its document. */
export async function getResults(db: Db, actor: UserActor, roundId: string): Promise<RoundResults> {
  const {round} = await loadRound(db, actor, roundId);
  return roundResults(db, round);
}

/** A round's results, with no permission check (the caller has made one). */
export async function roundResults(db: Db, round: ReviewRoundsTable): Promise<RoundResults> {
  const parts = await versionParts(db, round.version_id);
  const answers = await db.selectFrom('review_answers').selectAll().where('round_id', '=', round.id).execute();
  const verdicts = await db
    .selectFrom('review_verdicts')
    .innerJoin('involvement_people as p', 'p.id', 'review_verdicts.person_id')
    .select(['review_verdicts.person_id', 'review_verdicts.verdict', 'review_verdicts.comment', 'review_verdicts.carried', 'p.lived_experience'])
    .where('review_verdicts.round_id', '=', round.id)
    .execute();
  const responses = await db.selectFrom('item_responses').selectAll().where('round_id', '=', round.id).execute();
  const responseOf = new Map(responses.map((r) => [r.item_id, {action: r.action, reason: r.reason, versionId: r.version_id}]));
  const reviewers = await roundReviewers(db, round.id);

  const results: PartResult[] = [];
  const items: FeedbackItem[] = [];
  const item = (partId: string | null, kind: ItemKind, key: string, text: string) => {
    const id = hashToken(`${round.id}\u0000${partId ?? ''}\u0000${kind}\u0000${key}`).slice(0, 24);
    items.push({id, partId, kind, text, response: responseOf.get(id) ?? null});
  };
  for (const part of parts) {
    const mine = answers.filter((a) => a.part_id === part.id && a.fingerprint === part.fingerprint);
    const fresh = mine.filter((a) => a.carried === 0);
    const understood = tally(mine.map((a) => a.understood));
    const pictureHelps = tally(mine.flatMap((a) => (a.picture_helps ? [a.picture_helps] : [])));
    const words = new Map<string, {word: string; count: number; freshCount: number; meanings: string[]}>();
    for (const answer of mine) {
      // One person marking a word twice in a part counts once.
      const seen = new Set<string>();
      for (const hard of readHardWords(answer.hard_words)) {
        const key = hard.word.toLowerCase();
        if (seen.has(key)) continue;
        seen.add(key);
        const entry = words.get(key) ?? {word: hard.word, count: 0, freshCount: 0, meanings: []};
        entry.count++;
        if (answer.carried === 0) entry.freshCount++;
        if (answer.carried === 0 && hard.meaning?.trim()) entry.meanings.push(hard.meaning.trim());
        words.set(key, entry);
      }
    }
    results.push({id: part.id, text: part.text, understood, hardWords: [...words.values()].map(({word, count}) => ({word, count})), pictureHelps});

    const quote = quoted(part.text);
    const freshUnderstood = tally(fresh.map((a) => a.understood));
    if (freshUnderstood.no > 0) item(part.id, 'not-understood', '', `${people(freshUnderstood.no)} did not understand ${quote}.`);
    if (freshUnderstood.notSure > 0) item(part.id, 'not-sure', '', `${people(freshUnderstood.notSure)} ${freshUnderstood.notSure === 1 ? 'was' : 'were'} not sure about ${quote}.`);
    for (const [key, entry] of words) {
      if (entry.freshCount === 0) continue;
      const meanings = entry.meanings.length > 0 ? ` They thought it means: ${entry.meanings.join('; ')}.` : '';
      item(part.id, 'hard-word', key, `"${entry.word}" is a hard word for ${people(entry.freshCount)}.${meanings}`);
    }
    const freshPicture = tally(fresh.flatMap((a) => (a.picture_helps ? [a.picture_helps] : [])));
    if (freshPicture.no + freshPicture.notSure > 0) {
      item(part.id, 'picture', '', `The picture did not help ${people(freshPicture.no + freshPicture.notSure)} with ${quote}.`);
    }
    for (const answer of fresh) if (answer.comment.trim()) item(part.id, 'comment', answer.person_id, answer.comment.trim());
  }
  for (const verdict of verdicts) {
    if (verdict.carried === 0 && verdict.comment.trim()) item(null, 'comment', `verdict:${verdict.person_id}`, verdict.comment.trim());
  }

  const approvals = verdicts.filter((v) => v.verdict === 'approve' && v.lived_experience === 1).length;
  const given = new Set(verdicts.map((v) => v.person_id));
  return {
    roundId: round.id,
    documentId: round.document_id,
    versionId: round.version_id,
    number: round.number,
    state: round.state,
    policy: {approvalsNeeded: round.approvals_needed, approvals, met: round.state !== 'cancelled' && approvals >= round.approvals_needed},
    verdicts: {
      approve: verdicts.filter((v) => v.verdict === 'approve').length,
      revise: verdicts.filter((v) => v.verdict === 'revise').length,
      pending: reviewers.filter((r) => !given.has(r.id)).length,
    },
    parts: results,
    items,
  };
}

function tally(values: readonly Understood[]): Tally {
  return {
    yes: values.filter((v) => v === 'yes').length,
    notSure: values.filter((v) => v === 'not-sure').length,
    no: values.filter((v) => v === 'no').length,
  };
}

function people(n: number): string {
  return n === 1 ? '1 person' : `${n} people`;
}

function quoted(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return `"${line.length > 80 ? `${line.slice(0, 77)}…` : line}"`;
}
