// A supervisor's review of a case of a QA pack they review. The server checks the answers
// against the scorecard version named and stores the score it computes itself. One review per
// reviewer, case and pack: a second one (another id) is refused as `already_reviewed`; the
// same id pushed again is answered by the push log, or refused as `duplicate_review` from another outbox.
import { SUBMIT_REVIEW } from '../../protocol/mutations/submit-review.ts';
import { answersProblem } from '../../shared/qa/answers.ts';
import { score } from '../../shared/qa/score.ts';
import type { QaReviewData } from '../store/repositories.ts';
import { scorecardOf, unknownScorecard, unreadable } from './qa-review-rules.ts';
import { APPLIED, type Authorization, type ServerMutation } from './types.ts';

interface Grant {
  agent: string;
  channel: string;
}

export const submitReview: ServerMutation<typeof SUBMIT_REVIEW, Grant> = {
  name: SUBMIT_REVIEW,
  async authorize(ctx, args, tx): Promise<Authorization<Grant>> {
    if ((await tx.organisation.role(ctx.username)) !== 'supervisor') {
      return { refused: { status: 'rejected', reason: 'not_supervisor', message: 'Only a supervisor reviews cases' } };
    }
    if (!(await tx.qaReviews.pack(args.packId))) return { refused: { status: 'conflict', reason: 'pack_not_found', message: 'The pack no longer exists' } };
    if (!(await tx.qaReviews.isReviewer(args.packId, ctx.username))) {
      return { refused: { status: 'rejected', reason: 'not_pack_reviewer', message: 'You are not a reviewer of this pack' } };
    }
    const agent = await tx.qaReviews.caseAgent(args.packId, args.caseId);
    const found = agent === undefined ? undefined : await tx.cases.facts(args.caseId);
    if (agent === undefined || !found) return { refused: { status: 'rejected', reason: 'case_not_in_pack', message: 'The case is not in this pack' } };
    return { granted: { agent, channel: found.channel } };
  },
  async apply(ctx, args, tx, { agent, channel }) {
    if (await tx.qaReviews.get(args.reviewId)) return { status: 'rejected', reason: 'duplicate_review', message: 'A review with this id already exists' };
    if (await tx.qaReviews.idOf(args.packId, args.caseId, ctx.username)) {
      return { status: 'rejected', reason: 'already_reviewed', message: 'You already reviewed this case in this pack' };
    }
    const scorecard = await scorecardOf(tx, args.scorecardId, args.scorecardVersion);
    if (!scorecard) return unknownScorecard(args.scorecardId, args.scorecardVersion);
    const problem = answersProblem(scorecard, args.answers, channel);
    if (problem) return { status: 'rejected', reason: 'invalid_answers', message: `The answers do not fit the scorecard: ${problem}` };
    for (const c of args.comments) {
      if (c.messageId !== null && !(await tx.qaReviews.isMessageOf(c.messageId, args.caseId))) {
        return { status: 'rejected', reason: 'not_in_case', message: 'A comment is anchored to a message that is not in the case' };
      }
    }
    const at = ctx.now().toISOString();
    const value = score(scorecard, args.answers, channel).score;
    const review: QaReviewData = {
      packId: args.packId, caseId: args.caseId, agent, reviewer: ctx.username,
      scorecardId: args.scorecardId, scorecardVersion: args.scorecardVersion, answers: args.answers, score: value,
      comments: args.comments, state: 'submitted', disputes: [],
      versions: [{ version: 1, answers: args.answers, score: value, at, by: ctx.username, note: null }],
      createdAt: at, updatedAt: at,
    };
    const refused = unreadable(review);
    if (refused) return refused;
    await tx.qaReviews.add(args.reviewId, review);
    await tx.feed.publishReviews(args.packId, args.caseId);
    return APPLIED;
  },
};
