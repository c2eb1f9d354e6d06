/**
 * Who is asking. Every model function that reads or changes data takes an `Actor`
 * and checks permissions itself, so no route can forget to.
 *
 * @module
 */
import type {Role} from '../db/schema.js';

/** A signed-in person. */
export interface UserActor {
  readonly kind: 'user';
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  /** Admins always are; authors when an admin says so. */
  readonly approver: boolean;
}

/** Someone holding a review link (usually a volunteer reviewer, with no account). */
export interface InviteActor {
  readonly kind: 'invite';
  readonly inviteId: string;
  /** Words for the audit log, such as "Review link for Ali". */
  readonly label: string;
}

/** The `easy-read admin` command line, run by whoever operates the server. */
export interface SystemActor {
  readonly kind: 'system';
  readonly label: string;
}

/** Anyone who can cause a change. */
export type Actor = UserActor | InviteActor | SystemActor;

/** Whether `actor` may release documents and override release checks. */
export function isApprover(actor: UserActor): boolean {
  return actor.role === 'admin' || (actor.role === 'author' && actor.approver);
}
