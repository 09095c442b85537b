import { describe, expect, it } from 'vitest';
import { nextWaiting } from './nextWaiting.ts';

const row = (id: string, waitingSince: string | null, status: 'open' | 'pending_company' | 'waiting_customer' | 'resolved' = 'open') =>
  ({ id, status, waitingSince });

describe('nextWaiting', () => {
  it('picks the case whose customer has waited longest', () => {
    const queue = [row('a', '2025-03-10T10:00:00Z'), row('b', '2025-03-10T08:00:00Z'), row('c', '2025-03-10T09:00:00Z')];
    expect(nextWaiting(queue, null)?.id).toBe('b');
  });

  it('skips the open case, answered cases and resolved ones', () => {
    const queue = [
      row('open-now', '2025-03-10T07:00:00Z'),
      row('answered', null),
      row('done', '2025-03-10T06:00:00Z', 'resolved'),
      row('waiting', '2025-03-10T09:00:00Z', 'pending_company'),
    ];
    expect(nextWaiting(queue, 'open-now')?.id).toBe('waiting');
  });

  it('keeps the queue’s order between equal waits (the higher priority first)', () => {
    const queue = [row('urgent', '2025-03-10T08:00:00Z'), row('normal', '2025-03-10T08:00:00Z')];
    expect(nextWaiting(queue, null)?.id).toBe('urgent');
  });

  it('answers null when nothing else waits', () => {
    expect(nextWaiting([row('only', '2025-03-10T08:00:00Z'), row('answered', null)], 'only')).toBeNull();
    expect(nextWaiting([], null)).toBeNull();
  });
});
