// A report's keys in the reader's words: channels and contact reasons by their names, products
// by their synced labels, typologies by theirs, `none` as "not given"; agents and teams as they are.
import type { TFunction } from 'i18next';
import { CHANNELS, CONTACT_REASONS } from '../../../shared/domain.ts';
import type { ReportPageGrouping } from '../../../shared/reports/operations.ts';
import { TYPOLOGIES } from '../../../shared/triage/priority-rules.ts';

const isOf = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);

/** The key the server gives a group without a value (src/server/reports/case-facts.ts). */
const NONE = 'none';

export function groupLabel(t: TFunction, key: string): string {
  if (isOf(CHANNELS, key)) return t(`channel.${key}`);
  if (isOf(CONTACT_REASONS, key)) return t(`resolve.reasons.${key}`);
  return key;
}

/** A group's name in its grouping: a product's label comes from the synced list. */
export function groupKeyLabel(t: TFunction, by: ReportPageGrouping, key: string, productLabel: (key: string) => string): string {
  if (key === NONE && by !== 'agent' && by !== 'team') return t('reports.noKey');
  if (by === 'product') return productLabel(key);
  if (by === 'typology' && isOf(TYPOLOGIES, key)) return t(`reports.typologies.${key}`);
  return groupLabel(t, key);
}
