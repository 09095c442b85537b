// A supervisor's review of a pack's case: shown at once as "por enviar" (version 0) with the
// score computed here as the server will. A refused review leaves the cache and its answers
// come back as the draft, so nothing typed is lost.
import { SubmitReviewArgs, type SUBMIT_REVIEW } from '../../../protocol/mutations/submit-review.ts';
import { score } from '../../../shared/qa/score.ts';
import { scorecardOf } from '../../qa/scorecards.ts';
import type { MutationModule } from './module.ts';

export const submitReview: MutationModule<typeof SUBMIT_REVIEW> = {
  args: SubmitReviewArgs,
  effect(store, args, { author, at }) {
    const found = store.cases.get(args.caseId);
    const scorecard = scorecardOf(store, args.scorecardId, args.scorecardVersion);
    const value = scorecard && found ? score(scorecard, args.answers, found.channel).score : 0;
    store.qaReviews.insertLocal(args.reviewId, {
      packId: args.packId, caseId: args.caseId, agent: found?.assignedTo ?? '', reviewer: author.username,
      scorecardId: args.scorecardId, scorecardVersion: args.scorecardVersion, answers: args.answers, score: value,
      comments: args.comments, state: 'submitted', disputes: [],
      versions: [{ version: 1, answers: args.answers, score: value, at, by: author.username, note: null }],
      createdAt: at, updatedAt: at,
    });
  },
  undo(store, args, { at }) {
    store.qaReviews.revertToServer(args.reviewId);
    store.qaReviews.keepDraft(args.packId, args.caseId, { answers: args.answers, comments: args.comments, updatedAt: at });
    return [];
  },
  announces: ['qa_review'],
};
