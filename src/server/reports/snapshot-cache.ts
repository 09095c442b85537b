// The snapshots every console of an audience fetches (every 5 minutes each), computed once per
// audience for a short while: a supervisor's team opening their consoles together costs one
// computation, not one per console. Time is the server's clock; a clock set back recomputes.
import type { ReportSnapshots } from '../../protocol/reports.ts';
import type { Audience } from './audience.ts';

/** How long a computed snapshot answers for its audience (server clock). */
export const SNAPSHOT_CACHE_MS = 60_000;

interface Held {
  at: number;
  snapshots: Promise<ReportSnapshots>;
}

/** The same agents in the same teams count the same cases. */
const keyOf = (audience: Audience): string => JSON.stringify(audience.agents.map((a) => [a, audience.teamOf.get(a) ?? null]));

export class SnapshotCache {
  private readonly held = new Map<string, Held>();

  /** The audience's snapshots computed less than SNAPSHOT_CACHE_MS ago, or `compute(now)`'s (shared by callers meanwhile). */
  get(audience: Audience, now: Date, compute: (asOf: Date) => Promise<ReportSnapshots>): Promise<ReportSnapshots> {
    const key = keyOf(audience);
    const at = now.getTime();
    const found = this.held.get(key);
    if (found && at >= found.at && at - found.at < SNAPSHOT_CACHE_MS) return found.snapshots;
    for (const [k, h] of this.held) if (!(at >= h.at && at - h.at < SNAPSHOT_CACHE_MS)) this.held.delete(k);
    const snapshots = compute(now);
    this.held.set(key, { at, snapshots });
    // A failure is not kept: the next caller tries again.
    snapshots.catch(() => { if (this.held.get(key)?.snapshots === snapshots) this.held.delete(key); });
    return snapshots;
  }
}
