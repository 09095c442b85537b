// Times and dates as agents type and read them: 24-hour times ("18:00", never "06:00 PM") and
// dates in the order of the agent's locale ("24/12/2026" in es-AR), whatever the browser's own
// locale is. Stored values stay as the documents keep them: "HH:MM" and "YYYY-MM-DD".

/** "9", "930", "0930", "9:30", "9.30", "9h30" → "09:30"; null when it is not a time of day. */
export function parseTime(text: string): string | null {
  const match = /^(\d{1,2})(?:[:.h]?(\d{2}))?$/.exec(text.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? '0');
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

type Part = 'day' | 'month' | 'year';

/** The order of day, month and year in `locale`'s short dates, and the mark between them. */
export function dateOrder(locale: string): { order: Part[]; separator: string } {
  const parts = new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' })
    .formatToParts(Date.UTC(2026, 11, 24));
  const order = parts.flatMap((p) => (p.type === 'day' || p.type === 'month' || p.type === 'year' ? [p.type] : []));
  const separator = parts.find((p) => p.type === 'literal')?.value ?? '/';
  return { order: order.length === 3 ? order : ['day', 'month', 'year'], separator };
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const isoOf = (year: number, month: number, day: number): string | null => {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
};

/** "2026-12-24" → "24/12/2026" in es-AR, "12/24/2026" in en-US. */
export function formatDate(iso: string, locale: string): string {
  const match = ISO_DATE.exec(iso);
  if (!match) return iso;
  const { order, separator } = dateOrder(locale);
  const value = { year: match[1] ?? '', month: match[2] ?? '', day: match[3] ?? '' };
  return order.map((part) => value[part]).join(separator);
}

/** A date typed in `locale`'s order ("24/12/2026", "24-12-26") or as ISO → "2026-12-24"; null if none. */
export function parseDate(text: string, locale: string): string | null {
  const trimmed = text.trim();
  const iso = ISO_DATE.exec(trimmed);
  if (iso) return isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const numbers = trimmed.split(/\D+/).filter(Boolean);
  if (numbers.length !== 3) return null;
  const { order } = dateOrder(locale);
  const value = Object.fromEntries(order.map((part, i) => [part, numbers[i] ?? ''])) as Record<Part, string>;
  if (value.year.length !== 4 && value.year.length !== 2) return null;
  const year = Number(value.year) + (value.year.length === 2 ? 2000 : 0);
  return isoOf(year, Number(value.month), Number(value.day));
}

/** How a date is typed in `locale`, with the UI language's letters: "dd/mm/aaaa", "mm/dd/yyyy". */
export function datePattern(locale: string, letters: Record<Part, string>): string {
  const { order, separator } = dateOrder(locale);
  return order.map((part) => letters[part]).join(separator);
}
