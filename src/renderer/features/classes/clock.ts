// The class clock between two board reads: the server's scenario time moves on at the class's
// speed while it runs, so the trainer sees it tick instead of jumping every few seconds. Never past
// the script's length (the class finishes by itself there).
import type { ClassSummary } from '../../../shared/classes/wire.ts';

export interface ClassClock {
  /** Scenario time, epoch ms. */
  now: number;
  elapsedMinutes: number;
  durationMinutes: number;
}

/** `summary` as read at `readAt` (this computer's ms), seen at `at`. */
export function classClock(summary: ClassSummary, readAt: number, at: number): ClassClock {
  const running = summary.state === 'running';
  const left = Math.max(0, summary.durationMinutes - summary.elapsedMinutes);
  const moved = running ? Math.min(left, (Math.max(0, at - readAt) / 60_000) * summary.speed) : 0;
  return {
    now: Date.parse(summary.now) + moved * 60_000,
    elapsedMinutes: summary.elapsedMinutes + moved,
    durationMinutes: summary.durationMinutes,
  };
}
