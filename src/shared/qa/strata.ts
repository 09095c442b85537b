// The strata a QA sample is drawn across: the case's channel, the agent's seniority band when
// the case was handled, its contact reason and its resolution. A stratum's key names the chosen
// dimensions in one fixed order, so the same choice always gives the same keys.
import type { Channel, ContactReason, Resolution } from '../domain.ts';

export const SENIORITY_BANDS = ['0-6m', '6-12m', '12m+'] as const;
export type SeniorityBand = (typeof SENIORITY_BANDS)[number];

/** The fixed order of a key's parts. */
export const STRATUM_DIMENSIONS = ['channel', 'seniority', 'reason', 'resolution'] as const;
export type StratumDimension = (typeof STRATUM_DIMENSIONS)[number];

export interface StratumValues {
  channel: Channel;
  seniority: SeniorityBand;
  reason: ContactReason | null;
  resolution: Resolution | null;
}

/** `at` plus whole calendar months, in UTC (the 31st of a short month rolls into the next, as Date does). */
function plusMonths(at: Date, months: number): Date {
  const next = new Date(at.getTime());
  next.setUTCMonth(next.getUTCMonth() + months);
  return next;
}

/**
 * The agent's seniority band at `at` (the case's resolution, or its last update), counted in
 * calendar months from the hire date. An agent with no hire date on record counts as `12m+`:
 * the bands exist to single out newcomers, and nothing says this one is new.
 */
export function seniorityBand(hiredAt: string | null, at: string): SeniorityBand {
  if (hiredAt === null) return '12m+';
  const hired = new Date(hiredAt);
  const when = new Date(at);
  if (when < plusMonths(hired, 6)) return '0-6m';
  if (when < plusMonths(hired, 12)) return '6-12m';
  return '12m+';
}

/** Keeps the chosen dimensions in the fixed order, once each. */
export function orderDimensions(by: readonly StratumDimension[]): StratumDimension[] {
  return STRATUM_DIMENSIONS.filter((d) => by.includes(d));
}

/** `"channel=whatsapp|seniority=0-6m"`; a null reason or resolution is `none`; no dimension at all is `all`. */
export function stratumKey(values: StratumValues, by: readonly StratumDimension[]): string {
  const parts = orderDimensions(by).map((d) => `${d}=${values[d] ?? 'none'}`);
  return parts.length === 0 ? 'all' : parts.join('|');
}

/** Handling longer than this (first customer message to resolution) is oversampled. */
export const LONG_HANDLING_SECONDS = 24 * 60 * 60;

/** A case the draw gives double weight: a complaint, or one that took long to handle. */
export function isOversampled(reason: ContactReason | null, handleSeconds: number | null): boolean {
  return reason === 'complaint' || (handleSeconds !== null && handleSeconds > LONG_HANDLING_SECONDS);
}
