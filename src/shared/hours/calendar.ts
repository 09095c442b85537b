// Local calendar days as plain numbers: day 0 is 1970-01-01 on the wall calendar of whatever zone
// is in play. Rules compare and step days without ever building a Date in the laptop's zone.
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;

/** Day number of a `YYYY-MM-DD` date. */
export const dayOf = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY_MS;

/** `YYYY-MM-DD` of a day number. */
export const dateOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

// 1970-01-01 was a Thursday, index 3 of WEEKDAYS.
export const weekdayOf = (day: number): Weekday => WEEKDAYS[(((day + 3) % 7) + 7) % 7] as Weekday;

/** Whether a `YYYY-MM-DD` string names a real calendar date (no 2026-02-30). */
export function isCalendarDate(date: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && !Number.isNaN(dayOf(date)) && dateOf(dayOf(date)) === date;
}

/** Minutes since midnight of an `HH:MM` time. */
export function minutesOf(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
}
