// Complaints per week, for the trend: weeks start on Monday (UTC); each week of the period gets
// the cases opened in it and how many of them are complaints. See docs/metrics.md.

const DAY_MS = 86_400_000;

/** The Monday (00:00 UTC, epoch ms) of the week holding `t`. */
export function mondayOf(t: number): number {
  const day = Math.floor(t / DAY_MS);
  // 1970-01-01 was a Thursday: day 0 is three days after a Monday.
  return (day - ((day + 3) % 7 + 7) % 7) * DAY_MS;
}

export interface WeekCount {
  week: string;
  complaints: number;
  cases: number;
}

/** Every week [from, to) touches, oldest first, with the cases opened in it and its complaints. */
export function complaintsByWeek(cases: readonly { openedAt: number; complaint: boolean }[], from: number, to: number): WeekCount[] {
  const weeks: WeekCount[] = [];
  const index = new Map<number, WeekCount>();
  for (let monday = mondayOf(from); monday < to; monday += 7 * DAY_MS) {
    const week = { week: new Date(monday).toISOString().slice(0, 10), complaints: 0, cases: 0 };
    weeks.push(week);
    index.set(monday, week);
  }
  for (const c of cases) {
    if (c.openedAt < from || c.openedAt >= to) continue;
    const week = index.get(mondayOf(c.openedAt));
    if (!week) continue;
    week.cases += 1;
    if (c.complaint) week.complaints += 1;
  }
  return weeks;
}
