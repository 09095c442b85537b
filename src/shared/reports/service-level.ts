// Service level per channel: the share of first responses given within the channel's target,
// and ASA, the mean first response. A case still unanswered counts as missed once it has waited
// longer than the target (it can no longer be within), and is left out before (it still can).
// See docs/metrics.md.
import { CHANNEL_INFO } from '../channels.ts';
import type { Channel } from '../domain.ts';
import { mean, ratio } from './stats.ts';

export interface ServiceLevelCase {
  channel: Channel;
  /** Seconds to the first agent reply; null while unanswered. */
  firstResponseSeconds: number | null;
  /** Unanswered: how long it had waited when the report was made (seconds); resolved unanswered: null (nothing was owed). */
  waitingSeconds: number | null;
}

export interface ChannelServiceLevel {
  targetSeconds: number;
  within: number;
  total: number;
  ratio: number | null;
}

/** The channel's target, in seconds: its SLA minutes (src/shared/channels.ts). */
export const targetSecondsOf = (channel: Channel): number => CHANNEL_INFO[channel].slaMinutes * 60;

/** Whether a case counts as within its target, as missed, or not yet (null). */
export function serviceLevelOutcome(c: ServiceLevelCase): 'within' | 'missed' | null {
  const target = targetSecondsOf(c.channel);
  if (c.firstResponseSeconds !== null) return c.firstResponseSeconds <= target ? 'within' : 'missed';
  return c.waitingSeconds !== null && c.waitingSeconds > target ? 'missed' : null;
}

export function serviceLevels(cases: readonly ServiceLevelCase[]): { serviceLevel: Record<string, ChannelServiceLevel>; asa: Record<string, number | null> } {
  const by = new Map<Channel, { within: number; total: number; answered: number[] }>();
  for (const c of cases) {
    let entry = by.get(c.channel);
    if (!entry) by.set(c.channel, (entry = { within: 0, total: 0, answered: [] }));
    if (c.firstResponseSeconds !== null) entry.answered.push(c.firstResponseSeconds);
    const outcome = serviceLevelOutcome(c);
    if (outcome !== null) entry.total += 1;
    if (outcome === 'within') entry.within += 1;
  }
  const channels = [...by].sort(([a], [b]) => a.localeCompare(b));
  return {
    serviceLevel: Object.fromEntries(channels.map(([channel, e]) =>
      [channel, { targetSeconds: targetSecondsOf(channel), within: e.within, total: e.total, ratio: ratio(e.within, e.total) }])),
    asa: Object.fromEntries(channels.map(([channel, e]) => [channel, mean(e.answered)])),
  };
}
