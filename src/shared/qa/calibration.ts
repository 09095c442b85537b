// A calibration session side by side: for each case, every reviewer's answer per criterion, the
// spread of their 0–100 scores, each one's distance from the benchmark (the supervisor who
// opened the session) and their agreement, flagged against the team's target spread.
import type { Answer } from './scorecard.ts';

/** The team's target: reviewers' scores of one case at most this many points apart. */
export const CALIBRATION_TARGET_SPREAD = 5;

/** What the side-by-side needs of a review: whose, of which case, its answers and its score. */
export interface CalibrationReview {
  caseId: string;
  reviewer: string;
  answers: Readonly<Record<string, Answer>>;
  score: number;
}

/** A session's reviews on this computer and the scorecard criteria they answered, in its order. */
export interface CalibrationSources {
  reviews: CalibrationReview[];
  criteria: { id: string; question: string }[];
}

export interface CriterionRow {
  criterionId: string;
  /** Each reviewer's answer, in the session's order; null where they left it unanswered. */
  answers: { reviewer: string; answer: Answer | null }[];
  /** Every reviewer who submitted gave the same answer. */
  same: boolean;
}

export interface CaseCalibration {
  caseId: string;
  /** Reviewers who have submitted, in the session's order; the rest are still reviewing. */
  submitted: string[];
  waiting: string[];
  criteria: CriterionRow[];
  scores: { reviewer: string; score: number; /** From the benchmark's score; null until the benchmark submits. */ distance: number | null }[];
  /** max − min of the scores; null with fewer than two reviews. */
  spread: number | null;
  /** Share (0–1) of criteria where every reviewer answered the same; null with fewer than two reviews. */
  agreement: number | null;
  /** Spread over the team's target. */
  flagged: boolean;
}

export interface SessionCalibration {
  cases: CaseCalibration[];
  /** Cases at least two reviewers have submitted, and how many of them are over the target. */
  compared: number;
  flagged: number;
  /** Mean over compared cases; null when none is. */
  meanSpread: number | null;
  meanAgreement: number | null;
}

const round = (n: number): number => Math.round(n * 100) / 100;
const mean = (values: number[]): number | null => (values.length === 0 ? null : round(values.reduce((a, b) => a + b, 0) / values.length));

/**
 * The side-by-side of a session. `criteria` lists the scorecard's criterion ids in its order;
 * `reviewers` the session's, benchmark included. Only reviews of the session's reviewers count.
 */
export function calibrate(session: {
  caseIds: readonly string[];
  reviewers: readonly string[];
  benchmark: string;
  criteria: readonly string[];
  reviews: readonly CalibrationReview[];
}): SessionCalibration {
  const cases = session.caseIds.map((caseId): CaseCalibration => {
    const byReviewer = new Map(session.reviews.filter((r) => r.caseId === caseId && session.reviewers.includes(r.reviewer)).map((r) => [r.reviewer, r]));
    const submitted = session.reviewers.filter((r) => byReviewer.has(r));
    const waiting = session.reviewers.filter((r) => !byReviewer.has(r));
    const criteria = session.criteria.map((criterionId): CriterionRow => {
      const answers = submitted.map((reviewer) => ({ reviewer, answer: byReviewer.get(reviewer)?.answers[criterionId] ?? null }));
      return { criterionId, answers, same: answers.length > 0 && answers.every((a) => a.answer === answers[0]?.answer) };
    });
    const benchmark = byReviewer.get(session.benchmark)?.score;
    const scores = submitted.map((reviewer) => {
      const score = byReviewer.get(reviewer)?.score ?? 0;
      return { reviewer, score, distance: benchmark === undefined ? null : round(Math.abs(score - benchmark)) };
    });
    const compared = submitted.length >= 2;
    const values = scores.map((s) => s.score);
    const spread = compared ? round(Math.max(...values) - Math.min(...values)) : null;
    const agreement = compared && criteria.length > 0 ? round(criteria.filter((c) => c.same).length / criteria.length) : null;
    return { caseId, submitted, waiting, criteria, scores, spread, agreement, flagged: spread !== null && spread > CALIBRATION_TARGET_SPREAD };
  });
  const compared = cases.filter((c) => c.spread !== null);
  return {
    cases,
    compared: compared.length,
    flagged: compared.filter((c) => c.flagged).length,
    meanSpread: mean(compared.map((c) => c.spread ?? 0)),
    meanAgreement: mean(compared.flatMap((c) => (c.agreement === null ? [] : [c.agreement]))),
  };
}
