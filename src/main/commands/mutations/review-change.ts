import type { Store } from '../../db/store.ts';

/** A refused change to a review: the review as the server last said. No case moves. */
export function undoReviewChange(store: Store, args: { reviewId: string }): readonly string[] {
  store.qaReviews.revertToServer(args.reviewId);
  return [];
}
