// Which case `n` opens: the one in the agent's work queue whose customer has waited longest for
// an answer, by the same clock the SLA shows (waitingSince: the oldest unanswered customer
// message). A case already answered, resolved, or open on screen is not waiting on the agent.
import type { CaseSummary } from './models.ts';

type Waiting = Pick<CaseSummary, 'id' | 'status' | 'waitingSince'>;

/** The longest-waiting case but `skip`, or null when none waits; ties keep the queue's order. */
export function nextWaiting<T extends Waiting>(queue: readonly T[], skip: string | null): T | null {
  let best: { summary: T; since: number } | null = null;
  for (const summary of queue) {
    if (summary.id === skip || summary.status === 'resolved' || summary.waitingSince === null) continue;
    const since = Date.parse(summary.waitingSince);
    if (Number.isNaN(since)) continue;
    if (best === null || since < best.since) best = { summary, since };
  }
  return best?.summary ?? null;
}
