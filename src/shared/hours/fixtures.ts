// Schedules for the tests: a plain week in a zone, with whatever the test changes.
import { Schedule } from './schema.ts';

type Days = Partial<Record<keyof Schedule['week'], [string, string][]>>;

/** A valid schedule (through the schema, so defaults apply): closed unless `week` says otherwise. */
export function scheduleOf(timeZone: string, week: Days, more: Partial<Schedule> = {}): Schedule {
  return Schedule.parse({ id: 'test', name: 'Test', channels: [], timeZone, week, ...more });
}

/** Every day of the week with the same intervals. */
export const everyDay = (...intervals: [string, string][]): Days =>
  ({ mon: intervals, tue: intervals, wed: intervals, thu: intervals, fri: intervals, sat: intervals, sun: intervals });
