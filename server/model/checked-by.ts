/**
 * The "Checked by" credit of a release, made only from approvals of that exact
 * version: verdicts of `approve` in its review rounds (not cancelled), excluding
 * verdicts carried over from a round on an earlier version. Each approver is named
 * as the involvement register says, and only with their consent: `full` by full
 * name, `first` by first name, `none` (or no consent, or removed from the register)
 * not at all.
 *
 * @module
 */
import type {Db} from '../db/schema.js';
import {longDate} from '../leaflet/leaflet.js';

/** The credit, as frozen into a release record. */
export interface CheckedByCredit {
  /** The whole line: "Checked by the Can you understand it? group on 12 November 2026: Ravi Patel and Sam." */
  readonly text: string;
  readonly groupName: string;
  /** The day of the last approval, `YYYY-MM-DD`. */
  readonly checkedOn: string;
  /** How many people approved this version. */
  readonly approvals: number;
  /** The names that may be shown, in the order they approved. */
  readonly names: readonly string[];
}

/**
 * The credit for `versionId`, or `null` when nobody approved that exact version
 * (then a leaflet must not say it was checked). `groupName` is the organisation's
 * checking group (see `server/leaflet/settings.ts`).
 */
export async function checkedByCredit(db: Db, versionId: string, groupName: string): Promise<CheckedByCredit | null> {
  const approvals = await db
    .selectFrom('review_verdicts')
    .innerJoin('review_rounds', 'review_rounds.id', 'review_verdicts.round_id')
    .innerJoin('involvement_people', 'involvement_people.id', 'review_verdicts.person_id')
    .select([
      'review_verdicts.updated_at',
      'involvement_people.name',
      'involvement_people.credit',
      'involvement_people.consent_to_name',
      'involvement_people.removed_at',
    ])
    .where('review_rounds.version_id', '=', versionId)
    .where('review_rounds.state', '!=', 'cancelled')
    .where('review_verdicts.verdict', '=', 'approve')
    .where('review_verdicts.carried', '=', 0)
    .orderBy('review_verdicts.updated_at')
    .orderBy('involvement_people.name')
    .execute();
  const last = approvals.at(-1);
  if (!last) return null;
  const names: string[] = [];
  for (const person of approvals) {
    const shown = person.consent_to_name === 1 && person.removed_at === null ? creditName(person.name, person.credit) : null;
    if (shown && !names.includes(shown)) names.push(shown);
  }
  const checkedOn = last.updated_at.slice(0, 10);
  const named = names.length > 0 ? `: ${joinNames(names)}` : '';
  return {text: `Checked by the ${groupName} group on ${longDate(checkedOn)}${named}.`, groupName, checkedOn, approvals: approvals.length, names};
}

function creditName(name: string, credit: string): string | null {
  const full = name.trim().replace(/\s+/g, ' ');
  if (!full || credit === 'none') return null;
  return credit === 'first' ? full.split(' ')[0]! : full;
}

function joinNames(names: readonly string[]): string {
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
