import { ResolveDisputeArgs, type RESOLVE_DISPUTE } from '../../../protocol/mutations/resolve-dispute.ts';
import { amended } from '../../qa/scorecards.ts';
import type { MutationModule } from './module.ts';
import { undoReviewChange } from './review-change.ts';

/** The reviewer upholds or amends: an amendment rescored here as the server will, with a new version. */
export const resolveDispute: MutationModule<typeof RESOLVE_DISPUTE> = {
  args: ResolveDisputeArgs,
  effect(store, args, { author, at }) {
    store.qaReviews.change(args.reviewId, (r) => {
      const dispute = r.disputes.find((d) => d.id === args.disputeId);
      if (!dispute || dispute.resolution !== null) return r;
      const answer = args.decision === 'amend' ? args.answer ?? null : null;
      const resolution = { decision: args.decision, answer, note: args.note, by: author.username, at };
      const disputes = r.disputes.map((d) => (d.id === dispute.id ? { ...d, resolution } : d));
      const next = { ...r, disputes, state: disputes.some((d) => d.resolution === null) ? 'disputed' as const : 'resolved' as const, updatedAt: at };
      return answer === null ? next : amended(store, next, dispute.criterionId, answer, author.username, at, args.note);
    });
  },
  undo: undoReviewChange,
  announces: ['qa_review'],
};
