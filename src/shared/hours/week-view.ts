// A schedule's week as the UI draws it: for each local day, its open and closed stretches from
// midnight to midnight, each saying which rule made it so. Times are instants: the UI shows
// them in whichever zone it needs (the agent's, the customer's).
import { dateOf, weekdayOf, type Weekday } from './calendar.ts';
import { hoursOn, openSpans, type HoursReason } from './day-hours.ts';
import type { Schedule } from './schema.ts';
import { dayStartAt, localDayAt } from './wall-clock.ts';

export interface Stretch {
  from: Date;
  to: Date;
  open: boolean;
  why: HoursReason;
  /** The holiday's name, or the closure's note. */
  label?: string;
}

export interface DayView {
  /** The local date, `YYYY-MM-DD`, in the schedule's zone. */
  date: string;
  weekday: Weekday;
  stretches: Stretch[];
}

/** Seven local days from the day `weekStart` falls on in the schedule's zone. */
export function weekView(schedule: Schedule, weekStart: Date): DayView[] {
  const first = localDayAt(schedule.timeZone, weekStart.getTime());
  return Array.from({ length: 7 }, (_, i) => dayView(schedule, first + i));
}

function dayView(schedule: Schedule, day: number): DayView {
  const from = dayStartAt(schedule.timeZone, day);
  const to = dayStartAt(schedule.timeZone, day + 1);
  const header = { date: dateOf(day), weekday: weekdayOf(day) };
  if (schedule.alwaysOpen) return { ...header, stretches: [{ from: new Date(from), to: new Date(to), open: true, why: 'always' }] };

  const { why, label } = hoursOn(schedule, day);
  const closed = (a: number, b: number): Stretch => ({ from: new Date(a), to: new Date(b), open: false, why, ...(label ? { label } : {}) });
  // Yesterday's overnight span first: it runs into today by the rule of the day it started on.
  const spans = [...openSpans(schedule, day - 1), ...openSpans(schedule, day)]
    .map((s) => ({ ...s, from: Math.max(s.from, from), to: Math.min(s.to, to) }))
    .filter((s) => s.to > s.from)
    .sort((a, b) => a.from - b.from);

  const stretches: Stretch[] = [];
  let cursor = from;
  for (const span of spans) {
    if (span.to <= cursor) continue;
    const start = Math.max(span.from, cursor);
    if (start > cursor) stretches.push(closed(cursor, start));
    const previous = stretches.at(-1);
    if (previous?.open && previous.why === span.why && previous.to.getTime() === start) previous.to = new Date(span.to);
    else stretches.push({ from: new Date(start), to: new Date(span.to), open: true, why: span.why });
    cursor = span.to;
  }
  if (cursor < to) stretches.push(closed(cursor, to));
  return { ...header, stretches };
}
