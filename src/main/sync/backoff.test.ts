import { describe, expect, it } from 'vitest';
import { ApiError, parseRetryAfter } from './api-error.ts';
import { fullJitter, retryDelay } from './backoff.ts';

describe('fullJitter', () => {
  it('grows exponentially up to the cap, with the whole range random', () => {
    const policy = { baseMs: 100, capMs: 1000 };
    expect(fullJitter(0, { ...policy, random: () => 0.999 })).toBe(99);
    expect(fullJitter(3, { ...policy, random: () => 0.999 })).toBe(799);
    expect(fullJitter(10, { ...policy, random: () => 0.999 })).toBe(999);
    expect(fullJitter(10, { ...policy, random: () => 0 })).toBe(0);
  });
});

describe('retryDelay', () => {
  it('waits what Retry-After asked, not our own schedule', () => {
    const error = new ApiError('retry_later', 'busy', { status: 503, retryAfterMs: 7000 });
    expect(retryDelay(error, 0, { baseMs: 100, capMs: 1000, random: () => 0.5 })).toBe(7000);
  });

  it('caps an absurd Retry-After', () => {
    const error = new ApiError('retry_later', 'busy', { retryAfterMs: 10 ** 9 });
    expect(retryDelay(error, 0, { baseMs: 100, capMs: 1000 })).toBe(10_000);
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('3')).toBe(3000);
    const now = Date.parse('2026-11-23T10:00:00Z');
    expect(parseRetryAfter('Mon, 23 Nov 2026 10:00:05 GMT', now)).toBe(5000);
  });

  it('ignores what it cannot read', () => {
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
  });
});
