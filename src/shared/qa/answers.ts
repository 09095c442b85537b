// Whether a review's answers fit the scorecard version it names, on the case's channel: the
// console checks before it queues a review and the server again before it stores one.
import { answerValue } from './score.ts';
import { appliesTo, criteriaOf, type Answer, type Answers, type Criterion, type Scorecard } from './scorecard.ts';

/** Why `answer` cannot be `criterion`'s; null when it can. */
export function answerProblem(criterion: Criterion, answer: Answer): string | null {
  if (answer === 'na') return criterion.na ? null : `${criterion.id} does not allow N/A`;
  return answerValue(criterion, answer) === null ? `${String(answer)} is not on ${criterion.id}'s ${criterion.scale} scale` : null;
}

/** Why the answers cannot be submitted: an unknown criterion, a value off its scale, N/A where not allowed, one missing. */
export function answersProblem(scorecard: Scorecard, answers: Answers, channel: string): string | null {
  const criteria = new Map(criteriaOf(scorecard).map((c) => [c.id, c]));
  for (const [id, answer] of Object.entries(answers)) {
    const criterion = criteria.get(id);
    if (!criterion) return `${id} is not a criterion of ${scorecard.id} v${String(scorecard.version)}`;
    // A criterion that does not apply on this channel counts as N/A whatever it says.
    if (!appliesTo(criterion, channel)) continue;
    const problem = answerProblem(criterion, answer);
    if (problem) return problem;
  }
  const missing = [...criteria.values()].filter((c) => appliesTo(c, channel) && answers[c.id] === undefined).map((c) => c.id);
  return missing.length > 0 ? `unanswered: ${missing.join(', ')}` : null;
}
