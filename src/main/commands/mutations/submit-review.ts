// A supervisor's review of a pack's case: shown at once as "por enviar" (version 0) with the
// score computed here as the server will. A refused review leaves the cache and its answers
// come back as the draft, so nothing typed is lost. So does one the server may or may not have
// (a sequence gap): the supervisor checks and sends it again, and if the server did store it,
// its copy arrives by pull and the server refuses a second one as `already_reviewed`.
import { SubmitReviewArgs, type SUBMIT_REVIEW } from '../../../protocol/mutations/submit-review.ts';
import { score } from '../../../shared/qa/score.ts';
import { scorecardOf } from '../../qa/scorecards.ts';
import type { MutationArgs } from '../../../protocol/mutations/index.ts';
import type { Store } from '../../db/store.ts';
import type { MutationModule } from './module.ts';

/** The pending review leaves the cache and its answers and comments become the draft again. */
function backToDraft(store: Store, args: MutationArgs<typeof SUBMIT_REVIEW>, at: string): void {
  store.qaReviews.revertToServer(args.reviewId);
  store.qaReviews.keepDraft(args.packId, args.caseId, { answers: args.answers, comments: args.comments, updatedAt: at });
}

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
  settle(store, args, ending, { at }) {
    if (ending === 'unknown') backToDraft(store, args, at);
  },
  undo(store, args, { at }) {
    backToDraft(store, args, at);
    return [];
  },
  announces: ['qa_review'],
};
