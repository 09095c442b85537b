// Editing the `business_hours` document in the page: small immutable steps on the document
// itself, and its problems said before saving, beside the fields that have them (main checks
// again with the schema, whose words the page shows for anything these miss).
import type { BusinessHours, Interval, Schedule, Weekday } from '../../../shared/hours/index.ts';
import { isCalendarDate, WEEKDAYS } from '../../../shared/hours/calendar.ts';
import { isTimeZone } from '../../../shared/hours/wall-clock.ts';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
/** The schema's limit of intervals on one day. */
export const MAX_INTERVALS = 12;

export type HoursProblem =
  | { key: 'noDefault' }
  | { key: 'name' | 'zone' | 'closure' | 'oneDefault'; schedule: string }
  /** `day`: a weekday, or the date of a special opening. */
  | { key: 'time' | 'tooMany'; schedule: string; day: string }
  | { key: 'openingDate' | 'openingTwice' | 'openingEmpty'; schedule: string; day: string };

/** An interval running into the next day: 22:00–06:00 (and 00:00–00:00, the whole day). */
export const isOvernight = ([from, to]: Interval): boolean => TIME.test(from) && TIME.test(to) && to <= from;

export function replaceSchedule(hours: BusinessHours, index: number, schedule: Schedule): BusinessHours {
  return { ...hours, schedules: hours.schedules.map((s, i) => (i === index ? schedule : s)) };
}

export function setDay(schedule: Schedule, day: Weekday, intervals: Interval[]): Schedule {
  return { ...schedule, week: { ...schedule.week, [day]: intervals } };
}

/** The next interval offered on a day: after the last one, or the usual 09:00–18:00. */
export function nextInterval(intervals: readonly Interval[]): Interval {
  const last = intervals.at(-1);
  return last && TIME.test(last[1]) && last[1] < '23:00' ? [last[1], '23:00'] : ['09:00', '18:00'];
}

/** A schedule for some channels, starting as a copy of the first one's zone, week and holidays. */
export function addSchedule(hours: BusinessHours, name: string): BusinessHours {
  const base = hours.schedules[0];
  const ids = new Set(hours.schedules.map((s) => s.id));
  let n = hours.schedules.length + 1;
  while (ids.has(`schedule-${n}`)) n += 1;
  const schedule: Schedule = {
    id: `schedule-${n}`, name, channels: [], timeZone: base?.timeZone ?? 'America/Argentina/Buenos_Aires', alwaysOpen: false,
    week: base?.week ?? { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] },
    holidays: base?.holidays ?? null, closures: [], openings: [],
  };
  return { ...hours, schedules: [...hours.schedules, schedule] };
}

export function removeSchedule(hours: BusinessHours, index: number): BusinessHours {
  return { ...hours, schedules: hours.schedules.filter((_, i) => i !== index) };
}

export function hoursProblems(hours: BusinessHours): HoursProblem[] {
  const problems: HoursProblem[] = [];
  const defaults = hours.schedules.filter((s) => s.channels.length === 0);
  if (defaults.length === 0) problems.push({ key: 'noDefault' });
  for (const s of hours.schedules) {
    const schedule = s.name.trim() || s.id;
    if (s.name.trim() === '') problems.push({ key: 'name', schedule });
    if (!isTimeZone(s.timeZone.trim())) problems.push({ key: 'zone', schedule });
    if (s.channels.length === 0 && defaults.length > 1) problems.push({ key: 'oneDefault', schedule });
    const checkDay = (day: string, intervals: readonly Interval[]) => {
      if (intervals.some(([from, to]) => !TIME.test(from) || !TIME.test(to))) problems.push({ key: 'time', schedule, day });
      if (intervals.length > MAX_INTERVALS) problems.push({ key: 'tooMany', schedule, day });
    };
    for (const day of WEEKDAYS) checkDay(day, s.week[day]);
    if (s.closures.some((c) => !isCalendarDate(c.from) || !isCalendarDate(c.to) || c.to < c.from)) problems.push({ key: 'closure', schedule });
    const seen = new Set<string>();
    for (const opening of s.openings) {
      if (!isCalendarDate(opening.date)) problems.push({ key: 'openingDate', schedule, day: opening.date });
      else if (seen.has(opening.date)) problems.push({ key: 'openingTwice', schedule, day: opening.date });
      seen.add(opening.date);
      if (opening.intervals.length === 0) problems.push({ key: 'openingEmpty', schedule, day: opening.date });
      checkDay(opening.date, opening.intervals);
    }
  }
  return problems;
}
