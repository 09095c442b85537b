import type { TFunction } from 'i18next';
import type { Answer } from '../../../shared/qa/scorecard.ts';

/** An answer as the screen says it: Sí / No / N/A, or the number on its scale. */
export const answerLabel = (t: TFunction, answer: Answer | undefined): string =>
  answer === undefined ? '—' : typeof answer === 'number' ? String(answer) : t(`qaReview.answer.${answer}`);
