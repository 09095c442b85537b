// The contract's operations for QA reviews (spread into CONTRACT): the review screen, the
// draft saved as it is typed, an agent's own reviews and their disputes, and the supervisor's
// disputes to resolve. Every write works offline: it is queued like any change.
import { z } from 'zod';
import { op } from '../contract-op.ts';
import type { CustomerNote } from '../customer.ts';
import type { CaseDetail, Message, MutationView } from '../models.ts';
import type { QaReport } from './report.ts';
import { QA_COMMENT_MAX, type QaReviewCounts, type QaReview, type QaReviewDraft } from './review.ts';
import { Answer, Answers, type Scorecard } from './scorecard.ts';

const ref = z.string().min(1).max(200);
const ForReviewCase = z.object({ packId: ref, caseId: ref }).strict();
const Comment = z.object({ id: z.uuid(), messageId: ref.nullable(), criterionId: z.string().max(100).nullable(), text: z.string().max(QA_COMMENT_MAX) }).strict();
const Empty = z.object({}).strict();

/** Where a case's review stands on this console. */
export type ReviewQueueState = 'none' | 'draft' | 'queued' | 'submitted';

/** Everything the review screen shows, from the cache: it works with no network. */
export interface QaReviewCase {
  packId: string;
  caseId: string;
  /** The thread (auto-replies included), the classification, agent and handling data; null when the case is not in this cache. */
  detail: CaseDetail | null;
  /** The agents' notes on the customer. */
  notes: CustomerNote[];
  /** The scorecard version the review or the draft uses, else the one in force. */
  scorecard: Scorecard;
  draft: QaReviewDraft | null;
  review: QaReview | null;
  queue: ReviewQueueState;
  /** The last refused submission of this review, with the server's reason, until another is queued. */
  refusal: MutationView | null;
}

/** A review with what an agent needs to read it: the scorecard it used and the messages its comments are anchored to. */
export interface ReviewWithContext {
  review: QaReview;
  caseNumber: number | null;
  scorecard: Scorecard | null;
  /** The anchored messages, by id, as far as the cache has them. */
  anchors: Record<string, Pick<Message, 'id' | 'author' | 'kind' | 'text' | 'sentAt'>>;
  /** This review's changes waiting to be sent, or refused. */
  changes: MutationView[];
}

export const QA_REVIEW_OPERATIONS = {
  qaReviewCase: op<QaReviewCase>()(ForReviewCase),
  /** Saves the review being typed; it comes back after a restart. */
  saveReviewDraft: op<null>()(ForReviewCase.extend({
    answers: Answers, comments: z.array(Comment).max(200),
    pendingComment: z.object({ messageId: ref.nullable(), text: z.string().max(QA_COMMENT_MAX) }).strict().nullable().optional(),
  }).strict()),
  /** Supervisors only: queues the review (the draft is cleared); the server checks and scores it. */
  submitReview: op<{ reviewId: string; mutationId: string }>()(ForReviewCase.extend({
    answers: Answers,
    comments: z.array(Comment.extend({ text: z.string().trim().min(1).max(QA_COMMENT_MAX) })).max(200),
    scorecard: z.object({ id: z.string().min(1).max(100), version: z.int().positive() }).strict().optional(),
  }).strict()),
  /** The signed-in agent's own reviews, newest first. */
  myReviews: op<ReviewWithContext[]>()(Empty),
  acknowledgeReview: op<{ mutationId: string }>()(z.object({ reviewId: z.uuid() }).strict()),
  disputeReview: op<{ disputeId: string; mutationId: string }>()(z.object({
    reviewId: z.uuid(), criterionId: z.string().min(1).max(100), reason: z.string().trim().min(1).max(QA_COMMENT_MAX),
  }).strict()),
  /** The reviewer upholds a disputed answer or amends it (with the new answer). */
  resolveDispute: op<{ mutationId: string }>()(z.object({
    reviewId: z.uuid(), disputeId: z.uuid(), decision: z.enum(['uphold', 'amend']), answer: Answer.optional(),
    note: z.string().trim().min(1).max(QA_COMMENT_MAX),
  }).strict()),
  /** A supervisor's reviews with a dispute waiting. */
  reviewsToResolve: op<ReviewWithContext[]>()(Empty),
  /** Per pack, this reviewer's reviews confirmed and still to send. */
  qaPackProgress: op<QaReviewCounts[]>()(Empty),
  /** Supervisors only: the QA report of the reviews in this cache submitted in [from, to). */
  qaReport: op<QaReport>()(z.object({ from: z.iso.datetime({ offset: true }), to: z.iso.datetime({ offset: true }) }).strict()),
} as const;
