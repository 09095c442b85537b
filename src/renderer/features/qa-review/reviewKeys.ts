// What a key does on a criterion of the review screen: y / n on yes-no, 1–5 on its scale, x for
// N/A where allowed. The answer keys (y, n, x, 1–5) are the review's while a criterion has focus,
// even when they answer nothing there, so they never reach the console's shortcuts (`n` is the
// next waiting case there). Any other key (j / k among them) is left to the console.
import type { Answer, Criterion } from '../../../shared/qa/scorecard.ts';

/** The answers a criterion offers, in the order its buttons show them. */
export const choicesOf = (c: Pick<Criterion, 'scale' | 'na'>): Answer[] => {
  const scale: Answer[] = c.scale === 'yesno' ? ['yes', 'no'] : c.scale === '1-3' ? [1, 2, 3] : [1, 2, 3, 4, 5];
  return c.na ? [...scale, 'na'] : scale;
};

/** The answer `key` gives on this criterion; undefined when the key is not one of its answers. */
export function keyAnswer(c: Pick<Criterion, 'scale' | 'na'>, key: string): Answer | undefined {
  const wanted: string | number | undefined = key === 'x' ? 'na' : key === 'y' ? 'yes' : key === 'n' ? 'no' : /^[1-5]$/.test(key) ? Number(key) : undefined;
  return choicesOf(c).find((a) => a === wanted);
}

/** The keys the review screen keeps for itself while a criterion has focus. */
const ANSWER_KEY = /^[ynx1-5]$/;

/** What a key does on a focused criterion: answer it, be kept from the console's shortcuts, or pass through. */
export type ReviewKeyAction = { kind: 'answer'; answer: Answer } | { kind: 'consume' } | { kind: 'pass' };

export function reviewKey(c: Pick<Criterion, 'scale' | 'na'>, key: string, readOnly: boolean): ReviewKeyAction {
  if (!ANSWER_KEY.test(key)) return { kind: 'pass' };
  const answer = readOnly ? undefined : keyAnswer(c, key);
  return answer === undefined ? { kind: 'consume' } : { kind: 'answer', answer };
}

/** The criterion to focus when the screen opens: the first unanswered one, else the first. */
export function firstUnanswered(criteria: readonly { id: string }[], answers: Record<string, unknown>): number {
  return Math.max(0, criteria.findIndex((c) => answers[c.id] === undefined));
}
