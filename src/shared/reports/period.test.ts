import { describe, expect, it } from 'vitest';
import { serverTime } from '../server-clock.ts';
import { dayPeriod, delta, presetPeriod, previousPeriod } from './period.ts';

// Wednesday 2026-12-09, mid-afternoon UTC.
const NOW = new Date('2026-12-09T15:30:00Z');

describe('report periods', () => {
  it('starts weeks on Monday, UTC, whatever the day', () => {
    const weekStart = (now: Date) => presetPeriod('thisWeek', now).from;
    expect(weekStart(NOW)).toBe('2026-12-07T00:00:00.000Z');
    expect(weekStart(new Date('2026-12-13T23:59:59Z'))).toBe('2026-12-07T00:00:00.000Z');
    expect(weekStart(new Date('2026-12-07T00:00:00Z'))).toBe('2026-12-07T00:00:00.000Z');
  });

  it('gives each preset its whole weeks or month', () => {
    expect(presetPeriod('thisWeek', NOW)).toEqual({ from: '2026-12-07T00:00:00.000Z', to: '2026-12-14T00:00:00.000Z' });
    expect(presetPeriod('lastWeek', NOW)).toEqual({ from: '2026-11-30T00:00:00.000Z', to: '2026-12-07T00:00:00.000Z' });
    expect(presetPeriod('thisMonth', NOW)).toEqual({ from: '2026-12-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' });
    expect(presetPeriod('last8Weeks', NOW)).toEqual({ from: '2026-10-19T00:00:00.000Z', to: '2026-12-14T00:00:00.000Z' });
  });

  it('counts both days of a custom range whole, and refuses one that ends before it starts', () => {
    expect(dayPeriod('2026-11-02', '2026-11-04')).toEqual({ from: '2026-11-02T00:00:00.000Z', to: '2026-11-05T00:00:00.000Z' });
    expect(dayPeriod('2026-11-04', '2026-11-02')).toBeNull();
    expect(dayPeriod('', '2026-11-02')).toBeNull();
  });

  it('compares a month with the month before, whatever their lengths, and any other range with the same length before it', () => {
    expect(previousPeriod({ from: '2026-03-01T00:00:00.000Z', to: '2026-04-01T00:00:00.000Z' }))
      .toEqual({ from: '2026-02-01T00:00:00.000Z', to: '2026-03-01T00:00:00.000Z' });
    expect(previousPeriod({ from: '2026-01-01T00:00:00.000Z', to: '2026-02-01T00:00:00.000Z' }))
      .toEqual({ from: '2025-12-01T00:00:00.000Z', to: '2026-01-01T00:00:00.000Z' });
    expect(previousPeriod(presetPeriod('thisWeek', NOW))).toEqual(presetPeriod('lastWeek', NOW));
    expect(previousPeriod({ from: '2026-11-02T00:00:00.000Z', to: '2026-11-05T00:00:00.000Z' }))
      .toEqual({ from: '2026-10-30T00:00:00.000Z', to: '2026-11-02T00:00:00.000Z' });
  });

  it('moves a figure by the difference, and says nothing when a side has nothing to count', () => {
    expect(delta(0.75, 0.5)).toBe(0.25);
    expect(delta(3, 5)).toBe(-2);
    expect(delta(null, 5)).toBeNull();
    expect(delta(4, null)).toBeNull();
  });

  it('reads presets on the server’s clock: a server 40 days ahead of this laptop puts "this month" in its month', () => {
    // At the last pull the laptop read 2026-12-09 15:00 and the server said 2027-01-18 15:00; an hour later here:
    const reading = { serverNow: '2027-01-18T15:00:00.000Z', localAt: '2026-12-09T15:00:00.000Z' };
    const now = serverTime(reading, Date.parse('2026-12-09T16:00:00Z'));
    expect(now.toISOString()).toBe('2027-01-18T16:00:00.000Z');
    expect(presetPeriod('thisMonth', now)).toEqual({ from: '2027-01-01T00:00:00.000Z', to: '2027-02-01T00:00:00.000Z' });
    // Before any pull, the laptop's own clock.
    expect(serverTime({ serverNow: null, localAt: null }, NOW.getTime())).toEqual(NOW);
  });
});
