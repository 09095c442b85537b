import { z } from 'zod';
import { QA_COMMENT_MAX } from '../../shared/qa/review.ts';
import { Answers } from '../../shared/qa/scorecard.ts';
import { id } from '../fields.ts';

export const SUBMIT_REVIEW = 'submit_review';
/**
 * A supervisor's review of a case of a QA pack; the console chooses the review's id, so a resent
 * push cannot create it twice. The server computes the score from the scorecard version named.
 */
export const SubmitReviewArgs = z.object({
  reviewId: z.uuid(),
  packId: id,
  caseId: id,
  scorecardId: z.string().min(1).max(100),
  scorecardVersion: z.int().positive(),
  answers: Answers,
  comments: z.array(z.object({
    id: z.uuid(),
    /** The message of the thread it is anchored to; null for a comment on the whole case. */
    messageId: id.nullable(),
    criterionId: z.string().max(100).nullable(),
    text: z.string().trim().min(1).max(QA_COMMENT_MAX),
  })).max(200),
});
