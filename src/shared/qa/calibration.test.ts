import { describe, expect, it } from 'vitest';
import { calibrate, type CalibrationReview } from './calibration.ts';

const review = (caseId: string, reviewer: string, score: number, answers: CalibrationReview['answers']): CalibrationReview => ({ caseId, reviewer, score, answers });
const session = (reviews: CalibrationReview[]) => calibrate({
  caseIds: ['c1', 'c2'], reviewers: ['sofia', 'valeria', 'tomas'], benchmark: 'sofia', criteria: ['tono', 'historial', 'firma', 'datos'], reviews,
});

describe('calibrate', () => {
  it('lays each criterion side by side with the spread, the distance from the benchmark and the agreement', () => {
    const result = session([
      review('c1', 'sofia', 80, { tono: 'yes', historial: 4, firma: 'yes', datos: 'na' }),
      review('c1', 'valeria', 72.5, { tono: 'yes', historial: 3, firma: 'yes', datos: 'na' }),
      review('c1', 'tomas', 83, { tono: 'yes', historial: 4, firma: 'no', datos: 'na' }),
    ]);
    const [c1] = result.cases;
    expect(c1!.criteria.find((c) => c.criterionId === 'historial')).toEqual({
      criterionId: 'historial', same: false,
      answers: [{ reviewer: 'sofia', answer: 4 }, { reviewer: 'valeria', answer: 3 }, { reviewer: 'tomas', answer: 4 }],
    });
    expect(c1!.scores).toEqual([
      { reviewer: 'sofia', score: 80, distance: 0 }, { reviewer: 'valeria', score: 72.5, distance: 7.5 }, { reviewer: 'tomas', score: 83, distance: 3 },
    ]);
    expect(c1!.spread).toBe(10.5);
    // tono and datos agree; historial and firma do not.
    expect(c1!.agreement).toBe(0.5);
    expect(c1!.flagged).toBe(true);
    expect(result).toMatchObject({ compared: 1, flagged: 1, meanSpread: 10.5, meanAgreement: 0.5 });
  });

  it('flags only a spread past the target of 5 points', () => {
    const result = session([
      review('c1', 'sofia', 80, { tono: 'yes' }), review('c1', 'valeria', 85, { tono: 'yes' }),
      review('c2', 'sofia', 80, { tono: 'yes' }), review('c2', 'valeria', 85.01, { tono: 'yes' }),
    ]);
    expect(result.cases.map((c) => [c.spread, c.flagged])).toEqual([[5, false], [5.01, true]]);
    // An answer nobody gave (null for every reviewer) is the same for all.
    expect(result.cases[0]!.agreement).toBe(1);
  });

  it('waits for a second review before comparing, and for the benchmark before measuring distance', () => {
    const result = session([review('c1', 'valeria', 70, { tono: 'no' }), review('c2', 'valeria', 60, {}), review('c2', 'tomas', 90, {})]);
    expect(result.cases[0]).toMatchObject({ submitted: ['valeria'], waiting: ['sofia', 'tomas'], spread: null, agreement: null, flagged: false });
    expect(result.cases[1]!.scores).toEqual([{ reviewer: 'valeria', score: 60, distance: null }, { reviewer: 'tomas', score: 90, distance: null }]);
    expect(result).toMatchObject({ compared: 1, flagged: 1, meanSpread: 30 });
  });

  it('leaves out reviews of someone outside the session', () => {
    const result = session([review('c1', 'sofia', 80, {}), review('c1', 'lucia', 10, {})]);
    expect(result.cases[0]).toMatchObject({ submitted: ['sofia'], spread: null });
  });
});
