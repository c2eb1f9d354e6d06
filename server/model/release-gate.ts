/**
 * The release gate: what must hold, on the exact version to release, before it may
 * go out. Each missing condition is one plain sentence:
 *
 * 1. a review round was held on that version (the latest one not cancelled counts);
 * 2. its policy is met: at least `approvalsNeeded` people with lived experience
 *    approve (an approval from the round before counts only when nothing changed
 *    between the versions, see `rounds.ts`);
 * 3. every feedback item of that round has the author's response;
 * 4. the server's own run of the checks finds no errors, except those the document
 *    ignores with a reason (the client's check summary is never trusted).
 *
 * @module
 */
import type {Db} from '../db/schema.js';
import {roundResults} from './results.js';
import {checkContent} from './version-checks.js';

/** What stops version `versionId` being released, in plain words; empty when it may go. `today` is `YYYY-MM-DD`. */
export async function releaseGate(db: Db, versionId: string, today: string): Promise<string[]> {
  const version = await db.selectFrom('versions').select(['number', 'content']).where('id', '=', versionId).executeTakeFirstOrThrow();
  const missing: string[] = [];
  const round = await db
    .selectFrom('review_rounds')
    .selectAll()
    .where('version_id', '=', versionId)
    .where('state', '!=', 'cancelled')
    .orderBy('number', 'desc')
    .executeTakeFirst();
  if (!round) {
    missing.push(`No review round was held on version ${version.number}. Start one so people can check it.`);
  } else {
    const results = await roundResults(db, round);
    const {approvals, approvalsNeeded, met} = results.policy;
    if (!met) {
      missing.push(
        `${approvalsNeeded} ${approvalsNeeded === 1 ? 'approval is' : 'approvals are'} needed from reviewers with lived experience, and there ${approvals === 1 ? 'is' : 'are'} ${approvals}.`
      );
    }
    const open = results.items.filter((item) => item.response === null).length;
    if (open > 0) missing.push(`${open} ${open === 1 ? 'piece' : 'pieces'} of feedback ${open === 1 ? 'has' : 'have'} no response yet.`);
  }
  const errors = checkContent(version.content, today).errors;
  if (errors.length > 0) {
    const rules = [...new Set(errors.map((e) => e.rule))].join(', ');
    missing.push(`The checks found ${errors.length} ${errors.length === 1 ? 'error' : 'errors'} (${rules}). Fix ${errors.length === 1 ? 'it' : 'them'} or ignore ${errors.length === 1 ? 'it' : 'them'} with a reason.`);
  }
  return missing;
}
