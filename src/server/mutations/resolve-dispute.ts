// The reviewer upholds a disputed answer or amends it: an amendment recomputes the score with
// the scorecard version the review used and appends a version, so every version is kept.
import { RESOLVE_DISPUTE } from '../../protocol/mutations/resolve-dispute.ts';
import { answerProblem } from '../../shared/qa/answers.ts';
import { score } from '../../shared/qa/score.ts';
import { criteriaOf } from '../../shared/qa/scorecard.ts';
import type { QaReviewData } from '../store/repositories.ts';
import { reviewerOnly, saveReview, scorecardOf, unknownScorecard, withVersion } from './qa-review-rules.ts';
import { APPLIED, type ServerMutation } from './types.ts';

export const resolveDispute: ServerMutation<typeof RESOLVE_DISPUTE, QaReviewData> = {
  name: RESOLVE_DISPUTE,
  authorize: reviewerOnly,
  async apply(ctx, args, tx, review) {
    const dispute = review.disputes.find((d) => d.id === args.disputeId);
    if (!dispute) return { status: 'rejected', reason: 'dispute_not_found', message: 'The review has no such dispute' };
    if (dispute.resolution !== null) return { status: 'conflict', reason: 'already_resolved', message: 'The dispute was already resolved' };
    const at = ctx.now().toISOString();
    const answer = args.decision === 'amend' ? args.answer ?? null : null;
    const resolution = { decision: args.decision, answer, note: args.note, by: ctx.username, at };
    const disputes = review.disputes.map((d) => (d.id === dispute.id ? { ...d, resolution } : d));
    const open = disputes.some((d) => d.resolution === null);
    let next: QaReviewData = { ...review, disputes, state: open ? 'disputed' : 'resolved', updatedAt: at };
    if (answer !== null) {
      const scorecard = await scorecardOf(tx, review.scorecardId, review.scorecardVersion);
      if (!scorecard) return unknownScorecard(review.scorecardId, review.scorecardVersion);
      const criterion = criteriaOf(scorecard).find((c) => c.id === dispute.criterionId);
      const problem = criterion ? answerProblem(criterion, answer) : `${dispute.criterionId} is not a criterion of this review`;
      if (problem) return { status: 'rejected', reason: 'invalid_answers', message: `The new answer does not fit the scorecard: ${problem}` };
      const channel = (await tx.cases.facts(review.caseId))?.channel ?? '';
      const answers = { ...review.answers, [dispute.criterionId]: answer };
      next = withVersion(next, answers, score(scorecard, answers, channel).score, ctx.username, at, args.note);
    }
    return (await saveReview(tx, args.reviewId, next)) ?? APPLIED;
  },
};
