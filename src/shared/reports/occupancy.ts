// Occupancy: productive time over signed-in time, from presence intervals. Signed in is
// available or busy; productive is busy; away is neither. See docs/metrics.md.
import { presenceSeconds, type PresenceInterval } from '../presence.ts';
import { ratio } from './stats.ts';

export interface Occupancy {
  signedInSeconds: number;
  productiveSeconds: number;
  ratio: number | null;
}

export function occupancy(intervals: readonly PresenceInterval[]): Occupancy {
  const seconds = presenceSeconds(intervals);
  const signedIn = seconds.available + seconds.busy;
  return { signedInSeconds: signedIn, productiveSeconds: seconds.busy, ratio: ratio(seconds.busy, signedIn) };
}
