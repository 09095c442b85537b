// Instants read on a given zone's clock, in the agent's locale: the page never shows a time in
// the zone of whoever wrote the rules unless asked to.
const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { timeZone, ...options });
    cache.set(key, format);
  }
  return format;
}

/** "18:00" on the zone's clock; `endOfDay` reads midnight as 24:00. */
export function clockTime(locale: string, timeZone: string, iso: string, endOfDay = false): string {
  const text = formatter(locale, timeZone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
  return endOfDay && text === '00:00' ? '24:00' : text;
}

/** "jue 24 dic, 22:10" on the zone's clock. */
export function dayAndTime(locale: string, timeZone: string, iso: string): string {
  return formatter(locale, timeZone, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .format(new Date(iso));
}

/** "lun 21 dic" for a calendar date `YYYY-MM-DD`. */
export function calendarDay(locale: string, date: string): string {
  return formatter(locale, 'UTC', { weekday: 'short', day: 'numeric', month: 'short' }).format(new Date(`${date}T00:00:00Z`));
}

/** Today, `YYYY-MM-DD`, and the time, `HH:MM`, on the zone's clock. */
export function localNow(timeZone: string, now = new Date()): { date: string; time: string } {
  const parts = Object.fromEntries(formatter('en-CA', timeZone, { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .formatToParts(now).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** The agent's own zone, as their computer knows it. */
export const agentTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;
