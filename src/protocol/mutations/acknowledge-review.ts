import { z } from 'zod';

export const ACKNOWLEDGE_REVIEW = 'acknowledge_review';
/** The reviewed agent has read the review and takes it as it is. */
export const AcknowledgeReviewArgs = z.object({ reviewId: z.uuid() });
