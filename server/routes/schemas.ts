/**
 * The API's shapes, as zod schemas. The same schemas validate requests, type the
 * handlers and generate `/api/openapi.json`, so the document cannot drift from the
 * code. Response schemas are exported for the tests, which check real responses
 * against them.
 *
 * @module
 */
import {z} from '@hono/zod-openapi';
import {documentFormat, DocumentFileError} from '../../src/document/document-file.js';
import {canonicalDocument} from '../model/content.js';
import {maxInviteDays} from '../model/invites.js';
import {minPasswordLength} from '../model/password-rule.js';

/** Every error: `{error: "plain message"}`. */
export const errorSchema = z.object({error: z.string()}).openapi('Error', {example: {error: 'Please sign in.'}});

/** Someone, in brief. */
export const personRefSchema = z.object({id: z.string(), name: z.string()}).openapi('PersonRef');

/** The four roles. */
export const roleSchema = z.enum(['admin', 'author', 'supporter', 'reviewer']).openapi('Role');

/** Where a document is in its life. */
export const statusSchema = z.enum(['draft', 'in-review', 'released']).openapi('DocumentStatus');

/** A reviewer's answer. */
export const verdictSchema = z.enum(['approve', 'revise']).openapi('Verdict');

/** An id in a path. */
export const idParam = z.string().min(1).max(100);

/** A person's name. */
export const nameSchema = z.string().trim().min(1, 'Give a name.').max(200);

/** An email address (stored lower-case). */
export const emailSchema = z.email('Give a whole email address, like sam.jones@nhs.net.').max(320);

/** A new password. The model checks the rest of the rule (see `server/model/password-rule.ts`). */
export const passwordSchema = z
  .string()
  .min(minPasswordLength, `Use at least ${minPasswordLength} characters.`)
  .max(200, 'Use a password of at most 200 characters.');

/** A user, as admins see them. */
export const userSchema = z
  .object({
    id: z.string(),
    email: z.string().nullable(),
    name: z.string(),
    role: roleSchema,
    approver: z.boolean(),
    disabled: z.boolean(),
    createdAt: z.string(),
    supports: z.array(z.string()).openapi({description: 'For supporters: the ids of the reviewers they support.'}),
  })
  .openapi('User');

/** Who is signed in, with the CSRF token to send in `X-CSRF-Token`. */
/** What an admin gives to add someone (`POST /api/users`). */
export const newUserSchema = z.object({
  email: emailSchema.nullable().optional(),
  name: nameSchema,
  role: roleSchema,
  approver: z.boolean().optional(),
  password: passwordSchema.optional(),
  supports: z.array(z.string()).max(500).optional(),
});

/** Changes to a person (`PATCH /api/users/{id}`): any subset, even none. */
export const userChangesSchema = z.object({
  email: emailSchema.nullable().optional(),
  name: nameSchema.optional(),
  role: roleSchema.optional(),
  approver: z.boolean().optional(),
  disabled: z.boolean().optional(),
  password: passwordSchema.optional(),
  currentPassword: z.string().max(200).optional(),
  supports: z.array(z.string()).max(500).optional(),
});

export const meSchema = z
  .object({user: userSchema, csrfToken: z.string(), expiresAt: z.string()})
  .openapi('Me');

const documentMetaSchema = z.object({
  title: z.string(),
  audience: z.string(),
  owner: z.string(),
  written: z.string(),
  reviewBy: z.string(),
});

/** A document file as the server sends it (canonical: every detail present). */
export const documentFileSchema = z
  .object({
    format: z.literal(documentFormat),
    meta: documentMetaSchema,
    doc: z.record(z.string(), z.unknown()).openapi({description: 'The ProseMirror document (see src/document/schema.ts).'}),
  })
  .openapi('DocumentFile');

/**
 * A document file as a client sends it. Beyond its outline, the document itself is
 * checked against the editor's schema, and the result is the canonical file.
 */
export const documentFileInput = z
  .object({
    format: z.literal(documentFormat, 'This is not an Easy Read Studio document.'),
    meta: documentMetaSchema.partial().optional(),
    doc: z.record(z.string(), z.unknown()),
  })
  .transform((file, ctx) => {
    try {
      return canonicalDocument(file);
    } catch (error) {
      if (!(error instanceof DocumentFileError)) throw error;
      ctx.addIssue({code: 'custom', message: error.message});
      return z.NEVER;
    }
  })
  .openapi('DocumentFileInput');

/** A document in a list. */
export const documentSummarySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    status: statusSchema,
    owner: personRefSchema,
    reviewBy: z.string().openapi({description: '`YYYY-MM-DD`, or empty.'}),
    revision: z.number().int(),
    savedBy: personRefSchema,
    savedAt: z.string(),
    createdAt: z.string(),
  })
  .openapi('DocumentSummary');

/** A document in the team list, with whether its review is due. */
export const documentListItemSchema = documentSummarySchema
  .extend({
    reviewDue: z
      .enum(['overdue', 'soon'])
      .nullable()
      .openapi({description: '`overdue` once the review-by date has passed, `soon` within 30 days of it, else `null`.'}),
  })
  .openapi('DocumentListItem');

/** A document with its draft. */
export const documentDetailSchema = documentSummarySchema
  .extend({
    content: documentFileSchema,
    sharedWith: z.array(personRefSchema),
    releasedVersionId: z.string().nullable(),
    access: z.object({read: z.boolean(), edit: z.boolean(), share: z.boolean(), release: z.boolean()}),
  })
  .openapi('DocumentDetail');

/** A deleted document in the bin. */
export const binEntrySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    owner: personRefSchema,
    deletedBy: personRefSchema,
    deletedAt: z.string(),
    restorableUntil: z.string().openapi({description: 'After this time it is gone from the bin and cannot be restored.'}),
  })
  .openapi('BinEntry');

/** The 409 answer to a stale save: the draft as it is now. */
export const conflictSchema = z
  .object({
    error: z.string(),
    current: z.object({
      revision: z.number().int(),
      content: documentFileSchema,
      savedBy: personRefSchema,
      savedAt: z.string(),
    }),
  })
  .openapi('RevisionConflict');

/** The checks' summary taken with a version. */
export const checkSummarySchema = z
  .object({
    errors: z.number().int().min(0),
    warnings: z.number().int().min(0),
    info: z.number().int().min(0),
    readingAge: z.number().nullable().optional(),
    verdict: z.string().max(200).optional(),
  })
  .openapi('CheckSummary');

/** A version in a list. */
export const versionSummarySchema = z
  .object({
    id: z.string(),
    documentId: z.string(),
    number: z.number().int(),
    revision: z.number().int(),
    title: z.string(),
    checkSummary: checkSummarySchema,
    createdBy: personRefSchema,
    createdAt: z.string(),
  })
  .openapi('VersionSummary');

/** A version with its content. */
export const versionDetailSchema = versionSummarySchema.extend({content: documentFileSchema}).openapi('VersionDetail');

/** A review link, without its token. */
export const inviteSchema = z
  .object({
    id: z.string(),
    documentId: z.string(),
    versionId: z.string(),
    versionNumber: z.number().int(),
    reviewer: personRefSchema.nullable(),
    label: z.string(),
    createdBy: personRefSchema,
    createdAt: z.string(),
    expiresAt: z.string(),
    revokedAt: z.string().nullable(),
    state: z.enum(['open', 'expired', 'revoked']),
  })
  .openapi('Invite');

/** A review link just made: the token and link are shown this once. */
export const newInviteSchema = inviteSchema
  .extend({token: z.string(), url: z.string().openapi({description: 'The link to send to the reviewer.'})})
  .openapi('NewInvite');

/** What an author gives to make a review link. */
export const inviteRequestSchema = z
  .object({
    versionId: z.string().min(1),
    reviewerId: z.string().min(1).nullable().optional(),
    label: z.string().trim().max(200).optional(),
    days: z.number().int().min(1).max(maxInviteDays).optional(),
  })
  .openapi('InviteRequest');

/** One piece of feedback. */
export const feedbackSchema = z
  .object({
    id: z.string(),
    inviteId: z.string(),
    versionId: z.string(),
    reviewer: personRefSchema.nullable(),
    recordedBy: personRefSchema.nullable(),
    verdict: verdictSchema,
    comments: z.string(),
    createdAt: z.string(),
  })
  .openapi('Feedback');

/** What a reviewer says. */
export const feedbackInputSchema = z
  .object({verdict: verdictSchema, comments: z.string().max(10_000).default('')})
  .openapi('FeedbackInput');

/** A review waiting for someone a supporter supports. */
export const supportedReviewSchema = z
  .object({
    inviteId: z.string(),
    label: z.string(),
    reviewer: personRefSchema,
    title: z.string(),
    versionNumber: z.number().int(),
    expiresAt: z.string(),
  })
  .openapi('SupportedReview');

/** What a reviewer sees. */
export const reviewSchema = z
  .object({
    inviteId: z.string(),
    label: z.string(),
    expiresAt: z.string(),
    reviewer: personRefSchema.nullable(),
    version: z.object({
      id: z.string(),
      number: z.number().int(),
      title: z.string(),
      createdAt: z.string(),
      content: documentFileSchema,
    }),
    feedback: z.array(feedbackSchema),
  })
  .openapi('Review');

/** One line of the audit log. */
export const auditEntrySchema = z
  .object({
    id: z.number().int(),
    at: z.string(),
    actor: personRefSchema.nullable(),
    actorLabel: z.string(),
    action: z.string(),
    documentId: z.string().nullable(),
    versionId: z.string().nullable(),
    detail: z.record(z.string(), z.unknown()),
  })
  .openapi('AuditEntry');

/** Paging for the audit log. */
export const auditQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  before: z.coerce.number().int().min(1).optional().openapi({description: 'Entries older than this id.'}),
});

/** A release in a list. */
export const releaseSummarySchema = z
  .object({
    id: z.string(),
    number: z.number().int(),
    versionId: z.string(),
    releasedAt: z.string(),
    reviewBy: z.string().openapi({description: '`YYYY-MM-DD`, or empty.'}),
    public: z.boolean(),
    supersededBy: z.string().nullable(),
  })
  .openapi('ReleaseSummary');

/** A release's record: frozen when it was released, except `public` and `supersededBy`. */
export const releaseSchema = releaseSummarySchema
  .extend({
    documentId: z.string(),
    title: z.string(),
    versionNumber: z.number().int(),
    releasedBy: personRefSchema,
    checkSummary: checkSummarySchema,
    pictureCredits: z.array(z.object({picture: z.string(), credit: z.string(), licence: z.string()})).readonly(),
    checkedBy: z
      .object({text: z.string(), groupName: z.string(), checkedOn: z.string(), approvals: z.number().int(), names: z.array(z.string()).readonly()})
      .nullable()
      .openapi({description: 'The "Checked by" credit, made only from approvals of this exact version; `null` when nobody approved it.'}),
    audit: z.object({id: z.number().int(), href: z.string()}),
    override: z.object({reason: z.string(), reviewAgainBy: z.string().nullable()}).nullable(),
    content: documentFileSchema,
  })
  .openapi('Release');

/** The print checks' answer: findings in the check engine's shape, with the page. */
export const printChecksSchema = z
  .object({
    pages: z.number().int(),
    findings: z.array(
      z.object({
        rule: z.string(),
        severity: z.enum(['error', 'warning', 'info']),
        message: z.string(),
        why: z.string(),
        block: z.number().int().openapi({description: 'The block (from 0), or -1 for the whole leaflet.'}),
        from: z.number().int(),
        to: z.number().int(),
        suggestions: z.array(z.object({label: z.string(), replacement: z.string()})).readonly(),
        page: z.number().int().nullable(),
      })
    ).readonly(),
  })
  .openapi('PrintChecks');
