// The answers and comments being typed, saved to the cache as they change (the draft comes back
// after a restart), starting from the saved draft the first time the case's data arrives. The
// comment being typed and not yet added is part of the draft too.
import { useState } from 'react';
import type { QaPendingComment, QaReviewComment } from '../../../shared/qa/review.ts';
import type { QaReviewCase } from '../../../shared/qa/review-operations.ts';
import type { Answer, Answers } from '../../../shared/qa/scorecard.ts';
import { api } from '../../lib/bridge.ts';

export interface ReviewDraft {
  answers: Answers;
  comments: QaReviewComment[];
  pendingComment: QaPendingComment;
  setAnswer: (criterionId: string, answer: Answer) => void;
  addComment: (comment: QaReviewComment) => void;
  removeComment: (id: string) => void;
  setPendingComment: (pending: QaPendingComment) => void;
}

interface State {
  key: string | null;
  answers: Answers;
  comments: QaReviewComment[];
  pendingComment: QaPendingComment;
}

const NO_COMMENT: QaPendingComment = { messageId: null, text: '' };

export function useReviewDraft(data: QaReviewCase | undefined): ReviewDraft {
  const key = data ? `${data.packId}:${data.caseId}` : null;
  const [state, setState] = useState<State>({ key: null, answers: {}, comments: [], pendingComment: NO_COMMENT });
  // The first answer for a case seeds the form; later re-reads (a sync) never overwrite what is being typed.
  const current: State = state.key === key || !data ? state : {
    key,
    answers: data.review?.answers ?? data.draft?.answers ?? {},
    comments: data.review?.comments ?? data.draft?.comments ?? [],
    pendingComment: data.review ? NO_COMMENT : data.draft?.pendingComment ?? NO_COMMENT,
  };
  if (current !== state) setState(current);

  const save = (next: Omit<State, 'key'>) => {
    setState({ key, ...next });
    const pendingComment = next.pendingComment.text === '' && next.pendingComment.messageId === null ? null : next.pendingComment;
    if (data) void api.saveReviewDraft({ packId: data.packId, caseId: data.caseId, answers: next.answers, comments: next.comments, pendingComment });
  };
  return {
    answers: current.answers,
    comments: current.comments,
    pendingComment: current.pendingComment,
    setAnswer: (criterionId, answer) => save({ ...current, answers: { ...current.answers, [criterionId]: answer } }),
    addComment: (comment) => save({ ...current, comments: [...current.comments, comment], pendingComment: { ...current.pendingComment, text: '' } }),
    removeComment: (id) => save({ ...current, comments: current.comments.filter((c) => c.id !== id) }),
    setPendingComment: (pendingComment) => save({ ...current, pendingComment }),
  };
}
