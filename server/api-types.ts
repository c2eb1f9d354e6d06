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
  binEntrySchema,
  checkSummarySchema,
  conflictSchema,
  documentDetailSchema,
  documentFileSchema,
  documentListItemSchema,
  documentSummarySchema,
  feedbackSchema,
  inviteRequestSchema,
  inviteSchema,
  meSchema,
  newInviteSchema,
  newUserSchema,
  personRefSchema,
  reviewSchema,
  roleSchema,
  statusSchema,
  supportedReviewSchema,
  userChangesSchema,
  userSchema,
  verdictSchema,
  versionDetailSchema,
  versionSummarySchema,
} from './routes/schemas.js';
import type {
  answerInputSchema,
  answerSchema,
  feedbackItemSchema,
  groupSessionRequestSchema,
  groupSessionSchema,
  involvedPersonSchema,
  inviteReviewSchema,
  itemResponseSchema,
  newRoundSchema,
  personInputSchema,
  policyLimitsSchema,
  releaseBlockedSchema,
  responseInputSchema,
  resultsSchema,
  roundRequestSchema,
  roundSchema,
  supportedRoundSchema,
  verdictInputSchema,
  verdictViewSchema,
} from './routes/round-schemas.js';

/** A person in brief. */
export type PersonRef = z.output<typeof personRefSchema>;
/** A deleted document in the bin, restorable until `restorableUntil`. */
export type BinEntry = z.output<typeof binEntrySchema>;
/** One of the four roles. */
export type Role = z.output<typeof roleSchema>;
/** Where a document is in its life. */
export type DocumentStatus = z.output<typeof statusSchema>;
/** A reviewer's answer. */
export type Verdict = z.output<typeof verdictSchema>;
/** A person, as admins see them. */
export type User = z.output<typeof userSchema>;
/** What an admin gives to add someone. Reviewers have no email requirement and never a password. */
export type NewUser = z.input<typeof newUserSchema>;
/** Changes to a person (see `PATCH /api/users/{id}`). */
export type UserChanges = z.input<typeof userChangesSchema>;
/** Who is signed in, with the CSRF token. */
export type Me = z.output<typeof meSchema>;
/** A document file, as the server sends it. */
export type ServerDocumentFile = z.output<typeof documentFileSchema>;
/** A document in a list. */
export type DocumentSummary = z.output<typeof documentSummarySchema>;
/** A document in the team list, with whether its review is due (`overdue`, `soon` or `null`). */
export type DocumentListItem = z.output<typeof documentListItemSchema>;
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
/** The 409 answer to a release that is not ready: each missing condition in plain words. */
export type ReleaseBlocked = z.output<typeof releaseBlockedSchema>;

/** Someone in the involvement register. */
export type InvolvedPerson = z.output<typeof involvedPersonSchema>;
/** What is given to add someone to the register (all optional to change them). */
export type PersonInput = z.input<typeof personInputSchema>;
/** The organisation's least and most approvals a round may need. */
export type ReviewPolicyLimits = z.output<typeof policyLimitsSchema>;

/** What an editor gives to start a review round. */
export type RoundRequest = z.input<typeof roundRequestSchema>;
/** A round just started, with each reviewer's link and QR code (shown once). */
export type NewRound = z.output<typeof newRoundSchema>;
/** A round in a list (also the answer to closing or cancelling it). */
export type RoundSummary = z.output<typeof roundSchema>;

/** What a round's review link shows: the version's parts with the holder's answers. */
export type InviteReview = z.output<typeof inviteReviewSchema>;
/** One part's answer, as given. */
export type AnswerInput = z.input<typeof answerInputSchema>;
/** One part's answer, as stored. */
export type Answer = z.output<typeof answerSchema>;
/** A verdict on a round, as given. */
export type VerdictInput = z.input<typeof verdictInputSchema>;
/** A verdict, as stored. */
export type VerdictView = z.output<typeof verdictViewSchema>;

/** A round's results: tallies per part, verdicts, the policy and the feedback items. */
export type RoundResults = z.output<typeof resultsSchema>;
/** One feedback item with its response, if any. */
export type FeedbackItem = z.output<typeof feedbackItemSchema>;
/** An author's response to a feedback item. */
export type ItemResponse = z.output<typeof itemResponseSchema>;
/** What an author gives to respond to a feedback item. */
export type ResponseInput = z.input<typeof responseInputSchema>;

/** An open round that asks someone a supporter supports. */
export type SupportedRound = z.output<typeof supportedRoundSchema>;
/** What a supporter gives to start a group session. */
export type GroupSessionRequest = z.input<typeof groupSessionRequestSchema>;
/** A group session: members, parts with who answered them, verdicts. */
export type GroupSession = z.output<typeof groupSessionSchema>;
