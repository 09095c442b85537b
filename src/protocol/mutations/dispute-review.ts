import { z } from 'zod';
import { QA_COMMENT_MAX } from '../../shared/qa/review.ts';

export const DISPUTE_REVIEW = 'dispute_review';
/** The reviewed agent disputes one criterion's answer, with a reason; the console chooses the dispute's id. */
export const DisputeReviewArgs = z.object({
  disputeId: z.uuid(),
  reviewId: z.uuid(),
  criterionId: z.string().min(1).max(100),
  reason: z.string().trim().min(1).max(QA_COMMENT_MAX),
});
