// A supervisor's review of a pack's case and its disputes, offline: each checked here first,
// then queued with its effect; the server checks again and computes the score it stores.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { DisputeReviewArgs } from '../../protocol/mutations/dispute-review.ts';
import { ResolveDisputeArgs } from '../../protocol/mutations/resolve-dispute.ts';
import { SubmitReviewArgs } from '../../protocol/mutations/submit-review.ts';
import { answerProblem, answersProblem } from '../../shared/qa/answers.ts';
import type { QaReview, QaReviewComment } from '../../shared/qa/review.ts';
import { criteriaOf, type Answer, type Answers } from '../../shared/qa/scorecard.ts';
import { scorecardOf, scorecards } from '../qa/scorecards.ts';
import type { CommandContext, Queued } from './context.ts';
import { CommandError } from './errors.ts';

export interface ReviewSubmission {
  packId: string;
  caseId: string;
  answers: Answers;
  comments: Omit<QaReviewComment, 'id'>[] | QaReviewComment[];
  /** The scorecard version the draft was answered on; the one in force when absent. */
  scorecard?: { id: string; version: number };
}

/** `role` is the signed-in agent's: the server checks it again, with the pack's reviewers. */
export function submitReview(ctx: CommandContext, input: ReviewSubmission, role: string): Omit<Queued, 'caseId'> & { reviewId: string } {
  if (role !== 'supervisor') throw new CommandError('not_supervisor', 'Only a supervisor reviews cases');
  const found = ctx.requireCase(input.caseId);
  const reviewer = ctx.author().username;
  if (ctx.store.qaReviews.ofCase(input.packId, found.id, reviewer)) {
    throw new CommandError('already_reviewed', `You already reviewed case #${found.number} in this pack`);
  }
  const named = input.scorecard ?? scorecards(ctx.store).inForce;
  const scorecard = scorecardOf(ctx.store, named.id, named.version);
  if (!scorecard) throw new CommandError('unknown_scorecard', `Scorecard ${named.id} v${String(named.version)} is not in this profile`);
  const problem = answersProblem(scorecard, input.answers, found.channel);
  if (problem) throw new CommandError('invalid_answers', `The answers do not fit the scorecard: ${problem}`);
  const parsed = SubmitReviewArgs.safeParse({
    reviewId: randomUUID(), packId: input.packId, caseId: found.id, scorecardId: scorecard.id, scorecardVersion: scorecard.version,
    answers: input.answers, comments: input.comments.map((c) => ({ id: 'id' in c ? c.id : randomUUID(), ...c })),
  });
  if (!parsed.success) throw new CommandError('invalid_review', `The review is not valid: ${z.prettifyError(parsed.error)}`);
  const queued = ctx.enqueue('submit_review', parsed.data, null, () => ctx.store.qaReviews.clearDraft(input.packId, found.id));
  return { ...queued, reviewId: parsed.data.reviewId };
}

/** The reviewed agent's own review. */
function ownReview(ctx: CommandContext, reviewId: string): QaReview {
  const review = ctx.store.qaReviews.get(reviewId);
  if (!review) throw new CommandError('review_not_found', `No review ${reviewId} in this profile`);
  if (review.agent !== ctx.author().username) throw new CommandError('not_reviewed_agent', 'Only the agent whose case was reviewed may do this');
  return review;
}

export function acknowledgeReview(ctx: CommandContext, reviewId: string): Omit<Queued, 'caseId'> {
  ownReview(ctx, reviewId);
  return ctx.enqueue('acknowledge_review', { reviewId }, null);
}

export function disputeReview(ctx: CommandContext, reviewId: string, criterionId: string, reason: string): Omit<Queued, 'caseId'> & { disputeId: string } {
  const review = ownReview(ctx, reviewId);
  const scorecard = scorecardOf(ctx.store, review.scorecardId, review.scorecardVersion);
  if (scorecard && !criteriaOf(scorecard).some((c) => c.id === criterionId)) {
    throw new CommandError('invalid_answers', `${criterionId} is not a criterion of this review`);
  }
  const parsed = DisputeReviewArgs.safeParse({ disputeId: randomUUID(), reviewId, criterionId, reason });
  if (!parsed.success) throw new CommandError('invalid_review', `The dispute is not valid: ${z.prettifyError(parsed.error)}`);
  return { ...ctx.enqueue('dispute_review', parsed.data, null), disputeId: parsed.data.disputeId };
}

export interface DisputeDecision {
  reviewId: string;
  disputeId: string;
  decision: 'uphold' | 'amend';
  answer?: Answer;
  note: string;
}

/**
 * Whether this console may queue a dispute's resolution: its reviewer, a supervisor of the
 * reviewed agent's team, or another supervisor who may be the pack's creator (packs are not in
 * the cache: the server knows, and refuses anyone else as `not_reviewer`). Never the agent.
 */
/** The reviewer, the pack's creator, or a supervisor of the reviewed agent's team (as the server decides). */
function mayResolve(ctx: CommandContext, review: QaReview): boolean {
  const me = ctx.author().username;
  if (review.reviewer === me || ctx.store.qaPacks.get(review.packId)?.createdBy === me) return true;
  const people = ctx.store.reference.agents();
  const team = people.find((p) => p.username === review.agent)?.team ?? null;
  return team !== null && (people.find((p) => p.username === me)?.supervises.includes(team) ?? false);
}

export function resolveDispute(ctx: CommandContext, input: DisputeDecision): Omit<Queued, 'caseId'> {
  const review = ctx.store.qaReviews.get(input.reviewId);
  if (!review) throw new CommandError('review_not_found', `No review ${input.reviewId} in this profile`);
  const dispute = review.disputes.find((d) => d.id === input.disputeId);
  if (!dispute) throw new CommandError('dispute_not_found', 'The review has no such dispute');
  if (!mayResolve(ctx, review)) {
    throw new CommandError('not_reviewer', 'Only the reviewer, the pack’s creator or a supervisor of the agent’s team resolves a dispute');
  }
  const scorecard = scorecardOf(ctx.store, review.scorecardId, review.scorecardVersion);
  const criterion = scorecard && criteriaOf(scorecard).find((c) => c.id === dispute.criterionId);
  if (input.decision === 'amend' && criterion && input.answer !== undefined) {
    const problem = answerProblem(criterion, input.answer);
    if (problem) throw new CommandError('invalid_answers', `The new answer does not fit the scorecard: ${problem}`);
  }
  const parsed = ResolveDisputeArgs.safeParse(input);
  if (!parsed.success) throw new CommandError('invalid_review', `The decision is not valid: ${z.prettifyError(parsed.error)}`);
  return ctx.enqueue('resolve_dispute', parsed.data, null);
}
