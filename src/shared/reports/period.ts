// The reports page's periods: half-open [from, to) on the server's clock, weeks starting on
// Monday in UTC as the server cuts them (so a preset matches a synced snapshot's week exactly).
// The comparison is the period just before: the week before a week, the month before a month,
// and for any other range the same length ending where it starts.
import { mondayOf } from './weeks.ts';

export const PERIOD_PRESETS = ['thisWeek', 'lastWeek', 'thisMonth', 'last8Weeks', 'custom'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

export interface Period { from: string; to: string }

const DAY_MS = 24 * 60 * 60 * 1000;
const WEEK_MS = 7 * DAY_MS;

const monthStart = (at: Date, shift = 0) => new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + shift, 1));
const period = (from: Date, to: Date): Period => ({ from: from.toISOString(), to: to.toISOString() });

/** The preset's period around `now` (the server's time: snapshots are cut by it); a custom period is the caller's. */
export function presetPeriod(preset: Exclude<PeriodPreset, 'custom'>, now: Date): Period {
  const monday = new Date(mondayOf(now.getTime()));
  switch (preset) {
    case 'thisWeek': return period(monday, new Date(monday.getTime() + WEEK_MS));
    case 'lastWeek': return period(new Date(monday.getTime() - WEEK_MS), monday);
    case 'thisMonth': return period(monthStart(now), monthStart(now, 1));
    case 'last8Weeks': return period(new Date(monday.getTime() - 7 * WEEK_MS), new Date(monday.getTime() + WEEK_MS));
  }
}

/** A custom period from two `YYYY-MM-DD` days, both whole (UTC); null when the range is empty or unreadable. */
export function dayPeriod(fromDay: string, toDay: string): Period | null {
  const from = Date.parse(`${fromDay}T00:00:00Z`);
  const to = Date.parse(`${toDay}T00:00:00Z`);
  if (Number.isNaN(from) || Number.isNaN(to) || to < from) return null;
  return period(new Date(from), new Date(to + DAY_MS));
}

/** True when the period is one whole calendar month (UTC). */
function isMonth({ from, to }: Period): boolean {
  const start = new Date(from);
  return start.getTime() === monthStart(start).getTime() && Date.parse(to) === monthStart(start, 1).getTime();
}

/** The period compared with this one: the month before a calendar month, else the same length just before. */
export function previousPeriod(current: Period): Period {
  const from = new Date(current.from);
  if (isMonth(current)) return period(monthStart(from, -1), from);
  return period(new Date(from.getTime() - (Date.parse(current.to) - from.getTime())), from);
}

/** How a figure moved since the previous period; null when either side has nothing to count. */
export function delta(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null) return null;
  return current - previous;
}
