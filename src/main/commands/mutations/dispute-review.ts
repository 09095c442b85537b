import { DisputeReviewArgs, type DISPUTE_REVIEW } from '../../../protocol/mutations/dispute-review.ts';
import type { MutationModule } from './module.ts';
import { undoReviewChange } from './review-change.ts';

/** The agent disputes one criterion: shown at once, waiting for the reviewer. */
export const disputeReview: MutationModule<typeof DISPUTE_REVIEW> = {
  args: DisputeReviewArgs,
  effect(store, args, { author, at }) {
    store.qaReviews.change(args.reviewId, (r) => (r.disputes.some((d) => d.id === args.disputeId) ? r : {
      ...r,
      state: 'disputed',
      updatedAt: at,
      disputes: [...r.disputes, { id: args.disputeId, criterionId: args.criterionId, reason: args.reason, by: author.username, at, resolution: null }],
    }));
  },
  undo: undoReviewChange,
  announces: ['qa_review'],
};
