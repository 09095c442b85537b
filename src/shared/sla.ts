// The SLA clock of a case: how long the customer has waited for an answer, judged against the
// service level of the case's channel (CHANNEL_INFO.slaMinutes). Pure, so the inbox, the
// notifier and the tests all agree on when a case turns amber or red.
import { CHANNEL_INFO } from './channels.ts';
import type { Channel } from './domain.ts';

export type SlaLevel = 'ok' | 'warning' | 'late';

/**
 * Share of the channel's SLA after which a case is `warning` (amber): with 75 %, a web chat
 * (5 min) warns from 3 min 45 s, an e-mail (4 h) from 3 h. At 100 % and over it is `late` (red).
 */
export const SLA_WARNING_SHARE = 0.75;

const MINUTE = 60_000;

/** Milliseconds the customer has been waiting at `now`, or null when nobody is waiting. */
export function slaElapsedMs(waitingSince: string | null, now: Date | number): number | null {
  if (waitingSince === null) return null;
  const since = Date.parse(waitingSince);
  if (Number.isNaN(since)) return null;
  // A clock behind the server's would give a negative wait: count it as just arrived.
  return Math.max(0, (typeof now === 'number' ? now : now.getTime()) - since);
}

/**
 * How the case stands against its channel's SLA:
 * - `null`: no customer message is waiting for an answer (`waitingSince` is null or unreadable);
 * - `ok`: waiting less than 75 % of the channel's `slaMinutes`;
 * - `warning`: from 75 % up to (not including) 100 %;
 * - `late`: the full `slaMinutes` or longer.
 */
export function slaLevel(waitingSince: string | null, channel: Channel, now: Date | number): SlaLevel | null {
  const elapsed = slaElapsedMs(waitingSince, now);
  if (elapsed === null) return null;
  const limit = CHANNEL_INFO[channel].slaMinutes * MINUTE;
  if (elapsed >= limit) return 'late';
  if (elapsed >= limit * SLA_WARNING_SHARE) return 'warning';
  return 'ok';
}
