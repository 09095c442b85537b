import { describe, expect, it } from 'vitest';
import { complaintsByWeek, mondayOf } from './weeks.ts';

const t = (iso: string) => Date.parse(iso);

describe('complaints by week', () => {
  it('finds the Monday of a week', () => {
    expect(new Date(mondayOf(t('2026-03-08T23:59:00Z'))).toISOString()).toBe('2026-03-02T00:00:00.000Z'); // a Sunday
    expect(new Date(mondayOf(t('2026-03-09T00:00:00Z'))).toISOString()).toBe('2026-03-09T00:00:00.000Z');
  });

  it('counts each week’s opened cases and complaints', () => {
    const weeks = complaintsByWeek([
      { openedAt: t('2026-03-03T10:00:00Z'), complaint: true },
      { openedAt: t('2026-03-04T10:00:00Z'), complaint: false },
      { openedAt: t('2026-03-10T10:00:00Z'), complaint: true },
      { openedAt: t('2026-03-11T10:00:00Z'), complaint: true },
      { openedAt: t('2026-03-20T10:00:00Z'), complaint: true }, // after the period
    ], t('2026-03-02T00:00:00Z'), t('2026-03-16T00:00:00Z'));
    expect(weeks).toEqual([
      { week: '2026-03-02', complaints: 1, cases: 2 },
      { week: '2026-03-09', complaints: 2, cases: 2 },
    ]);
  });
});
