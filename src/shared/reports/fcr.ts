// First-contact resolution: a case resolved in one contact, not reopened within FCR_WINDOW_DAYS of
// its first resolution. See docs/metrics.md.

/** The window after a first resolution in which a reopening means the customer had to come back. */
export const FCR_WINDOW_DAYS = 7;

const WINDOW_MS = FCR_WINDOW_DAYS * 86_400_000;

export interface StatusChange {
  from: string;
  to: string;
  /** Epoch milliseconds. */
  at: number;
}

/** When the case was first resolved (epoch ms), or null if it never was. */
export const firstResolution = (changes: readonly StatusChange[]): number | null =>
  changes.find((c) => c.to === 'resolved')?.at ?? null;

/** Whether a case first resolved at `resolvedAt` was reopened within the window (its changes oldest first). */
export function reopenedWithinWindow(changes: readonly StatusChange[], resolvedAt: number): boolean {
  return changes.some((c) => c.from === 'resolved' && c.to !== 'resolved' && c.at > resolvedAt && c.at <= resolvedAt + WINDOW_MS);
}

/** Whether the case counts as resolved at first contact: resolved, and not reopened within the window. */
export function isFirstContact(changes: readonly StatusChange[]): boolean {
  const resolvedAt = firstResolution(changes);
  return resolvedAt !== null && !reopenedWithinWindow(changes, resolvedAt);
}
