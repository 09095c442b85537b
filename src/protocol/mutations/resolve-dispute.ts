import { z } from 'zod';
import { QA_COMMENT_MAX } from '../../shared/qa/review.ts';
import { Answer } from '../../shared/qa/scorecard.ts';

export const RESOLVE_DISPUTE = 'resolve_dispute';
/**
 * The reviewer upholds the disputed answer or amends it (`answer` then required): an amendment
 * recomputes the score and appends a version, and every version is kept.
 */
export const ResolveDisputeArgs = z.object({
  disputeId: z.uuid(),
  reviewId: z.uuid(),
  decision: z.enum(['uphold', 'amend']),
  answer: Answer.optional(),
  note: z.string().trim().min(1).max(QA_COMMENT_MAX),
}).refine((a) => a.decision === 'uphold' || a.answer !== undefined, { message: 'an amendment needs the new answer', path: ['answer'] });
