// A case's priority from what is known of it: the customer's latest messages, who they are, why
// they wrote, how long they wait, and a recontact. One function, so the console's inbox and the
// supervisor's team queue on the server rank a case the same way.
import type { CaseStatus, Channel, Segment } from '../domain.ts';
import { influenceLevel } from './influence.ts';
import type { TextInput } from './message-text.ts';
import { computePriority, type PriorityResult } from './priority.ts';
import { typologyOf, type PriorityRules } from './priority-rules.ts';

/** How many of the customer's latest messages the keyword rules read. */
export const RECENT_MESSAGES = 5;

export interface CasePriorityFacts {
  /** The customer's messages on the case, oldest first (only the last RECENT_MESSAGES count). */
  texts: readonly TextInput[];
  channel: Channel;
  customer: { segment: Segment; followers: number; publicFigure: boolean } | undefined;
  /** The contact reason's key, when classified. */
  reason: string | null;
  status: CaseStatus;
  waitingSince: string | null;
  recontact: 'csat_negative' | null;
  /** The server's clock (ms); null when unknown (no wait is counted). */
  serverNow: number | null;
}

export function casePriority(facts: CasePriorityFacts, rules: PriorityRules): PriorityResult {
  return computePriority({
    texts: facts.texts.slice(-RECENT_MESSAGES),
    channel: facts.channel,
    segment: facts.customer?.segment ?? 'standard',
    influence: influenceLevel({ followers: facts.customer?.followers ?? 0, publicFigure: facts.customer?.publicFigure ?? false }),
    typology: typologyOf(facts.reason),
    waitingMinutes: minutesWaited(facts.waitingSince, facts.serverNow),
    // A resolved case's recontact is over.
    recontact: facts.status === 'resolved' ? null : facts.recontact,
  }, rules);
}

function minutesWaited(waitingSince: string | null, serverNow: number | null): number | null {
  if (waitingSince === null || serverNow === null) return null;
  const since = Date.parse(waitingSince);
  return Number.isNaN(since) ? null : Math.max(0, serverNow - since) / 60_000;
}
