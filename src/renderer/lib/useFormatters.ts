// Dates and times in the agent's locale and time zone (Intl uses the system's zone by default).
// Formatters are built once per locale (dateFormats.ts): a 500-message thread must not build 500 of them.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatLocale, languageFor } from '../i18n/language.ts';
import { dateFormat } from './dateFormats.ts';

export interface Formatters {
  locale: string;
  /** A message's or sync's moment: the time alone today, date and time otherwise. */
  when: (iso: string, now?: number) => string;
  /** A day, with no time (a period's ends). */
  day: (iso: string) => string;
}

export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  const locale = formatLocale(languageFor(i18n.language), navigator.languages);
  return useMemo(() => {
    const safe = (format: (date: Date) => string) => (iso: string) => {
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? iso : format(date);
    };
    const sameDay = (a: Date, b: Date) =>
      a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
    return {
      locale,
      when: (iso, now = Date.now()) =>
        safe((date) => dateFormat(locale, sameDay(date, new Date(now)) ? 'time' : 'dateTime').format(date))(iso),
      day: safe((date) => dateFormat(locale, 'day').format(date)),
    };
  }, [locale]);
}
