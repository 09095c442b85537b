// How far a trainer's jump goes. A jump that would carry a script's clock step together with steps
// before it would have those customers write a moment before the clock leaves their hours, and
// every reply to them come hours late: such a jump stops at the last of those steps instead (the
// trainer jumps again to pass the clock step). A jump with nothing due before the clock step passes it.
import type { ClassScript } from './script.ts';

const MINUTE = 60_000;

export interface JumpStop {
  /** Scenario ms the jump moves. */
  ms: number;
  /** The clock step it stopped before, and its minute. */
  clockStep: string;
  clockStepMinute: number;
}

/** Where a jump of `askedMs` from `elapsedMs` stops short; null when it goes all the way. */
export function jumpStop(script: ClassScript, elapsedMs: number, askedMs: number): JumpStop | null {
  const target = elapsedMs + askedMs;
  const ahead = script.steps.filter((s) => s.at * MINUTE > elapsedMs);
  const crossed = ahead.filter((s) => s.kind === 'clock' && s.at * MINUTE <= target).sort((a, b) => a.at - b.at);
  for (const clockStep of crossed) {
    const before = ahead.filter((s) => s.kind !== 'clock' && s.at < clockStep.at).map((s) => s.at * MINUTE);
    if (before.length > 0) return { ms: Math.max(...before) - elapsedMs, clockStep: clockStep.id, clockStepMinute: clockStep.at };
  }
  return null;
}
