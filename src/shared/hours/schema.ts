// The business-hours settings document `business_hours`, synced from the central API: when each
// group of channels is attended, in which zone, with which holidays, closures and special
// openings. A document that fails the schema is refused whole (see settings.ts).
//
// How a local day's hours are decided, most specific first:
//   1. a special opening on that date: its intervals, even on a holiday or inside a closure;
//   2. a closure covering that date: closed all day;
//   3. a public holiday of the schedule's country (and region): closed all day;
//   4. otherwise the weekday's intervals.
// An interval belongs to the day it starts on. `to <= from` runs into the next day (22:00–06:00
// is one overnight span, and 00:00–00:00 the whole day), so a Monday 22:00–06:00 span still runs
// on a holiday Tuesday morning, and does not run at all when Monday is the holiday.
// `alwaysOpen` (24/7) ignores all of the above: never closed, not even for a minute.
import { z } from 'zod';
import { CHANNELS } from '../domain.ts';
import { isCalendarDate } from './calendar.ts';
import { MARKETS, regionsOf } from './holidays.ts';
import { isTimeZone } from './wall-clock.ts';

export const BUSINESS_HOURS_SETTING = 'business_hours';

const Time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time is HH:MM, 00:00 to 23:59');
const LocalDate = z.string().refine(isCalendarDate, 'a date is YYYY-MM-DD');

/** From and to, local wall-clock times; to ≤ from ends the next day. */
export const Interval = z.tuple([Time, Time]);
export type Interval = z.infer<typeof Interval>;

const Intervals = z.array(Interval).max(12);

export const Week = z.object({
  mon: Intervals.default([]), tue: Intervals.default([]), wed: Intervals.default([]), thu: Intervals.default([]),
  fri: Intervals.default([]), sat: Intervals.default([]), sun: Intervals.default([]),
});
export type Week = z.infer<typeof Week>;

export const HolidayCalendar = z
  .object({
    country: z.enum(MARKETS),
    /** A subdivision as date-holidays names it (ES "MD" for Madrid, BR "SP"), for regional holidays. */
    region: z.string().min(1).max(10).optional(),
  })
  .refine((h) => h.region === undefined || Object.hasOwn(regionsOf(h.country), h.region), {
    message: 'unknown region for this country',
    path: ['region'],
  });

/** Whole local days, both ends included, when nobody attends (inventory, a strike, a move). */
export const Closure = z
  .object({ from: LocalDate, to: LocalDate, note: z.string().trim().max(200).optional() })
  .refine((c) => c.from <= c.to, 'a closure ends on or after the day it starts');

/** A date with its own hours, replacing the week's (a Saturday before Christmas, an open holiday). */
export const Opening = z.object({ date: LocalDate, intervals: Intervals.min(1) });

export const Schedule = z.object({
  id: z.string().trim().min(1).max(60),
  name: z.string().trim().min(1).max(120),
  /** The channels this schedule covers; empty: every channel no other schedule names. */
  channels: z.array(z.enum(CHANNELS)).refine((c) => new Set(c).size === c.length, 'each channel appears once'),
  timeZone: z.string().refine(isTimeZone, 'an IANA time zone such as America/Argentina/Buenos_Aires'),
  alwaysOpen: z.boolean().default(false),
  week: Week,
  holidays: HolidayCalendar.nullable().default(null),
  closures: z.array(Closure).max(500).default([]),
  openings: z
    .array(Opening)
    .max(500)
    .default([])
    .refine((o) => new Set(o.map((x) => x.date)).size === o.length, 'one special opening per date'),
});
export type Schedule = z.infer<typeof Schedule>;

export const BusinessHours = z.object({
  version: z.literal(1),
  /** In order: a channel follows the first schedule that names it, else the default schedule. */
  schedules: z
    .array(Schedule)
    .min(1)
    .max(50)
    .refine((s) => new Set(s.map((x) => x.id)).size === s.length, 'each schedule id appears once')
    .refine(
      (s) => s.filter((x) => x.channels.length === 0).length === 1,
      'exactly one schedule has no channels: the default for every channel the others do not name',
    ),
});
export type BusinessHours = z.infer<typeof BusinessHours>;
