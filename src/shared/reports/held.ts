// Which customer messages of a case the reports count as filtered (the noise filter holds them
// and nobody restored them) or rejected (the sender was on the block list when they wrote). The
// server judges each message as a console would have when it arrived: against the customer's
// previous message and the case's state at that moment. See docs/metrics.md.
import type { CaseStatus } from '../domain.ts';
import { noiseOf } from '../triage/index.ts';
import type { StatusChange } from './fcr.ts';

export interface CustomerMessage {
  text: string;
  /** Epoch milliseconds. */
  at: number;
  /** It answers a promotional post. */
  promo: boolean;
  /** The case's agent took it back out of the filter. */
  restored: boolean;
  /** Its noise as judged when it arrived (a noise kind, or 'none'); null or absent: judged here. */
  judged?: string | null;
}

export type Held = 'filtered' | 'rejected' | null;

/** The case's state just before `at`: open at the opening, then each change made before it. */
export function statusAt(changes: readonly StatusChange[], at: number): CaseStatus {
  let status = 'open';
  for (const c of changes) {
    if (c.at >= at) break;
    status = c.to;
  }
  return status as CaseStatus;
}

/** One verdict per message, in order (oldest first). `blockedAt(at)`: whether the sender was blocked then. */
export function heldMessages(messages: readonly CustomerMessage[], changes: readonly StatusChange[], blockedAt: (at: number) => boolean): Held[] {
  let previous: string | null = null;
  return messages.map((m) => {
    const before = previous;
    previous = m.text;
    if (blockedAt(m.at)) return 'rejected';
    if (m.restored) return null;
    if (m.judged !== undefined && m.judged !== null) return m.judged === 'none' ? null : 'filtered';
    return noiseOf({ text: m.text, previous: before, caseStatus: statusAt(changes, m.at), repliesToPromo: m.promo }) === null ? null : 'filtered';
  });
}
