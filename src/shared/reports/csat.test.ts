import { describe, expect, it } from 'vitest';
import { csatFigures } from './csat.ts';

describe('CSAT', () => {
  it('counts sent and answered surveys, averages the first question and counts negatives', () => {
    // Four sent; answered 5, 2 (negative) and 4; one unanswered. Mean (5 + 2 + 4) / 3 = 11/3.
    expect(csatFigures([
      { answered: true, score: 5, negative: false }, { answered: true, score: 2, negative: true },
      { answered: true, score: 4, negative: false }, { answered: false, score: null, negative: false },
    ])).toEqual({ sent: 4, answered: 3, score: 11 / 3, negative: 1 });
  });

  it('has no score while nothing was answered', () => {
    expect(csatFigures([{ answered: false, score: null, negative: false }])).toEqual({ sent: 1, answered: 0, score: null, negative: 0 });
  });

  it('counts a "no" answer without a score as negative, outside the mean', () => {
    expect(csatFigures([{ answered: true, score: null, negative: true }, { answered: true, score: 4, negative: false }]))
      .toEqual({ sent: 2, answered: 2, score: 4, negative: 1 });
  });
});
