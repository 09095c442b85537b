import { describe, expect, it } from 'vitest';
import { DAY_MS, dayOf } from './calendar.ts';
import { instantAt, isTimeZone, localDayAt, wallAt } from './wall-clock.ts';

const wall = (iso: string) => Date.parse(`${iso}Z`);
const at = (zone: string, iso: string) => new Date(instantAt(zone, wall(iso))).toISOString();

describe('wall-clock times in a zone', () => {
  it('reads the local wall clock and day of an instant', () => {
    expect(new Date(wallAt('America/Argentina/Buenos_Aires', Date.parse('2026-03-11T02:30:00Z'))).toISOString()).toBe('2026-03-10T23:30:00.000Z');
    expect(localDayAt('America/Argentina/Buenos_Aires', Date.parse('2026-03-11T02:30:00Z'))).toBe(dayOf('2026-03-10'));
    expect(localDayAt('Asia/Kathmandu', Date.parse('2026-03-10T18:15:00Z'))).toBe(dayOf('2026-03-11'));
  });

  it('maps an ordinary wall time to its one instant', () => {
    expect(at('America/Argentina/Buenos_Aires', '2026-03-10T09:00:00')).toBe('2026-03-10T12:00:00.000Z');
    expect(at('Asia/Kathmandu', '2026-03-10T09:00:00')).toBe('2026-03-10T03:15:00.000Z');
  });

  it('maps a time skipped by a DST gap to the instant the clocks jump', () => {
    // Madrid, 29 March 2026: 02:00 CET becomes 03:00 CEST at 01:00 UTC.
    expect(at('Europe/Madrid', '2026-03-29T02:30:00')).toBe('2026-03-29T01:00:00.000Z');
    expect(at('Europe/Madrid', '2026-03-29T02:00:00')).toBe('2026-03-29T01:00:00.000Z');
    expect(at('Europe/Madrid', '2026-03-29T03:00:00')).toBe('2026-03-29T01:00:00.000Z');
    // Santiago springs forward at midnight: 6 September 2026 starts at 01:00.
    expect(at('America/Santiago', '2026-09-06T00:00:00')).toBe('2026-09-06T04:00:00.000Z');
    // Lord Howe moves by half an hour: 02:00–02:30 never happens on 4 October 2026.
    expect(at('Australia/Lord_Howe', '2026-10-04T02:15:00')).toBe('2026-10-03T15:30:00.000Z');
  });

  it('maps a time repeated by a DST overlap to its first pass', () => {
    // Madrid, 25 October 2026: 03:00 CEST becomes 02:00 CET at 01:00 UTC; 02:30 happens twice.
    expect(at('Europe/Madrid', '2026-10-25T02:30:00')).toBe('2026-10-25T00:30:00.000Z');
    expect(at('Europe/Madrid', '2026-10-25T03:00:00')).toBe('2026-10-25T02:00:00.000Z');
    // Santiago falls back at midnight: Saturday 23:30 happens twice, Sunday starts once.
    expect(at('America/Santiago', '2026-04-04T23:30:00')).toBe('2026-04-05T02:30:00.000Z');
    expect(at('America/Santiago', '2026-04-05T00:00:00')).toBe('2026-04-05T04:00:00.000Z');
  });

  it('is the first instant whose wall clock reads the time or later, around every 2026 change', () => {
    for (const zone of ['Europe/Madrid', 'America/Santiago', 'Australia/Lord_Howe', 'America/New_York']) {
      for (let w = wall('2026-01-01T00:00:00'); w < wall('2027-01-01T00:00:00'); w += DAY_MS / 4 + 7 * 60_000) {
        const t = instantAt(zone, w);
        expect(wallAt(zone, t)).toBeGreaterThanOrEqual(w);
        expect(wallAt(zone, t - 1000)).toBeLessThan(w);
      }
    }
  });

  it('knows IANA zones and refuses fixed offsets and made-up names', () => {
    expect(isTimeZone('America/Argentina/Buenos_Aires')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('+03:00')).toBe(false);
    expect(isTimeZone('America/Atlantis')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });
});
