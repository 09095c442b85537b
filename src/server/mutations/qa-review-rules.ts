// What the QA review mutations share: the scorecard versions in force (the `qa_scorecards`
// document, or the default one), who may act on a review, and how a review changes.
import { z } from 'zod';
import { WireQaReview } from '../../protocol/entities.ts';
import type { Answers, Scorecard } from '../../shared/qa/scorecard.ts';
import { QA_SCORECARDS_SETTING, scorecardFrom, scorecardVersion } from '../../shared/qa/scorecard.ts';
import type { QaReviewData } from '../store/repositories.ts';
import type { Tx } from '../store/store.ts';
import type { Authorization, MutationContext, Outcome } from './types.ts';

/** The scorecard the review names, from the document in force (older versions included). */
export async function scorecardOf(tx: Tx, id: string, version: number): Promise<Scorecard | undefined> {
  return scorecardVersion(scorecardFrom(await tx.settings.value(QA_SCORECARDS_SETTING)).scorecard, id, version);
}

export const unknownScorecard = (id: string, version: number): Outcome =>
  ({ status: 'rejected', reason: 'unknown_scorecard', message: `Scorecard ${id} v${String(version)} is not known to the server` });

async function loadReview(tx: Tx, reviewId: string): Promise<Authorization<QaReviewData>> {
  const review = await tx.qaReviews.get(reviewId);
  return review ? { granted: review } : { refused: { status: 'conflict', reason: 'review_not_found', message: 'The review no longer exists' } };
}

/** Only the agent whose case was reviewed acknowledges or disputes the review. */
export async function reviewedAgentOnly(ctx: MutationContext, args: { reviewId: string }, tx: Tx): Promise<Authorization<QaReviewData>> {
  const found = await loadReview(tx, args.reviewId);
  if ('refused' in found || found.granted.agent === ctx.username) return found;
  return { refused: { status: 'rejected', reason: 'not_reviewed_agent', message: 'Only the agent whose case was reviewed may do this' } };
}

/** A dispute is resolved by the review's reviewer, the pack's creator or a supervisor of the reviewed agent's team. */
export async function reviewerOnly(ctx: MutationContext, args: { reviewId: string }, tx: Tx): Promise<Authorization<QaReviewData>> {
  const found = await loadReview(tx, args.reviewId);
  if ('refused' in found || found.granted.reviewer === ctx.username) return found;
  if ((await tx.qaReviews.pack(found.granted.packId))?.createdBy === ctx.username) return found;
  if (await tx.organisation.supervisesAgent(ctx.username, found.granted.agent)) return found;
  return { refused: { status: 'rejected', reason: 'not_reviewer', message: 'Only the reviewer, the pack’s creator or a supervisor of the agent’s team resolves a dispute' } };
}

/** A new version of the answers, with its score, appended: every version is kept. */
export function withVersion(review: QaReviewData, answers: Answers, score: number, by: string, at: string, note: string | null): QaReviewData {
  const version = (review.versions.at(-1)?.version ?? 0) + 1;
  return { ...review, answers, score, updatedAt: at, versions: [...review.versions, { version, answers, score, at, by, note }] };
}

/**
 * A review as the wire carries it, or why it would not fit: what is stored is pulled by every
 * console seeing it, so nothing a console could not read is ever stored.
 */
export function unreadable(review: QaReviewData): Outcome | null {
  const parsed = WireQaReview.safeParse(review);
  return parsed.success ? null : { status: 'rejected', reason: 'review_too_large', message: `The review would not fit: ${z.prettifyError(parsed.error)}` };
}

/** Saves the review and puts it in front of whoever sees it; refused when it would no longer be readable. */
export async function saveReview(tx: Tx, reviewId: string, review: QaReviewData): Promise<Outcome | null> {
  const refused = unreadable(review);
  if (refused) return refused;
  await tx.qaReviews.update(reviewId, review);
  await tx.feed.publishReviews(review.packId, review.caseId);
  return null;
}
