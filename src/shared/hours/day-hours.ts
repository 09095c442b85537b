// One local day of a schedule: which rule decides it (schema.ts gives the order) and the open
// spans that start on it, first as wall-clock minutes, then as instants.
import { DAY_MS, dateOf, MINUTE_MS, minutesOf, weekdayOf } from './calendar.ts';
import { holidayOn } from './holidays.ts';
import type { Interval, Schedule } from './schema.ts';
import { instantAt } from './wall-clock.ts';

/** Which rule decided a stretch: 'always' is a 24/7 schedule. */
export type HoursReason = 'holiday' | 'closure' | 'opening' | 'hours' | 'always';

export interface DayHours {
  why: Exclude<HoursReason, 'always'>;
  /** The holiday's name, or the closure's note. */
  label?: string;
  /** Minutes from the day's midnight; an overnight span ends after 1440. */
  spans: { from: number; to: number }[];
}

/** An open span as instants (ms), [from, to). */
export interface OpenSpan {
  from: number;
  to: number;
  why: DayHours['why'];
}

const minutesSpan = ([from, to]: Interval) => {
  const start = minutesOf(from);
  const end = minutesOf(to);
  return { from: start, to: end > start ? end : end + 1440 };
};

export function hoursOn(schedule: Schedule, day: number): DayHours {
  const date = dateOf(day);
  const opening = schedule.openings.find((o) => o.date === date);
  if (opening) return { why: 'opening', spans: opening.intervals.map(minutesSpan) };
  const closure = schedule.closures.find((c) => c.from <= date && date <= c.to);
  if (closure) return { why: 'closure', ...(closure.note ? { label: closure.note } : {}), spans: [] };
  const holiday = schedule.holidays && holidayOn(schedule.holidays.country, date, schedule.holidays.region);
  if (holiday) return { why: 'holiday', label: holiday, spans: [] };
  return { why: 'hours', spans: schedule.week[weekdayOf(day)].map(minutesSpan) };
}

// Every message of one night asks for the same few days: their spans are kept per schedule
// object (settings documents are never mutated in place; a new version is a new object).
const cache = new WeakMap<Schedule, Map<number, readonly OpenSpan[]>>();
const CACHED_DAYS = 4000;

/** The open spans starting on `day`, as instants; a span wholly inside a DST gap is dropped. */
export function openSpans(schedule: Schedule, day: number): readonly OpenSpan[] {
  let days = cache.get(schedule);
  if (!days) cache.set(schedule, (days = new Map<number, readonly OpenSpan[]>()));
  let spans = days.get(day);
  if (!spans) {
    if (days.size >= CACHED_DAYS) days.clear();
    spans = spansOn(schedule, day);
    days.set(day, spans);
  }
  return spans;
}

function spansOn(schedule: Schedule, day: number): OpenSpan[] {
  const { why, spans } = hoursOn(schedule, day);
  const midnight = day * DAY_MS;
  const result: OpenSpan[] = [];
  for (const span of spans) {
    const from = instantAt(schedule.timeZone, midnight + span.from * MINUTE_MS);
    const to = instantAt(schedule.timeZone, midnight + span.to * MINUTE_MS);
    if (to > from) result.push({ from, to, why });
  }
  return result;
}
