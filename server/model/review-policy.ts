/**
 * The organisation's limits for a round's approval policy: how many approvals from
 * people with lived experience a round may ask for, at least and at most. Kept in
 * `app_state` under one key as JSON; without it, 1 to 10. A round asks for
 * `defaultApprovals` (2: "more than one reviewer's opinion") unless its editor
 * chooses another number within the limits.
 *
 * @module
 */
import type {Db} from '../db/schema.js';
import type {UserActor} from './actor.js';
import {appendAudit} from './audit.js';
import {ModelError} from './errors.js';
import {parseRecord} from './json.js';

/** The least and most approvals a round may need. */
export interface ReviewPolicyLimits {
  readonly minApprovals: number;
  readonly maxApprovals: number;
}

/** Approvals a round needs when its editor does not say. */
const defaultApprovals = 2;

/** The limits when an admin has set none. */
const defaultLimits: ReviewPolicyLimits = {minApprovals: 1, maxApprovals: 10};

/** No admin may allow more than this many. */
const approvalsCeiling = 50;

const key = 'review-policy';

/** The limits now in force. Anyone signed in may read them. */
export async function reviewPolicyLimits(db: Db): Promise<ReviewPolicyLimits> {
  const row = await db.selectFrom('app_state').select('value').where('key', '=', key).executeTakeFirst();
  if (!row) return defaultLimits;
  const record = parseRecord(row.value);
  const min = record['minApprovals'];
  const max = record['maxApprovals'];
  return typeof min === 'number' && typeof max === 'number' ? {minApprovals: min, maxApprovals: max} : defaultLimits;
}

/** Sets the limits. Admins only; `minApprovals` must be 1 or more and not above `maxApprovals`. Audited. */
export async function setReviewPolicyLimits(db: Db, actor: UserActor, limits: ReviewPolicyLimits, now: Date): Promise<ReviewPolicyLimits> {
  if (actor.role !== 'admin') throw new ModelError('forbidden', 'Only admins can change the review policy.');
  if (limits.minApprovals < 1 || limits.minApprovals > limits.maxApprovals || limits.maxApprovals > approvalsCeiling) {
    throw new ModelError('invalid', `The least must be 1 or more, and not more than the most (at most ${approvalsCeiling}).`);
  }
  const value = JSON.stringify(limits);
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('app_state')
      .values({key, value})
      .onConflict((oc) => oc.column('key').doUpdateSet({value}))
      .execute();
    await appendAudit(trx, actor, now, {action: 'review-policy.updated', detail: {...limits}});
  });
  return limits;
}

/** The approvals a new round needs: `asked`, or the default clamped to the limits. Throws `invalid` outside them. */
export function approvalsFor(asked: number | undefined, limits: ReviewPolicyLimits): number {
  if (asked === undefined) return Math.min(Math.max(defaultApprovals, limits.minApprovals), limits.maxApprovals);
  if (asked < limits.minApprovals || asked > limits.maxApprovals) {
    throw new ModelError(
      'invalid',
      `A round can need between ${limits.minApprovals} and ${limits.maxApprovals} approvals. Your organisation sets these limits.`
    );
  }
  return asked;
}
