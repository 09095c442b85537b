// This week of a schedule and the days ahead that break its usual week (holidays, closures,
// special openings), read week by week from main, which holds the holiday calendars.
import type { HoursWeek, WeekDay } from '../../../shared/business-settings.ts';
import { api } from '../../lib/bridge.ts';

/** How far ahead the agents' summary looks, and how many dates it lists. */
const WEEKS_AHEAD = 8;
const MAX_LISTED = 5;

export interface UpcomingDays {
  week: HoursWeek;
  exceptions: { day: WeekDay; timeZone: string }[];
}

const isException = (day: WeekDay) => day.stretches.some((s) => s.why === 'holiday' || s.why === 'closure' || s.why === 'opening');

/** `today`, `YYYY-MM-DD` on the schedule's clock: days before it are past. */
export async function upcomingDays(scheduleId: string, agentTimeZone: string, today: string): Promise<UpcomingDays> {
  const first = await api.hoursWeek({ scheduleId, zone: 'schedule', agentTimeZone, weekOf: today });
  const exceptions: UpcomingDays['exceptions'] = [];
  let week = first;
  for (let i = 0; i < WEEKS_AHEAD && exceptions.length < MAX_LISTED; i++) {
    if (i > 0) week = await api.hoursWeek({ scheduleId, zone: 'schedule', agentTimeZone, weekOf: week.next });
    for (const day of week.days) if (day.date >= today && isException(day)) exceptions.push({ day, timeZone: week.timeZone });
  }
  return { week: first, exceptions: exceptions.slice(0, MAX_LISTED) };
}
