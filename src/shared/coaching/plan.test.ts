import { describe, expect, it } from 'vitest';
import { coachingNoteId, isMonday, MondayDate, mondayOf, ObjectiveFields } from './plan.ts';

describe('the coaching plan’s weeks', () => {
  it('names a week by its Monday, whatever day is picked', () => {
    expect(mondayOf('2026-12-06')).toBe('2026-11-30'); // a Sunday
    expect(mondayOf('2026-11-30')).toBe('2026-11-30');
    expect(mondayOf('2026-12-02')).toBe('2026-11-30');
    expect(mondayOf('2027-01-01')).toBe('2026-12-28'); // across the year
    expect(isMonday('2026-11-30')).toBe(true);
    expect(isMonday('2026-12-01')).toBe(false);
  });

  it('refuses a week that is not a Monday, and keeps one note per agent and week', () => {
    expect(MondayDate.safeParse('2026-12-01').success).toBe(false);
    expect(MondayDate.safeParse('2026-11-30').success).toBe(true);
    expect(coachingNoteId('lucia', '2026-11-30')).toBe(coachingNoteId('lucia', '2026-11-30'));
    expect(coachingNoteId('lucia', '2026-11-30')).not.toBe(coachingNoteId('mateo', '2026-11-30'));
  });

  it('checks an objective: a report metric, a target of zero or more, a calendar due date', () => {
    const ok = { metric: 'first_response', target: 600, comparison: 'at_most', due: '2026-12-31', note: '' };
    expect(ObjectiveFields.safeParse(ok).success).toBe(true);
    expect(ObjectiveFields.safeParse({ ...ok, metric: 'sales' }).success).toBe(false);
    expect(ObjectiveFields.safeParse({ ...ok, target: -1 }).success).toBe(false);
    expect(ObjectiveFields.safeParse({ ...ok, due: 'next week' }).success).toBe(false);
    expect(ObjectiveFields.safeParse({ ...ok, due: null }).success).toBe(true);
  });
});
