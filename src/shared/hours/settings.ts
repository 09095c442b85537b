// Reading the synced `business_hours` document: valid, it is used whole; missing, the defaults
// apply; invalid, the defaults apply and the problem is said in words a supervisor can fix
// (the same contract as the priority rules).
import { z } from 'zod';
import type { Channel } from '../domain.ts';
import { BusinessHours, type Schedule } from './schema.ts';

const WEEKDAY: Schedule['week']['mon'] = [['09:00', '18:00']];

/**
 * The sandbox's and a new organisation's hours: Monday to Friday 09:00–18:00 and Saturday
 * 09:00–13:00 in Buenos Aires, closed on Argentina's public holidays. One default schedule
 * covers every channel: public channels keep the same attended hours, and the auto-reply
 * settings leave them out (never auto-reply in public).
 */
export const DEFAULT_BUSINESS_HOURS: BusinessHours = {
  version: 1,
  schedules: [{
    id: 'default',
    name: 'Horario de atención',
    channels: [],
    timeZone: 'America/Argentina/Buenos_Aires',
    alwaysOpen: false,
    week: { mon: WEEKDAY, tue: WEEKDAY, wed: WEEKDAY, thu: WEEKDAY, fri: WEEKDAY, sat: [['09:00', '13:00']], sun: [] },
    holidays: { country: 'AR' },
    closures: [],
    openings: [],
  }],
};

/** The hours in force and, when the synced document was refused, why. */
export function businessHoursFrom(value: unknown): { hours: BusinessHours; problem: string | null } {
  if (value === undefined || value === null) return { hours: DEFAULT_BUSINESS_HOURS, problem: null };
  const parsed = BusinessHours.safeParse(value);
  return parsed.success
    ? { hours: parsed.data, problem: null }
    : { hours: DEFAULT_BUSINESS_HOURS, problem: z.prettifyError(parsed.error) };
}

/** The schedule a channel follows: the first that names it, else the default one. */
export function scheduleFor(hours: BusinessHours, channel: Channel): Schedule {
  const named = hours.schedules.find((s) => s.channels.includes(channel));
  const fallback = hours.schedules.find((s) => s.channels.length === 0);
  // The schema guarantees a default schedule; a hand-built value without one gets the defaults.
  return named ?? fallback ?? (DEFAULT_BUSINESS_HOURS.schedules[0] as Schedule);
}
