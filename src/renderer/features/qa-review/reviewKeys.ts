// What a key does on a criterion of the review screen: y / n on yes-no, 1–5 on its scale, x for
// N/A where allowed. Any other key (j / k among them) is left to the console's shortcuts.
import type { Answer, Criterion } from '../../../shared/qa/scorecard.ts';

/** The answers a criterion offers, in the order its buttons show them. */
export const choicesOf = (c: Pick<Criterion, 'scale' | 'na'>): Answer[] => {
  const scale: Answer[] = c.scale === 'yesno' ? ['yes', 'no'] : c.scale === '1-3' ? [1, 2, 3] : [1, 2, 3, 4, 5];
  return c.na ? [...scale, 'na'] : scale;
};

/** The answer `key` gives on this criterion; undefined when the key is not one of its answers. */
export function keyAnswer(c: Pick<Criterion, 'scale' | 'na'>, key: string): Answer | undefined {
  const wanted: Answer | undefined = key === 'x' ? 'na' : key === 'y' ? 'yes' : key === 'n' ? 'no' : /^[1-5]$/.test(key) ? Number(key) : undefined;
  return choicesOf(c).find((a) => a === wanted);
}
