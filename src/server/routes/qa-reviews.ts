// The reviews of a QA pack as the server stored them: for supervisors reviewing that pack only.
// A calibration stays blind as in the feed (qa-audience.ts): another reviewer's review of a case
// is answered only once the caller has submitted their own of that case.
import { z } from 'zod';
import { QaReviewsQuery } from '../../protocol/qa-reviews.ts';
import { HttpError, sendJson } from '../http.ts';
import { authenticate } from './auth.ts';
import type { StoredQaReview } from '../store/repositories.ts';
import type { Api, Routes } from './route.ts';

function blind(reviews: StoredQaReview[], username: string): StoredQaReview[] {
  const reviewed = new Set(reviews.filter((r) => r.reviewer === username).map((r) => r.caseId));
  return reviews.filter((r) => reviewed.has(r.caseId));
}

export const qaReviewRoutes = (api: Api): Routes => ({
  'GET /v1/qa/reviews': async (req, res) => {
    const session = await authenticate(api, req);
    if (session.role !== 'supervisor') throw new HttpError(403, 'forbidden', 'Only supervisors read a pack’s reviews');
    const query = QaReviewsQuery.safeParse(Object.fromEntries(new URL(req.url ?? '/', 'http://sandbox').searchParams));
    if (!query.success) throw new HttpError(400, 'invalid_query', `Name the pack: ${z.prettifyError(query.error)}`);
    const { packId } = query.data;
    const pack = await api.store.qaReviews.pack(packId);
    if (!pack) throw new HttpError(404, 'pack_not_found', 'No such pack');
    if (!(await api.store.qaReviews.isReviewer(packId, session.username))) {
      throw new HttpError(403, 'forbidden', 'You are not a reviewer of this pack');
    }
    const reviews = await api.store.qaReviews.ofPack(packId);
    sendJson(res, 200, { reviews: pack.calibration ? blind(reviews, session.username) : reviews });
  },
});
