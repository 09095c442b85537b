// A report's keys in the reader's words: channels and contact reasons by their names; agents
// and teams as they are.
import type { TFunction } from 'i18next';
import { CHANNELS, CONTACT_REASONS } from '../../../shared/domain.ts';

const isOf = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);

export function groupLabel(t: TFunction, key: string): string {
  if (isOf(CHANNELS, key)) return t(`channel.${key}`);
  if (isOf(CONTACT_REASONS, key)) return t(`resolve.reasons.${key}`);
  return key;
}
