// Property tests: random schedules in zones with and without DST (Santiago and Madrid change
// clocks, Lord Howe by half an hour, Kathmandu sits at +5:45) against a model written another
// way. The model never converts a wall time to an instant: it walks the instants a quarter of
// an hour apart, reads the wall clock at each with Intl, and lets a boundary happen the first
// time the clock reaches or passes it — the semantics documented in wall-clock.ts.
import Holidays from 'date-holidays';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closedWindowAt, HORIZON_DAYS, isOpenAt } from './closed-window.ts';
import { Schedule, type Interval } from './schema.ts';
import { weekView } from './week-view.ts';

const ZONES = [
  'America/Argentina/Buenos_Aires', 'America/Mexico_City', 'America/Santiago', 'America/Sao_Paulo',
  'Europe/Madrid', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu',
] as const;
// Every schedule boundary and every offset of these zones falls on a quarter hour, so the model's
// state is constant between two steps.
const STEP = 15 * 60_000;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// The clock changes of 2026 in these zones and the turn of the year: the hard places.
const HARD: [zone: (typeof ZONES)[number], at: string][] = [
  ['Europe/Madrid', '2026-03-29T01:00:00Z'], ['Europe/Madrid', '2026-10-25T01:00:00Z'],
  ['America/Santiago', '2026-04-05T03:00:00Z'], ['America/Santiago', '2026-09-06T04:00:00Z'],
  ['Australia/Lord_Howe', '2026-04-04T15:00:00Z'], ['Australia/Lord_Howe', '2026-10-03T15:30:00Z'],
  ['America/New_York', '2026-03-08T07:00:00Z'], ['America/New_York', '2026-11-01T06:00:00Z'],
  ['America/Argentina/Buenos_Aires', '2027-01-01T03:00:00Z'], ['Asia/Kathmandu', '2026-12-31T18:15:00Z'],
];
// Times the clocks skip or repeat somewhere above, so boundaries often fall inside a change.
const CHANGE_TIMES = ['23:00', '23:30', '23:45', '00:00', '00:15', '00:30', '01:00', '01:30', '01:45', '02:00', '02:15', '02:30', '02:45', '03:00'];

// ---- the model ------------------------------------------------------------------------------

const wallFormats = new Map<string, Intl.DateTimeFormat>();
/** The wall clock as "YYYY-MM-DD HH:MM" (Swedish dates are ISO-like). */
function wallReading(zone: string, t: number): { date: string; minute: number } {
  let format = wallFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('sv-SE', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
    wallFormats.set(zone, format);
  }
  const [date = '', time = ''] = format.format(t).split(' ');
  const [h = 0, m = 0] = time.split(':').map(Number);
  return { date, minute: h * 60 + m };
}

const daysSince1970 = (date: string) => Math.round(Date.parse(`${date}T12:00:00Z`) / DAY);
const dateAfter = (date: string, days: number) => new Date(Date.parse(`${date}T12:00:00Z`) + days * DAY).toISOString().slice(0, 10);
/** A wall reading as one number, to compare positions on the wall clock. */
const wallMinutes = (date: string, minute: number) => daysSince1970(date) * 1440 + minute;

const calendars = new Map<string, Set<string>>();
function isPublicHoliday(schedule: Schedule, date: string): boolean {
  if (!schedule.holidays) return false;
  const { country, region } = schedule.holidays;
  const key = `${country}/${region ?? ''}/${date.slice(0, 4)}`;
  let dates = calendars.get(key);
  if (!dates) {
    const calendar = region ? new Holidays(country, region) : new Holidays(country);
    dates = new Set(calendar.getHolidays(Number(date.slice(0, 4))).filter((h) => h.type === 'public').map((h) => h.date.slice(0, 10)));
    calendars.set(key, dates);
  }
  return dates.has(date);
}

const WEEKDAY_KEYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
function intervalsOfDate(schedule: Schedule, date: string): Interval[] {
  const special = schedule.openings.find((o) => o.date === date);
  if (special) return special.intervals;
  if (schedule.closures.some((c) => date >= c.from && date <= c.to)) return [];
  if (isPublicHoliday(schedule, date)) return [];
  return schedule.week[WEEKDAY_KEYS[new Date(`${date}T12:00:00Z`).getUTCDay()]!];
}

const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));

/** Open or closed at each step from `from` to `to`, by walking the wall clock. */
function modelWalk(schedule: Schedule, from: number, to: number): Map<number, boolean> {
  const zone = schedule.timeZone;
  // Boundaries as wall positions: +1 when a span opens, -1 when it closes.
  const first = wallReading(zone, from).date;
  const events: { at: number; delta: number }[] = [];
  for (let d = -2; d <= Math.ceil((to - from) / DAY) + 2; d++) {
    const date = dateAfter(first, d);
    for (const [open, close] of intervalsOfDate(schedule, date)) {
      const start = wallMinutes(date, toMinutes(open));
      const end = toMinutes(close) > toMinutes(open) ? wallMinutes(date, toMinutes(close)) : wallMinutes(date, toMinutes(close) + 1440);
      events.push({ at: start, delta: 1 }, { at: end, delta: -1 });
    }
  }
  events.sort((a, b) => a.at - b.at);
  const states = new Map<number, boolean>();
  let reached = -Infinity;
  let active = 0;
  let next = 0;
  for (let t = from; t <= to; t += STEP) {
    const reading = wallReading(zone, t);
    const now = wallMinutes(reading.date, reading.minute);
    // A boundary happens the first time the clock reaches it: a repeated hour crosses nothing.
    if (now > reached) {
      reached = now;
      while (next < events.length && events[next]!.at <= reached) active += events[next++]!.delta;
    }
    states.set(t, active > 0);
  }
  return states;
}

// ---- random schedules -----------------------------------------------------------------------

const quarter = fc.integer({ min: 0, max: 95 }).map((q) => `${String(Math.floor(q / 4)).padStart(2, '0')}:${String((q % 4) * 15).padStart(2, '0')}`);
const time = fc.oneof(quarter, fc.constantFrom(...CHANGE_TIMES));
const interval: fc.Arbitrary<Interval> = fc.tuple(time, time);
const dayIntervals = fc.array(interval, { maxLength: 3 });
const week = fc.record({ mon: dayIntervals, tue: dayIntervals, wed: dayIntervals, thu: dayIntervals, fri: dayIntervals, sat: dayIntervals, sun: dayIntervals });

/** A zone and a moment near one of its clock changes or anywhere in 2026–2027, on the quarter-hour grid. */
const place = fc
  .tuple(
    fc.oneof(
      fc.constantFrom(...HARD).map(([zone, at]) => ({ zone, base: Date.parse(at) })),
      fc.record({ zone: fc.constantFrom(...ZONES), base: fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2028, 0, 1) }) }),
    ),
    fc.integer({ min: -2 * 96, max: 2 * 96 }),
  )
  .map(([{ zone, base }, steps]) => ({ zone, t0: Math.floor(base / STEP) * STEP + steps * STEP }));

/** A schedule and the moment the test looks around; closures and openings fall near it. */
const scheduleNear = (alwaysOpen: fc.Arbitrary<boolean>) =>
  place.chain(({ zone, t0 }) => {
    const near = fc.integer({ min: -3, max: 3 }).map((d) => dateAfter(new Date(t0).toISOString().slice(0, 10), d));
    return fc.record({
      t0: fc.constant(t0),
      schedule: fc
        .record({
          timeZone: fc.constant(zone),
          alwaysOpen,
          week,
          holidays: fc.option(fc.constantFrom({ country: 'AR' }, { country: 'ES', region: 'MD' }, { country: 'CL' }, { country: 'BR' }), { nil: null }),
          closures: fc.array(fc.tuple(near, fc.integer({ min: 0, max: 2 })).map(([from, length]) => ({ from, to: dateAfter(from, length) })), { maxLength: 2 }),
          openings: fc.uniqueArray(fc.record({ date: near, intervals: fc.array(interval, { minLength: 1, maxLength: 2 }) }), { maxLength: 2, selector: (o) => o.date }),
        })
        .map((s) => Schedule.parse({ id: 'p', name: 'Property', channels: [], ...s })),
    });
  });

const RUNS = { numRuns: 60 };

// ---- properties -----------------------------------------------------------------------------

describe('business hours against a wall-clock model', () => {
  it('agrees with the model at every quarter hour and in between', () => {
    fc.assert(
      fc.property(scheduleNear(fc.constant(false)), fc.array(fc.integer({ min: 1, max: STEP - 1 }), { minLength: 5, maxLength: 5 }), ({ t0, schedule }, jitter) => {
        const model = modelWalk(schedule, t0 - 3 * DAY, t0 + 2 * DAY);
        for (let t = t0 - 2 * DAY; t < t0 + 2 * DAY; t += STEP) {
          expect(isOpenAt(schedule, new Date(t)), new Date(t).toISOString()).toBe(model.get(t));
        }
        // Inside a step the state does not change.
        jitter.forEach((j, i) => {
          const t = t0 + (i - 2) * 7 * STEP;
          expect(isOpenAt(schedule, new Date(t + j))).toBe(model.get(t));
        });
      }),
      RUNS,
    );
  });

  it('gives every instant of a closed stretch the same window, from the closing to the next opening', () => {
    fc.assert(
      fc.property(scheduleNear(fc.constant(false)), ({ t0, schedule }) => {
        const from = t0 - 2 * DAY;
        const to = t0 + 2 * DAY;
        const seen = { from: from - 2 * DAY, to: to + 2 * DAY };
        const model = modelWalk(schedule, seen.from, seen.to);
        const open = (t: number) => model.get(t) === true;
        const closedThrough = (a: number, b: number) => {
          for (let u = Math.max(a, seen.from); u < Math.min(b, seen.to); u += STEP) if (open(u)) return false;
          return true;
        };
        // Each closed stretch the model sees between `from` and `to`, as [first, last] quarter hours.
        const stretches: [number, number][] = [];
        for (let t = from; t < to; t += STEP) {
          const window = closedWindowAt(schedule, new Date(t));
          expect(window === null, new Date(t).toISOString()).toBe(open(t));
          if (window === null) continue;
          const last = stretches.at(-1);
          if (last && last[1] === t - STEP) last[1] = t;
          else stretches.push([t, t]);
        }
        for (const [first, last] of stretches) {
          const window = closedWindowAt(schedule, new Date(first))!;
          const start = window.start.getTime();
          const end = window.end?.getTime() ?? null;
          // The dedupe key: one window for every instant of the stretch.
          for (let t = first + STEP; t <= last; t += STEP) expect(closedWindowAt(schedule, new Date(t))).toEqual(window);
          // The start is the closing: closed from there, open just before (or a step of the horizon).
          expect(start).toBeLessThanOrEqual(first);
          expect(closedThrough(start, first)).toBe(true);
          if (start - STEP >= seen.from) expect(open(start - STEP) || start % (HORIZON_DAYS * DAY) === 0).toBe(true);
          // The end is the next opening: closed until then, open at it.
          if (end === null) expect(closedThrough(last, seen.to)).toBe(true);
          else {
            expect(end).toBeGreaterThan(last);
            expect(closedThrough(last, end)).toBe(true);
            if (end < seen.to) expect(open(end)).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  it('gives the same window to any instant between two quarter hours of a closed stretch', () => {
    fc.assert(
      fc.property(scheduleNear(fc.constant(false)), fc.integer({ min: 1, max: STEP - 1 }), ({ t0, schedule }, jitter) => {
        const window = closedWindowAt(schedule, new Date(t0));
        expect(closedWindowAt(schedule, new Date(t0 + jitter))).toEqual(window);
      }),
      RUNS,
    );
  });

  it('draws a week whose stretches match the model', () => {
    fc.assert(
      fc.property(scheduleNear(fc.constant(false)), ({ t0, schedule }) => {
        const days = weekView(schedule, new Date(t0));
        const from = days[0]!.stretches[0]!.from.getTime();
        const to = days[6]!.stretches.at(-1)!.to.getTime();
        const model = modelWalk(schedule, from - DAY, to + DAY);
        let cursor = from;
        for (const day of days) {
          for (const stretch of day.stretches) {
            expect(stretch.from.getTime()).toBe(cursor);
            for (let u = stretch.from.getTime(); u < stretch.to.getTime(); u += STEP) expect(model.get(u), day.date).toBe(stretch.open);
            cursor = stretch.to.getTime();
          }
        }
        expect(cursor).toBe(to);
      }),
      { numRuns: 30 },
    );
  });

  it('never closes a 24/7 schedule, not at midnight, on a holiday, in a closure or across a clock change', () => {
    fc.assert(
      fc.property(scheduleNear(fc.constant(true)), fc.integer({ min: -HOUR, max: HOUR }), ({ t0, schedule }, offset) => {
        for (const t of [t0, t0 + offset, t0 - 1, t0 + 1]) {
          expect(isOpenAt(schedule, new Date(t))).toBe(true);
          expect(closedWindowAt(schedule, new Date(t))).toBeNull();
        }
        for (const day of weekView(schedule, new Date(t0))) {
          expect(day.stretches.every((s) => s.open)).toBe(true);
          // Around each local midnight.
          const midnight = day.stretches[0]!.from.getTime();
          for (const t of [midnight - 1, midnight, midnight + 1]) expect(closedWindowAt(schedule, new Date(t))).toBeNull();
        }
      }),
      { numRuns: 200 },
    );
  });
});
