// The scorecards this console holds (the synced `qa_scorecards` document, or the default one),
// and a review's answers changed and scored as the server will: the review screen's live score
// and the optimistic effects use the same shared functions the server stores with.
import type { WireData } from '../../protocol/entities.ts';
import { score } from '../../shared/qa/score.ts';
import { SCORECARDS_DOCUMENT, scorecardsFrom, scorecardVersion, type Answer, type Scorecard, type ScorecardsDocument } from '../../shared/qa/scorecard.ts';
import type { Store } from '../db/store.ts';

export const scorecards = (store: Store): ScorecardsDocument => scorecardsFrom(store.reference.setting(SCORECARDS_DOCUMENT));

export const scorecardOf = (store: Store, id: string, version: number): Scorecard | undefined => scorecardVersion(scorecards(store), id, version);

/** A disputed answer amended: the answers, their score and a new version, as the server computes them. */
export function amended(store: Store, review: WireData<'qa_review'>, criterionId: string, answer: Answer, by: string, at: string, note: string): WireData<'qa_review'> {
  const scorecard = scorecardOf(store, review.scorecardId, review.scorecardVersion);
  const answers = { ...review.answers, [criterionId]: answer };
  const value = scorecard ? score(scorecard, answers, store.cases.get(review.caseId)?.channel ?? '').score : review.score;
  const version = (review.versions.at(-1)?.version ?? 0) + 1;
  return { ...review, answers, score: value, versions: [...review.versions, { version, answers, score: value, at, by, note }] };
}
