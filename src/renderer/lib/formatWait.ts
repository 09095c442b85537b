// How long a customer has waited, compactly ("12 min", "2 h 05 min", "3 d 4 h") for the SLA clock.
import type { TFunction } from 'i18next';

export interface WaitParts {
  d: number;
  h: number;
  m: number;
}

export function waitParts(ms: number): WaitParts {
  const minutes = Math.floor(Math.max(0, ms) / 60_000);
  return { d: Math.floor(minutes / 1440), h: Math.floor((minutes % 1440) / 60), m: minutes % 60 };
}

export function formatWait(t: TFunction, ms: number): string {
  const { d, h, m } = waitParts(ms);
  if (d > 0) return t('duration.days', { d, h });
  if (h > 0) return t('duration.hours', { h, m: String(m).padStart(2, '0') });
  if (m > 0) return t('duration.minutes', { m });
  return t('duration.underMinute');
}
