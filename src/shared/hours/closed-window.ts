// Open or closed at an instant, and the closed stretch around it. The stretch's start is the
// dedupe key of out-of-hours auto-replies (one per case per stretch), so it must be the same
// instant for every moment of one stretch: across midnight, weekends joined to holidays, and
// DST changes. It is the end of the last open span, found in the schedule itself, so every
// instant of the stretch finds the same one (only a stretch past the horizon is cut, below).
import { DAY_MS } from './calendar.ts';
import { openSpans, type OpenSpan } from './day-hours.ts';
import type { Schedule } from './schema.ts';
import { localDayAt } from './wall-clock.ts';

export interface ClosedWindow {
  /** When this closed stretch began: the end of the last open span. */
  start: Date;
  /** The next opening; null when there is none within HORIZON_DAYS. */
  end: Date | null;
}

/** How far closedWindowAt looks back for the last opening and ahead for the next one. */
export const HORIZON_DAYS = 366;
const HORIZON_MS = HORIZON_DAYS * DAY_MS;

const covers = (spans: readonly OpenSpan[], t: number) => spans.some((s) => s.from <= t && t < s.to);

// A span starts on its day and ends by the next day's end, so only the day before can reach
// into `day`; the day after is checked for a DST fall-back across midnight (the clock reads
// the earlier day again after the later one has begun).
const spansAround = (schedule: Schedule, day: number) =>
  [day - 1, day, day + 1].flatMap((d) => openSpans(schedule, d));

export function isOpenAt(schedule: Schedule, at: Date): boolean {
  if (schedule.alwaysOpen) return true;
  const t = at.getTime();
  return covers(spansAround(schedule, localDayAt(schedule.timeZone, t)), t);
}

/**
 * Null when open at `at`; otherwise the closed stretch it lies in. A stretch longer than the
 * horizon (a schedule never open, a closure of years) starts, for dedupe, at the last opening
 * while that is within HORIZON_DAYS, then at fixed 366-day steps counted from 1970: one notice
 * per case a year, at most.
 */
export function closedWindowAt(schedule: Schedule, at: Date): ClosedWindow | null {
  if (schedule.alwaysOpen) return null;
  const t = at.getTime();
  const day = localDayAt(schedule.timeZone, t);
  if (covers(spansAround(schedule, day), t)) return null;
  const last = lastClosing(schedule, day, t);
  const start = last !== null && t - last <= HORIZON_MS ? last : Math.floor(t / HORIZON_MS) * HORIZON_MS;
  const end = nextOpening(schedule, day, t);
  return { start: new Date(start), end: end === null ? null : new Date(end) };
}

/** The latest span end at or before `t`. Spans of day k end after every span of day k-2 or earlier. */
function lastClosing(schedule: Schedule, day: number, t: number): number | null {
  let last: number | null = null;
  let foundOn: number | null = null;
  for (let d = day + 1; d >= day - HORIZON_DAYS - 1; d--) {
    if (foundOn !== null && d < foundOn - 1) break;
    for (const span of openSpans(schedule, d)) {
      if (span.to <= t && (last === null || span.to > last)) {
        last = span.to;
        foundOn ??= d;
      }
    }
  }
  return last;
}

/** The earliest span start after `t`; spans start in day order, so the first day with one has it. */
function nextOpening(schedule: Schedule, day: number, t: number): number | null {
  for (let d = day; d <= day + HORIZON_DAYS; d++) {
    const starts = openSpans(schedule, d).filter((s) => s.from > t).map((s) => s.from);
    if (starts.length > 0) return Math.min(...starts);
  }
  return null;
}
