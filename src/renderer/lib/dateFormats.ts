// Date formatters kept per locale and style, each built when first used: every Intl.DateTimeFormat
// costs ICU work (a renderer's first one loads ICU's data), so the views that mount at start (the
// inbox, the sync bar) share the one built while the page loads instead of building their own.
export type DateStyle = 'time' | 'dateTime' | 'day';

// 24-hour everywhere, as business hours are written ("09:00–18:00"), never "6:00 p. m.".
const OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  time: { timeStyle: 'short', hourCycle: 'h23' },
  dateTime: { dateStyle: 'short', timeStyle: 'short', hourCycle: 'h23' },
  day: { dateStyle: 'short' },
};

const built = new Map<string, Intl.DateTimeFormat>();

export function dateFormat(locale: string, style: DateStyle): Intl.DateTimeFormat {
  // A formatter keeps the time zone it was built in: the offset in the key builds a new one when
  // the laptop's zone changes, so times agree with the local-day reckoning (`sameDay`) again.
  const key = `${locale} ${style} ${new Date().getTimezoneOffset()}`;
  let format = built.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, OPTIONS[style]);
    built.set(key, format);
  }
  return format;
}
