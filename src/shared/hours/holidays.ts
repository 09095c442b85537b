// Public holidays from date-holidays, the markets' calendars kept current by its maintainers.
// Only `type: 'public'` days close (bank holidays and observances do not). A holiday closes its
// whole local day, named by its date string, whatever zone the schedule is in.
import Holidays from 'date-holidays';
import { DAY_MS, dateOf, dayOf } from './calendar.ts';

/** The markets Atiende's customers operate in. */
export const MARKETS = ['AR', 'MX', 'CO', 'PE', 'CL', 'UY', 'ES', 'BR'] as const;
export type Market = (typeof MARKETS)[number];

export interface PublicHoliday {
  /** The local day, `YYYY-MM-DD`. */
  date: string;
  /** In the country's language, as date-holidays names it ("Navidad", "Natal"). */
  name: string;
}

// Building a calendar parses the country's rules (tens of milliseconds); each is built once.
const calendars = new Map<string, Holidays>();
const years = new Map<string, Map<string, string>>();

function calendarFor(country: Market, region?: string): Holidays {
  const key = `${country}/${region ?? ''}`;
  let calendar = calendars.get(key);
  if (!calendar) {
    calendar = region ? new Holidays(country, region) : new Holidays(country);
    calendars.set(key, calendar);
  }
  return calendar;
}

/** The subdivisions date-holidays knows for a country (ES "MD", BR "SP"), code → name. */
export function regionsOf(country: Market): Record<string, string> {
  // Undefined for a country without subdivisions (AR), whatever the package's types say.
  const states = calendarFor(country).getStates(country) as Record<string, string> | undefined;
  return states ?? {};
}

function yearOf(country: Market, region: string | undefined, year: number): Map<string, string> {
  const key = `${country}/${region ?? ''}/${year}`;
  let days = years.get(key);
  if (!days) {
    days = new Map();
    for (const holiday of calendarFor(country, region).getHolidays(year)) {
      if (holiday.type !== 'public') continue;
      // A holiday longer than a day closes each of its days; none in the markets is, today.
      const first = dayOf(holiday.date.slice(0, 10));
      const length = Math.max(1, Math.round((holiday.end.getTime() - holiday.start.getTime()) / DAY_MS));
      for (let day = first; day < first + length; day++) {
        const date = dateOf(day);
        // Two holidays on one day: keep the first name ("Año Nuevo", not its substitute).
        if (!days.has(date)) days.set(date, holiday.name);
      }
    }
    years.set(key, days);
  }
  return days;
}

/** The country's (and region's) public holidays of a year, in date order. */
export function holidaysIn(country: Market, year: number, region?: string): PublicHoliday[] {
  return [...yearOf(country, region, year)]
    .filter(([date]) => date.startsWith(`${year}-`))
    .map(([date, name]) => ({ date, name }))
    .sort((a, b) => a.date.localeCompare(b.date));
}

/** The holiday's name when `date` (`YYYY-MM-DD`) is a public holiday, else null. */
export function holidayOn(country: Market, date: string, region?: string): string | null {
  const year = Number(date.slice(0, 4));
  // A multi-day holiday may start the year before.
  return yearOf(country, region, year).get(date) ?? yearOf(country, region, year - 1).get(date) ?? null;
}
