import { describe, expect, it } from 'vitest';
import { closedWindowAt, HORIZON_DAYS, isOpenAt } from './closed-window.ts';
import { everyDay, scheduleOf } from './fixtures.ts';
import { formatOpening } from './format-opening.ts';
import { DEFAULT_BUSINESS_HOURS } from './settings.ts';
import type { Schedule } from './schema.ts';

const buenosAires = DEFAULT_BUSINESS_HOURS.schedules[0]!;
const BA = '-03:00';
const at = (iso: string) => new Date(iso);
const windowOf = (schedule: Schedule, iso: string) => {
  const window = closedWindowAt(schedule, at(iso));
  return window && { start: window.start.toISOString(), end: window.end?.toISOString() ?? null };
};

describe('the default schedule (Buenos Aires, Mon–Fri 9–18, Sat 9–13, Argentine holidays)', () => {
  it('is open on a weekday at 10:00 and on Saturday at 12:59', () => {
    expect(isOpenAt(buenosAires, at(`2026-03-10T10:00:00${BA}`))).toBe(true);
    expect(isOpenAt(buenosAires, at(`2026-03-14T12:59:00${BA}`))).toBe(true);
    expect(closedWindowAt(buenosAires, at(`2026-03-10T09:00:00${BA}`))).toBeNull();
  });

  it('closes at 18:00 sharp: the window starts at the closing and ends at the next opening', () => {
    expect(isOpenAt(buenosAires, at(`2026-03-10T17:59:59${BA}`))).toBe(true);
    expect(windowOf(buenosAires, `2026-03-10T18:00:00${BA}`)).toEqual({
      start: '2026-03-10T21:00:00.000Z', end: '2026-03-11T12:00:00.000Z',
    });
  });

  it('Tuesday 23:00 is closed since 18:00; it reopens tomorrow, Wednesday, at 9:00', () => {
    const now = at(`2026-03-10T23:00:00${BA}`);
    const window = closedWindowAt(buenosAires, now)!;
    expect(window.start).toEqual(at(`2026-03-10T18:00:00${BA}`));
    expect(window.end).toEqual(at(`2026-03-11T09:00:00${BA}`));
    expect(formatOpening(window.end!, now, buenosAires.timeZone, 'es')).toBe('mañana miércoles a las 9:00');
  });

  it('gives 23:00 and 02:00 of one night the same window', () => {
    expect(windowOf(buenosAires, `2026-03-11T02:00:00${BA}`)).toEqual(windowOf(buenosAires, `2026-03-10T23:00:00${BA}`));
  });

  it('Saturday 14:00 waits for Monday 09:00', () => {
    expect(windowOf(buenosAires, `2026-03-14T14:00:00${BA}`)).toEqual({
      start: '2026-03-14T16:00:00.000Z', end: '2026-03-16T12:00:00.000Z',
    });
  });

  it('is closed all of Christmas Day 2026 (a Friday), in one window from Thursday 18:00 to Saturday 09:00', () => {
    for (const time of ['00:00', '09:00', '12:00', '17:00', '23:59']) {
      expect(windowOf(buenosAires, `2026-12-25T${time}:00${BA}`), time).toEqual({
        start: '2026-12-24T21:00:00.000Z', end: '2026-12-26T12:00:00.000Z',
      });
    }
  });

  it('joins a weekend to the Carnival holidays (Monday 16 and Tuesday 17 February 2026) in one window', () => {
    const expected = { start: '2026-02-14T16:00:00.000Z', end: '2026-02-18T12:00:00.000Z' };
    for (const iso of ['2026-02-14T20:00:00', '2026-02-15T12:00:00', '2026-02-16T10:00:00', '2026-02-17T17:00:00', '2026-02-18T08:59:00']) {
      expect(windowOf(buenosAires, iso + BA), iso).toEqual(expected);
    }
  });
});

describe('overnight spans', () => {
  const nights = scheduleOf('America/Argentina/Buenos_Aires', everyDay(['22:00', '06:00']), { holidays: { country: 'AR' } });

  it('runs 22:00–06:00 as one span across midnight', () => {
    expect(isOpenAt(nights, at(`2026-03-10T23:00:00${BA}`))).toBe(true);
    expect(isOpenAt(nights, at(`2026-03-11T00:00:00${BA}`))).toBe(true);
    expect(isOpenAt(nights, at(`2026-03-11T05:59:00${BA}`))).toBe(true);
    expect(windowOf(nights, `2026-03-11T07:00:00${BA}`)).toEqual({ start: '2026-03-11T09:00:00.000Z', end: '2026-03-12T01:00:00.000Z' });
  });

  it('belongs to the day it starts on: a holiday Tuesday keeps Monday night open until 06:00', () => {
    // 8 December 2026 (a Tuesday) is a public holiday in Argentina.
    expect(isOpenAt(nights, at(`2026-12-08T03:00:00${BA}`))).toBe(true);
    expect(isOpenAt(nights, at(`2026-12-08T23:00:00${BA}`))).toBe(false);
    expect(windowOf(nights, `2026-12-08T23:00:00${BA}`)).toEqual({ start: '2026-12-08T09:00:00.000Z', end: '2026-12-10T01:00:00.000Z' });
  });

  it('does not run when the day it starts on is a holiday (Monday 25 May 2026)', () => {
    expect(isOpenAt(nights, at(`2026-05-25T23:00:00${BA}`))).toBe(false);
    expect(isOpenAt(nights, at(`2026-05-26T03:00:00${BA}`))).toBe(false);
    expect(isOpenAt(nights, at(`2026-05-25T03:00:00${BA}`))).toBe(true);
  });

  it('reads 00:00–00:00 as the whole day', () => {
    const sundays = scheduleOf('America/Argentina/Buenos_Aires', { sun: [['00:00', '00:00']] });
    expect(isOpenAt(sundays, at(`2026-03-15T00:00:00${BA}`))).toBe(true);
    expect(isOpenAt(sundays, at(`2026-03-15T23:59:59${BA}`))).toBe(true);
    expect(windowOf(sundays, `2026-03-16T00:00:00${BA}`)).toEqual({ start: '2026-03-16T03:00:00.000Z', end: '2026-03-22T03:00:00.000Z' });
  });
});

describe('split shifts', () => {
  const split = scheduleOf('America/Mexico_City', { mon: [['09:00', '13:00'], ['15:00', '19:00']] });

  it('closes for lunch in its own short window that ends the same afternoon', () => {
    const now = at('2026-03-09T14:00:00-06:00');
    const window = closedWindowAt(split, now)!;
    expect(window.start).toEqual(at('2026-03-09T13:00:00-06:00'));
    expect(window.end).toEqual(at('2026-03-09T15:00:00-06:00'));
    expect(formatOpening(window.end!, now, split.timeZone, 'es')).toBe('hoy a las 15:00');
    expect(isOpenAt(split, at('2026-03-09T18:30:00-06:00'))).toBe(true);
  });

  it('merges touching or overlapping intervals into one open stretch', () => {
    const touching = scheduleOf('America/Mexico_City', { mon: [['09:00', '13:00'], ['13:00', '15:00'], ['14:00', '16:00']] });
    expect(isOpenAt(touching, at('2026-03-09T13:00:00-06:00'))).toBe(true);
    expect(windowOf(touching, '2026-03-09T17:00:00-06:00')?.start).toBe('2026-03-09T22:00:00.000Z');
  });
});

describe('DST changes (Madrid, 2026)', () => {
  const madrid = scheduleOf('Europe/Madrid', { mon: [['09:00', '18:00']], fri: [['09:00', '18:00']], sat: [['22:00', '06:00']] });

  it('keeps one window over the night the clocks spring forward', () => {
    // Saturday 28 March: open 22:00 CET until Sunday 06:00 CEST, 7 hours later.
    expect(isOpenAt(madrid, at('2026-03-29T00:59:00Z'))).toBe(true);
    expect(isOpenAt(madrid, at('2026-03-29T01:00:00Z'))).toBe(true);
    expect(windowOf(madrid, '2026-03-29T04:00:00Z')).toEqual({ start: '2026-03-29T04:00:00.000Z', end: '2026-03-30T07:00:00.000Z' });
    expect(windowOf(madrid, '2026-03-30T06:59:00Z')).toEqual(windowOf(madrid, '2026-03-29T12:00:00Z'));
  });

  it('keeps one window over the night the clocks fall back, the repeated hour included', () => {
    // Friday 23 October 18:00 CEST until Saturday 22:00 CEST, then Sunday 06:00 CET is 9 hours on.
    expect(windowOf(madrid, '2026-10-24T10:00:00Z')).toEqual({ start: '2026-10-23T16:00:00.000Z', end: '2026-10-24T20:00:00.000Z' });
    expect(isOpenAt(madrid, at('2026-10-25T00:30:00Z'))).toBe(true);
    expect(isOpenAt(madrid, at('2026-10-25T01:30:00Z'))).toBe(true);
    expect(windowOf(madrid, '2026-10-25T05:00:00Z')).toEqual({ start: '2026-10-25T05:00:00.000Z', end: '2026-10-26T08:00:00.000Z' });
  });

  it('opens a shift that starts inside the gap when the gap ends', () => {
    const early = scheduleOf('Europe/Madrid', { sun: [['02:30', '08:00']] });
    expect(isOpenAt(early, at('2026-03-29T00:59:59Z'))).toBe(false);
    expect(isOpenAt(early, at('2026-03-29T01:00:00Z'))).toBe(true);
    expect(windowOf(early, '2026-03-28T12:00:00Z')?.end).toBe('2026-03-29T01:00:00.000Z');
  });

  it('closes a shift that ends inside the repeated hour at its first pass, without reopening', () => {
    const late = scheduleOf('Europe/Madrid', { sat: [['20:00', '02:30']] });
    expect(isOpenAt(late, at('2026-10-25T00:29:00Z'))).toBe(true);
    expect(isOpenAt(late, at('2026-10-25T00:30:00Z'))).toBe(false);
    // 01:15 UTC is 02:15 CET: the wall clock is back inside 20:00–02:30, but the shift is over.
    expect(isOpenAt(late, at('2026-10-25T01:15:00Z'))).toBe(false);
    expect(windowOf(late, '2026-10-25T01:15:00Z')?.start).toBe('2026-10-25T00:30:00.000Z');
  });
});

describe('24/7, closures and special openings', () => {
  it('never closes a 24/7 schedule, not at midnight, not on a holiday, not across DST', () => {
    const always = scheduleOf('America/Santiago', {}, { alwaysOpen: true, holidays: { country: 'CL' }, closures: [{ from: '2026-01-01', to: '2026-12-31' }] });
    for (const iso of ['2026-04-05T03:00:00Z', '2026-04-05T04:00:00Z', '2026-09-06T04:00:00Z', '2026-01-01T03:00:00Z', '2026-12-25T12:00:00Z']) {
      expect(isOpenAt(always, at(iso)), iso).toBe(true);
      expect(closedWindowAt(always, at(iso)), iso).toBeNull();
    }
  });

  it('closes whole local days of a closure, weekdays included', () => {
    const closed = scheduleOf('America/Bogota', everyDay(['08:00', '20:00']), { closures: [{ from: '2026-07-01', to: '2026-07-03', note: 'Inventario' }] });
    expect(isOpenAt(closed, at('2026-07-02T10:00:00-05:00'))).toBe(false);
    expect(windowOf(closed, '2026-07-02T10:00:00-05:00')).toEqual({ start: '2026-07-01T01:00:00.000Z', end: '2026-07-04T13:00:00.000Z' });
  });

  it('opens on a special opening, even on a holiday or inside a closure', () => {
    const special = scheduleOf('America/Argentina/Buenos_Aires', everyDay(['09:00', '18:00']), {
      holidays: { country: 'AR' },
      closures: [{ from: '2026-12-28', to: '2026-12-31' }],
      openings: [{ date: '2026-12-25', intervals: [['10:00', '14:00']] }, { date: '2026-12-30', intervals: [['09:00', '12:00']] }],
    });
    expect(isOpenAt(special, at(`2026-12-25T11:00:00${BA}`))).toBe(true);
    expect(isOpenAt(special, at(`2026-12-25T15:00:00${BA}`))).toBe(false);
    expect(isOpenAt(special, at(`2026-12-30T11:00:00${BA}`))).toBe(true);
    expect(isOpenAt(special, at(`2026-12-29T11:00:00${BA}`))).toBe(false);
  });

  it('replaces the day\'s hours with the opening\'s, closing when the week would be open', () => {
    const short = scheduleOf('America/Lima', everyDay(['09:00', '18:00']), { openings: [{ date: '2026-03-10', intervals: [['09:00', '12:00']] }] });
    expect(isOpenAt(short, at('2026-03-10T15:00:00-05:00'))).toBe(false);
    expect(windowOf(short, '2026-03-10T15:00:00-05:00')?.start).toBe('2026-03-10T17:00:00.000Z');
  });

  it('gives a schedule that never opens a window that starts on a fixed yearly step and has no end', () => {
    const never = scheduleOf('America/Montevideo', {});
    const first = closedWindowAt(never, at('2026-03-10T10:00:00Z'))!;
    const later = closedWindowAt(never, at('2026-03-20T10:00:00Z'))!;
    expect(first.end).toBeNull();
    expect(later.start).toEqual(first.start);
    expect(first.start.getTime() % (HORIZON_DAYS * 86_400_000)).toBe(0);
    expect(first.start.getTime()).toBeLessThanOrEqual(at('2026-03-10T10:00:00Z').getTime());
  });
});
