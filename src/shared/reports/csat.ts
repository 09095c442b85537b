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

/** Which surveys each count takes: the drill-down lists the same ones. */
export const SURVEY_COUNTS = {
  sent: () => true,
  answered: (s: SurveyFact) => s.answered,
  negative: (s: SurveyFact) => s.answered && s.negative,
} as const;

export function csatFigures(surveys: readonly SurveyFact[]): CsatFigures {
  const answered = surveys.filter(SURVEY_COUNTS.answered);
  return {
    sent: surveys.length,
    answered: answered.length,
    score: mean(answered.flatMap((s) => (s.score === null ? [] : [s.score]))),
    negative: surveys.filter(SURVEY_COUNTS.negative).length,
  };
}
