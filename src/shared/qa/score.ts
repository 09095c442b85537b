// The score of a review, 0–100. Standard criteria score yes/no as 1/0, a 1–3 scale as (v−1)/2
// and a 1–5 scale as (v−1)/4, weighted, over those not answered N/A (or not applying to the
// channel). Bonus criteria add 100·weight·score / Σ standard weight, up to the scorecard's cap.
// An auto-fail criterion answered "no" (or 1 on a scale) makes the score 0.
import type { Answer, Answers, Criterion, Scorecard } from './scorecard.ts';
import { appliesTo, criteriaOf } from './scorecard.ts';

export interface ScoreBreakdown {
  score: number;
  autoFailed: boolean;
  /** The standard part before the bonus, 0–100; null when every standard criterion was N/A. */
  standard: number | null;
  bonus: number;
  /** Criteria that apply and have no answer yet. */
  unanswered: string[];
}

/** An answer's value 0–1; null for N/A or an answer that does not fit the scale. */
export function answerValue(criterion: Criterion, answer: Answer | undefined): number | null {
  if (answer === undefined || answer === 'na') return null;
  if (criterion.scale === 'yesno') return answer === 'yes' ? 1 : answer === 'no' ? 0 : null;
  if (typeof answer !== 'number') return null;
  const top = criterion.scale === '1-3' ? 3 : 5;
  return answer >= 1 && answer <= top ? (answer - 1) / (top - 1) : null;
}

export function score(scorecard: Scorecard, answers: Answers, channel: string): ScoreBreakdown {
  let weighted = 0;
  let weights = 0;
  let standardWeight = 0;
  let bonusPoints = 0;
  let autoFailed = false;
  const unanswered: string[] = [];
  for (const c of criteriaOf(scorecard)) {
    if (!appliesTo(c, channel)) continue;
    const answer = answers[c.id];
    if (answer === undefined) unanswered.push(c.id);
    const value = answerValue(c, answer);
    if (c.kind === 'standard') {
      standardWeight += c.weight;
      if (value === null) continue;
      weighted += c.weight * value;
      weights += c.weight;
    } else if (c.kind === 'bonus') {
      if (value !== null) bonusPoints += c.weight * value;
    } else if (value === 0) {
      autoFailed = true;
    }
  }
  const standard = weights === 0 ? null : (100 * weighted) / weights;
  const bonus = standardWeight === 0 ? 0 : Math.min(scorecard.bonusCap, (100 * bonusPoints) / standardWeight);
  const total = autoFailed ? 0 : Math.min(100, (standard ?? 100) + bonus);
  return { score: Math.round(total * 100) / 100, autoFailed, standard, bonus, unanswered };
}
