// Occupancy: productive time over signed-in time, from presence intervals. Signed in is
// available or busy; productive is busy; away is neither. See docs/metrics.md.
import { ratio } from './stats.ts';

export type PresenceState = 'available' | 'busy' | 'away';

export interface PresenceInterval {
  state: PresenceState;
  /** Epoch milliseconds, half-open [from, to). */
  from: number;
  to: number;
}

export interface Occupancy {
  signedInSeconds: number;
  productiveSeconds: number;
  ratio: number | null;
}

export function occupancy(intervals: readonly PresenceInterval[]): Occupancy {
  let signedIn = 0;
  let productive = 0;
  for (const i of intervals) {
    const seconds = Math.max(0, i.to - i.from) / 1000;
    if (i.state === 'away') continue;
    signedIn += seconds;
    if (i.state === 'busy') productive += seconds;
  }
  return { signedInSeconds: signedIn, productiveSeconds: productive, ratio: ratio(productive, signedIn) };
}
