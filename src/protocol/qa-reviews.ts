// `GET /v1/qa/reviews?packId=ID`: a pack's reviews as the server stored them, for its reviewers.
import { z } from 'zod';
import { Answers } from '../shared/qa/scorecard.ts';
import { id, isoTime } from './fields.ts';

export const QaReviewsQuery = z.object({ packId: id });

export const QaReviewsResponse = z.object({
  reviews: z.array(z.object({
    id, packId: id, caseId: id, reviewer: z.string(), score: z.number().min(0).max(100), answers: Answers, createdAt: isoTime,
  })),
});
