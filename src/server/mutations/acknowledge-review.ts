// The reviewed agent takes the review as it is. Acknowledging twice is met; a review under
// dispute is acknowledged once its dispute is resolved.
import { ACKNOWLEDGE_REVIEW } from '../../protocol/mutations/acknowledge-review.ts';
import type { QaReviewData } from '../store/repositories.ts';
import { reviewedAgentOnly, saveReview } from './qa-review-rules.ts';
import { APPLIED, type ServerMutation } from './types.ts';

export const acknowledgeReview: ServerMutation<typeof ACKNOWLEDGE_REVIEW, QaReviewData> = {
  name: ACKNOWLEDGE_REVIEW,
  authorize: reviewedAgentOnly,
  async apply(ctx, args, tx, review) {
    if (review.state === 'acknowledged') return APPLIED;
    if (review.state === 'disputed') return { status: 'conflict', reason: 'review_disputed', message: 'The review has a dispute waiting for its reviewer' };
    return (await saveReview(tx, args.reviewId, { ...review, state: 'acknowledged', updatedAt: ctx.now().toISOString() })) ?? APPLIED;
  },
};
