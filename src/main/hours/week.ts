// A schedule's week cut into the days of whichever zone the page shows: the schedule's own, or
// the agent's (a supervisor in Madrid reading Buenos Aires hours sees them on Madrid's days).
// The schedule decides each of its own local days; here its stretches are only re-cut.
import type { HoursWeek, WeekDay, WeekStretch } from '../../shared/business-settings.ts';
import { dateOf, dayOf, weekdayOf, WEEKDAYS } from '../../shared/hours/calendar.ts';
import { weekView, type Schedule } from '../../shared/hours/index.ts';
import { dayStartAt, isTimeZone, localDayAt } from '../../shared/hours/wall-clock.ts';
import { CodedError } from '../../shared/errors.ts';

/** Refuses a zone Intl does not know, in words the page can show. */
export function requireTimeZone(zone: string): void {
  if (!isTimeZone(zone)) {
    throw new CodedError('invalid_zone', `Unknown time zone "${zone}": use an IANA name such as America/Argentina/Buenos_Aires`);
  }
}

/** The Monday-to-Sunday week holding `weekOf` (or `now`'s day), in `timeZone`. */
export function weekIn(schedule: Schedule, timeZone: string, weekOf: string | undefined, now: Date): HoursWeek {
  requireTimeZone(timeZone);
  const day = weekOf === undefined ? localDayAt(timeZone, now.getTime()) : dayOf(weekOf);
  const monday = day - WEEKDAYS.indexOf(weekdayOf(day));
  const start = dayStartAt(timeZone, monday);
  // Two of the schedule's own weeks, back to back, cover the seven days of any other zone.
  const first = localDayAt(schedule.timeZone, start);
  const timeline = [first, first + 7]
    .flatMap((d) => weekView(schedule, new Date(dayStartAt(schedule.timeZone, d))))
    .flatMap((d) => d.stretches);
  const days: WeekDay[] = Array.from({ length: 7 }, (_, i) => ({
    date: dateOf(monday + i),
    weekday: weekdayOf(monday + i),
    stretches: cut(timeline, dayStartAt(timeZone, monday + i), dayStartAt(timeZone, monday + i + 1)),
  }));
  return { scheduleId: schedule.id, timeZone, weekStart: dateOf(monday), previous: dateOf(monday - 7), next: dateOf(monday + 7), days };
}

/** The stretches between two instants, clipped to them; neighbours that read the same are joined. */
function cut(timeline: readonly { from: Date; to: Date; open: boolean; why: WeekStretch['why']; label?: string }[], from: number, to: number): WeekStretch[] {
  const out: WeekStretch[] = [];
  for (const s of timeline) {
    const start = Math.max(s.from.getTime(), from);
    const end = Math.min(s.to.getTime(), to);
    if (end <= start) continue;
    const last = out.at(-1);
    if (last && last.open === s.open && last.why === s.why && last.label === s.label && Date.parse(last.to) === start) {
      last.to = new Date(end).toISOString();
    } else {
      out.push({ from: new Date(start).toISOString(), to: new Date(end).toISOString(), open: s.open, why: s.why, ...(s.label ? { label: s.label } : {}) });
    }
  }
  return out;
}
