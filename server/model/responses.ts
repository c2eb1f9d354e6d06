/**
 * Authors' responses to feedback items ("You said … / We did …"): "changed"
 * (optionally naming the version that made the change) or "not-changed" with a
 * reason. One response per item, replaced when given again. Editors of the document.
 *
 * @module
 */
import type {Db} from '../db/schema.js';
import type {UserActor} from './actor.js';
import {requireAccess} from './access.js';
import {appendAudit} from './audit.js';
import {ModelError} from './errors.js';
import {roundResults, type FeedbackItem} from './results.js';
import {loadRound} from './rounds.js';

/** What an author says about an item. */
export interface ResponseInput {
  readonly action: 'changed' | 'not-changed';
  /** Required for "not-changed": why it stays. */
  readonly reason?: string;
  /** The version that made the change, if there is one yet. */
  readonly versionId?: string;
}

/**
 * Records the response to item `itemId` of round `roundId`. Throws `not-found` for an
 * item the round does not have (or a version of another document), `invalid` for
 * "not-changed" without a reason. Allowed while the round is open and after. Audited.
 */
export async function respondToItem(
  db: Db,
  actor: UserActor,
  roundId: string,
  itemId: string,
  input: ResponseInput,
  now: Date
): Promise<FeedbackItem> {
  const {round, access} = await loadRound(db, actor, roundId);
  requireAccess(access, 'edit');
  const reason = input.reason?.trim() ?? '';
  if (input.action === 'not-changed' && !reason) {
    throw new ModelError('invalid', 'Say why it was not changed. The reviewers will read your reason.');
  }
  const results = await roundResults(db, round);
  const item = results.items.find((i) => i.id === itemId);
  if (!item) throw new ModelError('not-found', 'This round has no such feedback item.');
  if (input.versionId) {
    const version = await db
      .selectFrom('versions')
      .select('id')
      .where('id', '=', input.versionId)
      .where('document_id', '=', round.document_id)
      .executeTakeFirst();
    if (!version) throw new ModelError('not-found', 'This document has no such version.');
  }
  const values = {
    action: input.action,
    reason,
    version_id: input.versionId ?? null,
    responded_by: actor.id,
    responded_at: now.toISOString(),
  };
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('item_responses')
      .values({round_id: roundId, item_id: itemId, ...values})
      .onConflict((oc) => oc.columns(['round_id', 'item_id']).doUpdateSet(values))
      .execute();
    await appendAudit(trx, actor, now, {
      action: 'item.responded',
      documentId: round.document_id,
      versionId: round.version_id,
      detail: {roundId, itemId, kind: item.kind, action: input.action, reason, changedIn: input.versionId ?? null},
    });
  });
  return {...item, response: {action: input.action, reason, versionId: input.versionId ?? null}};
}
