// Satisfaction from the surveys sent: how many went out, how many were answered, the mean of the
// first question (1–5) over the answers, and how many answers were negative. See docs/metrics.md.
import { mean } from './stats.ts';

export interface SurveyFact {
  answered: boolean;
  /** The first question's answer, 1–5; null when unanswered or not on the scale. */
  score: number | null;
  negative: boolean;
}

export interface CsatFigures {
  sent: number;
  answered: number;
  score: number | null;
  negative: number;
}

export function csatFigures(surveys: readonly SurveyFact[]): CsatFigures {
  const answered = surveys.filter((s) => s.answered);
  return {
    sent: surveys.length,
    answered: answered.length,
    score: mean(answered.flatMap((s) => (s.score === null ? [] : [s.score]))),
    negative: answered.filter((s) => s.negative).length,
  };
}
