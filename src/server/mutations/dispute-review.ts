// The reviewed agent disputes one criterion's answer with a reason; the reviewer then upholds
// or amends it (resolve_dispute). One open dispute per criterion.
import { DISPUTE_REVIEW } from '../../protocol/mutations/dispute-review.ts';
import { criteriaOf } from '../../shared/qa/scorecard.ts';
import type { QaReviewData } from '../store/repositories.ts';
import { reviewedAgentOnly, saveReview, scorecardOf, unknownScorecard } from './qa-review-rules.ts';
import { APPLIED, type ServerMutation } from './types.ts';

export const disputeReview: ServerMutation<typeof DISPUTE_REVIEW, QaReviewData> = {
  name: DISPUTE_REVIEW,
  authorize: reviewedAgentOnly,
  async apply(ctx, args, tx, review) {
    if (review.disputes.some((d) => d.id === args.disputeId)) return { status: 'rejected', reason: 'duplicate_dispute', message: 'A dispute with this id already exists' };
    const scorecard = await scorecardOf(tx, review.scorecardId, review.scorecardVersion);
    if (!scorecard) return unknownScorecard(review.scorecardId, review.scorecardVersion);
    if (!criteriaOf(scorecard).some((c) => c.id === args.criterionId)) {
      return { status: 'rejected', reason: 'unknown_criterion', message: `${args.criterionId} is not a criterion of this review` };
    }
    if (review.disputes.some((d) => d.criterionId === args.criterionId && d.resolution === null)) {
      return { status: 'conflict', reason: 'already_disputed', message: 'This criterion already has a dispute waiting' };
    }
    const at = ctx.now().toISOString();
    const dispute = { id: args.disputeId, criterionId: args.criterionId, reason: args.reason, by: ctx.username, at, resolution: null };
    return (await saveReview(tx, args.reviewId, { ...review, state: 'disputed', disputes: [...review.disputes, dispute], updatedAt: at })) ?? APPLIED;
  },
};
