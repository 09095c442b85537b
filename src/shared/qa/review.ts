// What a QA review is made of, besides its answers (scorecard.ts).
import type { Answer, Answers } from './scorecard.ts';
/** A review is submitted, then acknowledged by its agent or disputed, and a dispute resolved. */
export const QA_REVIEW_STATES = ['submitted', 'acknowledged', 'disputed', 'resolved'] as const;
export type QaReviewState = (typeof QA_REVIEW_STATES)[number];
/** The longest comment, dispute reason or resolution note. */
export const QA_COMMENT_MAX = 4000;

export interface QaReviewComment {
  id: string;
  /** The message of the thread it is anchored to; null for the whole case. */
  messageId: string | null;
  criterionId: string | null;
  text: string;
}

export interface QaDisputeResolution {
  decision: 'uphold' | 'amend';
  answer: Answer | null;
  note: string;
  by: string;
  at: string;
}

export interface QaDispute {
  id: string;
  criterionId: string;
  reason: string;
  by: string;
  at: string;
  resolution: QaDisputeResolution | null;
}

export interface QaReviewVersion {
  version: number;
  answers: Answers;
  score: number;
  at: string;
  by: string;
  note: string | null;
}

/** A review as the console shows it: the server's, with this console's pending changes over it. */
export interface QaReview {
  id: string;
  packId: string;
  caseId: string;
  agent: string;
  reviewer: string;
  scorecardId: string;
  scorecardVersion: number;
  answers: Answers;
  score: number;
  comments: QaReviewComment[];
  state: QaReviewState;
  disputes: QaDispute[];
  /** Oldest first; the last is in force. */
  versions: QaReviewVersion[];
  createdAt: string;
  updatedAt: string;
  /** Submitted here and not yet confirmed by the server ("por enviar"). */
  pending: boolean;
}

/** A comment typed and not yet added: the message it is anchored to (null: the whole case) and its text. */
export interface QaPendingComment {
  messageId: string | null;
  text: string;
}

/** A review being typed, saved as it is typed, back after a restart; cleared once submitted. */
export interface QaReviewDraft {
  answers: Answers;
  comments: QaReviewComment[];
  /** The comment being typed, if any: kept with the draft so nothing typed is lost. */
  pendingComment?: QaPendingComment | null;
  updatedAt: string;
}

/** What a submission sends: the comments added, and the one still being typed as the last of them. */
export function commentsToSend(comments: readonly QaReviewComment[], pending: QaPendingComment | null | undefined, newId: () => string): QaReviewComment[] {
  const text = pending?.text.trim() ?? '';
  if (!pending || text === '') return [...comments];
  return [...comments, { id: newId(), messageId: pending.messageId, criterionId: null, text }];
}

/** How far a pack's review of this reviewer has gone: confirmed by the server, and still to send. */
export interface QaReviewCounts {
  packId: string;
  reviewed: number;
  queued: number;
}
