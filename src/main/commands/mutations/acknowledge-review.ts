import { AcknowledgeReviewArgs, type ACKNOWLEDGE_REVIEW } from '../../../protocol/mutations/acknowledge-review.ts';
import type { MutationModule } from './module.ts';
import { undoReviewChange } from './review-change.ts';

/** The agent takes the review as it is: acknowledged at once, back to the server's state if refused. */
export const acknowledgeReview: MutationModule<typeof ACKNOWLEDGE_REVIEW> = {
  args: AcknowledgeReviewArgs,
  effect(store, args, { at }) {
    store.qaReviews.change(args.reviewId, (r) => (r.state === 'submitted' || r.state === 'resolved' ? { ...r, state: 'acknowledged', updatedAt: at } : r));
  },
  undo: undoReviewChange,
  announces: ['qa_review'],
};
