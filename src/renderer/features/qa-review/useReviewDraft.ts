// The answers and comments being typed, saved to the cache as they change (the draft comes back
// after a restart), starting from the saved draft the first time the case's data arrives.
import { useState } from 'react';
import type { QaReviewComment } from '../../../shared/qa/review.ts';
import type { QaReviewCase } from '../../../shared/qa/review-operations.ts';
import type { Answer, Answers } from '../../../shared/qa/scorecard.ts';
import { api } from '../../lib/bridge.ts';

export interface ReviewDraft {
  answers: Answers;
  comments: QaReviewComment[];
  setAnswer: (criterionId: string, answer: Answer) => void;
  addComment: (comment: QaReviewComment) => void;
  removeComment: (id: string) => void;
}

export function useReviewDraft(data: QaReviewCase | undefined): ReviewDraft {
  const key = data ? `${data.packId}:${data.caseId}` : null;
  const [state, setState] = useState<{ key: string | null; answers: Answers; comments: QaReviewComment[] }>({ key: null, answers: {}, comments: [] });
  // The first answer for a case seeds the form; later re-reads (a sync) never overwrite what is being typed.
  const current = state.key === key || !data ? state : { key, answers: data.review?.answers ?? data.draft?.answers ?? {}, comments: data.review?.comments ?? data.draft?.comments ?? [] };
  if (current !== state) setState(current);

  const save = (answers: Answers, comments: QaReviewComment[]) => {
    setState({ key, answers, comments });
    if (data) void api.saveReviewDraft({ packId: data.packId, caseId: data.caseId, answers, comments });
  };
  return {
    answers: current.answers,
    comments: current.comments,
    setAnswer: (criterionId, answer) => save({ ...current.answers, [criterionId]: answer }, current.comments),
    addComment: (comment) => save(current.answers, [...current.comments, comment]),
    removeComment: (id) => save(current.answers, current.comments.filter((c) => c.id !== id)),
  };
}
