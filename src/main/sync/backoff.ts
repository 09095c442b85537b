import type { ApiError } from './api-error.ts';

export interface BackoffPolicy {
  baseMs: number;
  capMs: number;
  random?: () => number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 500, capMs: 60_000 };

/** Exponential backoff with full jitter: a random wait in [0, min(cap, base·2^attempt)). */
export function fullJitter(attempt: number, policy: BackoffPolicy = DEFAULT_BACKOFF): number {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** attempt);
  return Math.floor((policy.random ?? Math.random)() * ceiling);
}

/** The server's Retry-After wins over our own schedule (capped, so a typo cannot stall us for days). */
export function retryDelay(error: ApiError, attempt: number, policy: BackoffPolicy = DEFAULT_BACKOFF): number {
  const asked = error.details.retryAfterMs;
  return asked === undefined ? fullJitter(attempt, policy) : Math.min(asked, 10 * policy.capMs);
}
