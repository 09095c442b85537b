// A drawn day in words, for the week and the agents' summary.
import type { TFunction } from 'i18next';
import type { WeekDay } from '../../../shared/business-settings.ts';
import { clockTime } from './zoneTime.ts';

/** "Abierto 09:00–18:00 · Feriado: Navidad", on the week's clock. */
export function dayInWords(t: TFunction, locale: string, zone: string, day: WeekDay): string {
  const last = day.stretches.at(-1)?.to;
  const open = day.stretches.filter((s) => s.open);
  const spans = open.map((s) => `${clockTime(locale, zone, s.from)}–${clockTime(locale, zone, s.to, s.to === last)}`).join(', ');
  const parts = [
    open.some((s) => s.why === 'always') ? t('hours.view.alwaysOpen')
      : open.length === 0 ? t('hours.view.closedAll')
        : `${t('hours.view.openSpans', { spans })}${open.some((s) => s.why === 'opening') ? ` (${t('hours.view.opening')})` : ''}`,
  ];
  // A holiday or closure names itself once, even when it covers two stretches of the day.
  const notes = new Map<string, string>();
  for (const s of day.stretches) {
    if (s.why === 'holiday') notes.set(`holiday:${s.label ?? ''}`, t('hours.view.holiday', { name: s.label ?? '' }));
    if (s.why === 'closure') notes.set(`closure:${s.label ?? ''}`, s.label ? t('hours.view.closure', { name: s.label }) : t('hours.view.closureNoNote'));
  }
  parts.push(...notes.values());
  return parts.join(' · ');
}
