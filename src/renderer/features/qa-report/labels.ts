// A report row's key in the supervisor's words: channels and reasons by their names, a missing
// team or reason as such; agents, teams and bands as they are.
import type { TFunction } from 'i18next';
import { CHANNELS, CONTACT_REASONS } from '../../../shared/domain.ts';
import { NONE, type ReportDimension } from '../../../shared/qa/report.ts';

const isOf = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);

export function keyLabel(t: TFunction, dimension: ReportDimension, key: string): string {
  if (key === 'all') return t('qaReport.all');
  if (key === NONE) return t('qaReport.none');
  if (dimension === 'channel' && isOf(CHANNELS, key)) return t(`channel.${key}`);
  if (dimension === 'reason' && isOf(CONTACT_REASONS, key)) return t(`resolve.reasons.${key}`);
  return key;
}

/** "2026-11-02" → "2/11" as the console writes short dates. */
export const weekLabel = (locale: string, monday: string): string =>
  new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'numeric', timeZone: 'UTC' }).format(new Date(`${monday}T00:00:00Z`));
