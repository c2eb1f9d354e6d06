/**
 * The shapes of the "Can you understand it?" review API: the involvement register,
 * rounds, answers, results, responses and group sessions. Like `schemas.ts`, they
 * validate requests, type the handlers and generate `/api/openapi.json`.
 *
 * @module
 */
import {z} from '@hono/zod-openapi';
import {personRefSchema, reviewSchema, verdictSchema} from './schemas.js';

/** A calendar date, `YYYY-MM-DD`. */
export const dateSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'Give the date as YYYY-MM-DD, like 2026-11-30.')
  .openapi({example: '2026-11-30'});

/** A month, `YYYY-MM`. */
export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Give the month as YYYY-MM, like 2026-11.');

/** The 409 answer to a release that is not ready. */
export const releaseBlockedSchema = z
  .object({error: z.string(), missing: z.array(z.string()).openapi({description: 'Each missing condition, in plain words.'})})
  .openapi('ReleaseBlocked');

const creditSchema = z.enum(['full', 'first', 'none']).openapi({description: 'How to name them in credits.'});
const understoodSchema = z.enum(['yes', 'not-sure', 'no']).openapi('Understood');

/** Someone in the involvement register. */
export const involvedPersonSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    credit: creditSchema,
    consentToName: z.boolean(),
    consentedAt: z.string().nullable(),
    livedExperience: z.boolean(),
    paid: z.boolean(),
    supporter: personRefSchema.nullable(),
    contact: z.string(),
    createdAt: z.string(),
  })
  .openapi('InvolvedPerson');

/** What is given to add someone to the register. */
export const personInputSchema = z
  .object({
    name: z.string().trim().min(1, 'Give a name.').max(200),
    credit: creditSchema,
    consentToName: z.boolean(),
    livedExperience: z.boolean(),
    paid: z.boolean(),
    supporterId: z.string().min(1).nullable().optional().openapi({description: 'A user with the supporter role.'}),
    contact: z.string().trim().max(500).optional().openapi({description: 'How they like to be contacted.'}),
  })
  .openapi('PersonInput');

/** The organisation's limits on a round's approvals. */
export const policyLimitsSchema = z
  .object({minApprovals: z.number().int().min(1).max(50), maxApprovals: z.number().int().min(1).max(50)})
  .openapi('ReviewPolicyLimits');

/** What an editor gives to start a round. */
export const roundRequestSchema = z
  .object({
    reviewerIds: z.array(z.string().min(1)).min(1, 'Choose at least one reviewer.').max(100),
    due: dateSchema,
    approvalsNeeded: z.number().int().min(1).max(50).optional(),
  })
  .openapi('RoundRequest');

/** A round just started, with each reviewer's link (shown once). */
export const newRoundSchema = z
  .object({
    id: z.string(),
    number: z.number().int(),
    versionId: z.string(),
    invites: z.array(
      z.object({
        reviewerId: z.string(),
        token: z.string(),
        url: z.string().openapi({description: 'The link: `/review#<token>` on this server.'}),
        qrSvg: z.string().openapi({description: 'A QR code of `url`, as SVG markup.'}),
      })
    ),
  })
  .openapi('NewRound');

/** A round in a list. */
export const roundSchema = z
  .object({
    id: z.string(),
    documentId: z.string(),
    number: z.number().int(),
    versionId: z.string(),
    versionNumber: z.number().int(),
    due: z.string(),
    approvalsNeeded: z.number().int(),
    state: z.enum(['open', 'closed', 'cancelled']),
    open: z.boolean(),
    reviewers: z.array(personRefSchema),
    createdBy: personRefSchema,
    createdAt: z.string(),
    closedAt: z.string().nullable(),
  })
  .openapi('Round');

const hardWordSchema = z.object({
  word: z.string().min(1).max(200),
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  meaning: z.string().trim().max(500).optional().openapi({description: 'What the reviewer thinks it means.'}),
});

/** One part's answer. `start`/`end` are character offsets in the part's `text`. */
export const answerInputSchema = z
  .object({
    understood: understoodSchema,
    hardWords: z.array(hardWordSchema).max(50).optional(),
    pictureHelps: understoodSchema.optional().openapi({description: 'Only for a part with a picture.'}),
    comment: z.string().trim().max(2000, 'A comment can be up to 2,000 characters.').optional(),
  })
  .openapi('AnswerInput');

/** An answer as stored. */
export const answerSchema = z
  .object({
    understood: understoodSchema,
    hardWords: z.array(hardWordSchema),
    pictureHelps: understoodSchema.nullable(),
    comment: z.string(),
    carried: z.boolean().openapi({description: 'Kept from the previous round: the part did not change.'}),
    updatedAt: z.string(),
  })
  .openapi('Answer');

/** A verdict on a round. */
export const verdictInputSchema = z
  .object({verdict: verdictSchema, comment: z.string().trim().max(2000).optional()})
  .openapi('VerdictInput');

/** A verdict as stored. */
export const verdictViewSchema = z.object({verdict: verdictSchema, comment: z.string(), updatedAt: z.string()}).openapi('VerdictView');

const pictureSchema = z.object({src: z.string(), alt: z.string()}).nullable();

/** A part of a document as a reviewer is asked about it: a row, heading, list or box. */
const partSchema = z.object({id: z.string(), kind: z.string(), text: z.string(), picture: pictureSchema});

/** What a round's review link shows (a superset of the plain link's review). */
export const inviteReviewSchema = reviewSchema
  .extend({
    round: z.object({id: z.string(), number: z.number().int(), due: z.string(), open: z.boolean()}).nullable(),
    verdict: verdictSchema.nullable(),
    parts: z.array(
      partSchema.extend({
        needsAnswer: z.boolean().openapi({description: 'False when the part is unchanged since the last round and its answer is kept.'}),
        answer: answerSchema.nullable(),
      })
    ),
  })
  .openapi('InviteReview');

const tallySchema = z.object({yes: z.number().int(), notSure: z.number().int(), no: z.number().int()});

/** An author's response to an item. */
export const itemResponseSchema = z
  .object({action: z.enum(['changed', 'not-changed']), reason: z.string(), versionId: z.string().nullable()})
  .openapi('ItemResponse');

/** One feedback item. */
export const feedbackItemSchema = z
  .object({
    id: z.string(),
    partId: z.string().nullable().openapi({description: 'Null for a comment on the whole document.'}),
    kind: z.enum(['not-understood', 'not-sure', 'hard-word', 'picture', 'comment']),
    text: z.string(),
    response: itemResponseSchema.nullable(),
  })
  .openapi('FeedbackItem');

/** A round's results. */
export const resultsSchema = z
  .object({
    roundId: z.string(),
    documentId: z.string(),
    versionId: z.string(),
    number: z.number().int(),
    state: z.enum(['open', 'closed', 'cancelled']),
    policy: z.object({approvalsNeeded: z.number().int(), approvals: z.number().int(), met: z.boolean()}),
    verdicts: z.object({approve: z.number().int(), revise: z.number().int(), pending: z.number().int()}),
    parts: z.array(
      z.object({
        id: z.string(),
        text: z.string(),
        understood: tallySchema,
        hardWords: z.array(z.object({word: z.string(), count: z.number().int()})),
        pictureHelps: tallySchema,
      })
    ),
    items: z.array(feedbackItemSchema),
  })
  .openapi('RoundResults');

/** What an author gives to respond to an item. */
export const responseInputSchema = z
  .object({
    action: z.enum(['changed', 'not-changed']),
    reason: z.string().trim().max(2000).optional().openapi({description: 'Required for "not-changed".'}),
    versionId: z.string().min(1).optional().openapi({description: 'The version that made the change.'}),
  })
  .openapi('ResponseInput');

/** What a supporter gives to start a group session: who is here. */
export const groupSessionRequestSchema = z
  .object({memberIds: z.array(z.string().min(1)).min(1, 'Choose who is here.').max(50)})
  .openapi('GroupSessionRequest');

/** A group session. */
export const groupSessionSchema = z
  .object({
    id: z.string(),
    roundId: z.string(),
    supporter: personRefSchema,
    startedAt: z.string(),
    endedAt: z.string().nullable(),
    members: z.array(personRefSchema),
    parts: z.array(
      partSchema.extend({
        answered: z.array(z.object({personId: z.string(), via: z.enum(['session', 'link'])})),
      })
    ),
    verdicts: z.array(z.object({personId: z.string(), verdict: verdictSchema})),
  })
  .openapi('GroupSession');

/** An open round that asks someone a supporter supports, with those people. */
export const supportedRoundSchema = z
  .object({id: z.string(), title: z.string(), number: z.number().int(), due: z.string(), people: z.array(personRefSchema)})
  .openapi('SupportedRound');
