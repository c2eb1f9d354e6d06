/**
 * The API's request and response types, inferred from the schemas that validate
 * requests and generate `/api/openapi.json`. Import these with `import type` (as
 * `src/app/api-client.ts` does), so no server code reaches the browser bundle.
 *
 * @module
 */
import type {z} from 'zod';
import type {
  auditEntrySchema,
  checkSummarySchema,
  conflictSchema,
  documentDetailSchema,
  documentFileSchema,
  documentSummarySchema,
  feedbackSchema,
  inviteRequestSchema,
  inviteSchema,
  meSchema,
  newInviteSchema,
  personRefSchema,
  reviewSchema,
  roleSchema,
  statusSchema,
  supportedReviewSchema,
  userSchema,
  verdictSchema,
  versionDetailSchema,
  versionSummarySchema,
} from './routes/schemas.js';

/** A person in brief. */
export type PersonRef = z.output<typeof personRefSchema>;
/** One of the four roles. */
export type Role = z.output<typeof roleSchema>;
/** Where a document is in its life. */
export type DocumentStatus = z.output<typeof statusSchema>;
/** A reviewer's answer. */
export type Verdict = z.output<typeof verdictSchema>;
/** A person, as admins see them. */
export type User = z.output<typeof userSchema>;
/** Who is signed in, with the CSRF token. */
export type Me = z.output<typeof meSchema>;
/** A document file, as the server sends it. */
export type ServerDocumentFile = z.output<typeof documentFileSchema>;
/** A document in a list. */
export type DocumentSummary = z.output<typeof documentSummarySchema>;
/** A document with its draft. */
export type DocumentDetail = z.output<typeof documentDetailSchema>;
/** The body of a 409 answer to a stale save. */
export type RevisionConflict = z.output<typeof conflictSchema>;
/** The draft as stored now, sent with a 409. */
export type CurrentDraft = RevisionConflict['current'];
/** The checks' summary taken with a version. */
export type CheckSummary = z.input<typeof checkSummarySchema>;
/** A version in a list. */
export type VersionSummary = z.output<typeof versionSummarySchema>;
/** A version with its content. */
export type VersionDetail = z.output<typeof versionDetailSchema>;
/** What an author gives to make a review link. */
export type InviteRequest = z.input<typeof inviteRequestSchema>;
/** A review link, without its token. */
export type Invite = z.output<typeof inviteSchema>;
/** A review link just made, with its token and URL (shown once). */
export type NewInvite = z.output<typeof newInviteSchema>;
/** One piece of feedback. */
export type Feedback = z.output<typeof feedbackSchema>;
/** What a reviewer (or their supporter) sees. */
export type Review = z.output<typeof reviewSchema>;
/** One line of the audit log. */
export type AuditEntry = z.output<typeof auditEntrySchema>;
/** A review waiting for someone a supporter supports. */
export type SupportedReview = z.output<typeof supportedReviewSchema>;
