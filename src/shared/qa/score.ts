// A review's score, 0–100, from its answers on one scorecard: the server computes the stored
// score at submit with it, and the review screen recomputes it live on every keystroke.
//
// - A standard criterion scores yes/no as 1/0, a 1–3 scale as (v−1)/2 and a 1–5 scale as
//   (v−1)/4. The standard part is 100 · Σ weight·score / Σ weight over the standard criteria
//   answered and not N/A; a criterion whose channels leave out the case's channel counts as N/A.
// - Each bonus criterion adds 100 · weight·score / (that same Σ weight), up to the scorecard's
//   bonus cap in points.
// - An auto-fail criterion answered "no" (or 1 on a scale) makes the score 0.
// - The result is clamped to 0–100.
// Unanswered criteria count for nothing, so a draft shows the score of what is answered so far;
// it can be submitted once every applicable criterion has an answer that fits.
// When every standard criterion is N/A there is nothing to weigh: the score is 0, `scorable` is
// false and the review cannot be submitted, unless an auto-fail criterion failed (then 0 is the
// judgement, and it can).
import { appliesTo, fitsScale, type Answer, type Answers, type Criterion, type Scale, type Scorecard, type SectionKind } from './scorecard.ts';

export interface ScoreBreakdown {
  /** The score, 0–100. */
  score: number;
  autoFailed: boolean;
  /** The standard part, 0–100; null when no standard criterion is answered (all N/A or none yet). */
  standard: number | null;
  /** Points the bonus adds, after the cap. */
  bonus: number;
  /** Points the bonus would add without the cap. */
  bonusUncapped: number;
  /** The auto-fail criteria that failed. */
  autoFailedBy: string[];
  /** Criteria that apply to the channel and have no usable answer yet, in the sheet's order. */
  unanswered: string[];
  /** Answers that cannot count: an unknown criterion, a value off its scale, N/A where it is not allowed. */
  invalid: string[];
  /** Criteria left out because their channels do not include the case's. */
  excluded: string[];
  /** Whether at least one standard criterion counted (or an auto-fail failed). */
  scorable: boolean;
  /** Every applicable criterion answered with a fitting answer, and the review scorable: it may be submitted. */
  complete: boolean;
}

/** A criterion's answer as a fraction of its best: 0–1; null for N/A. */
export function answerValue(scale: Scale, answer: Answer): number | null {
  if (answer === 'na') return null;
  if (answer === 'yes') return 1;
  if (answer === 'no') return 0;
  return scale === '1-3' ? (answer - 1) / 2 : scale === '1-5' ? (answer - 1) / 4 : 0;
}

/** Whether an auto-fail criterion's answer fails the review: "no", or the lowest point of a scale. */
export const failsCritical = (answer: Answer): boolean => answer === 'no' || answer === 1;

const usable = (criterion: Criterion, answer: Answer): boolean => fitsScale(criterion.scale, answer) && (answer !== 'na' || criterion.na);

export function score(card: Scorecard, answers: Answers, channel: string): ScoreBreakdown {
  let weighed = 0;
  let weights = 0;
  const bonuses: { weight: number; value: number }[] = [];
  const autoFailedBy: string[] = [];
  const unanswered: string[] = [];
  const excluded: string[] = [];
  const known = new Set<string>();
  const invalid: string[] = [];

  for (const section of card.sections) {
    for (const criterion of section.criteria) {
      known.add(criterion.id);
      const answer = answers[criterion.id];
      if (!appliesTo(criterion, channel)) {
        excluded.push(criterion.id);
        continue;
      }
      if (answer === undefined || !usable(criterion, answer)) {
        if (answer !== undefined) invalid.push(criterion.id);
        unanswered.push(criterion.id);
        continue;
      }
      tally(section.kind, criterion, answer);
    }
  }
  for (const id of Object.keys(answers)) if (!known.has(id)) invalid.push(id);

  function tally(kind: SectionKind, criterion: Criterion, answer: Answer): void {
    if (kind === 'autofail') {
      if (failsCritical(answer)) autoFailedBy.push(criterion.id);
      return;
    }
    const value = answerValue(criterion.scale, answer);
    if (value === null) return;
    if (kind === 'standard') {
      weighed += criterion.weight * value;
      weights += criterion.weight;
    } else {
      bonuses.push({ weight: criterion.weight, value });
    }
  }

  const autoFailed = autoFailedBy.length > 0;
  const standard = weights > 0 ? (100 * weighed) / weights : null;
  const bonusUncapped = weights > 0 ? bonuses.reduce((sum, b) => sum + (100 * b.weight * b.value) / weights, 0) : 0;
  const bonus = Math.min(bonusUncapped, card.bonusCap);
  const scorable = standard !== null || autoFailed;
  const total = autoFailed || standard === null ? 0 : Math.min(100, Math.max(0, standard + bonus));
  return {
    score: total, autoFailed, standard, bonus, bonusUncapped, autoFailedBy, unanswered, invalid, excluded, scorable,
    complete: scorable && unanswered.length === 0 && invalid.length === 0,
  };
}
