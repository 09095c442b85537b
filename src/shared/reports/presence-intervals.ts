// A user's presence rows (as the server timestamped them) as intervals within a period. A row
// lasts until the user's next row; the last one until their last contact plus the staleness
// allowance, after which a silent console counts as away. Everything is cut to [from, to).
import type { PresenceInterval, PresenceState } from './occupancy.ts';

/** A console silent for longer than this counts as away from its last contact. */
export const PRESENCE_STALE_MS = 90_000;

export interface PresenceRow {
  state: PresenceState;
  /** Epoch milliseconds. */
  at: number;
}

/**
 * One user's intervals in [from, to), from their rows oldest first (include the last row before
 * `from`: it says how the period began) and their last contact (epoch ms; null: never seen).
 */
export function intervalsOf(rows: readonly PresenceRow[], lastContact: number | null, from: number, to: number): PresenceInterval[] {
  const intervals: PresenceInterval[] = [];
  rows.forEach((row, i) => {
    const next = rows[i + 1];
    const end = next ? next.at : Math.max(row.at, lastContact ?? row.at) + PRESENCE_STALE_MS;
    const start = Math.max(row.at, from);
    const stop = Math.min(end, to);
    if (stop > start) intervals.push({ state: row.state, from: start, to: stop });
  });
  return intervals;
}
