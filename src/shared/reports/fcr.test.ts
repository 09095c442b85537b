import { describe, expect, it } from 'vitest';
import { FCR_WINDOW_DAYS, firstResolution, isFirstContact } from './fcr.ts';

const DAY = 86_400_000;
const T0 = Date.parse('2026-03-02T10:00:00Z');

describe('first-contact resolution', () => {
  it('uses a 7-day window', () => {
    expect(FCR_WINDOW_DAYS).toBe(7);
  });

  it('counts a case resolved and never reopened', () => {
    expect(isFirstContact([{ from: 'open', to: 'resolved', at: T0 }])).toBe(true);
  });

  it('does not count a case reopened 3 days after its first resolution, even once resolved again', () => {
    const changes = [
      { from: 'open', to: 'resolved', at: T0 },
      { from: 'resolved', to: 'open', at: T0 + 3 * DAY },
      { from: 'open', to: 'resolved', at: T0 + 3 * DAY + 3_600_000 },
    ];
    expect(firstResolution(changes)).toBe(T0);
    expect(isFirstContact(changes)).toBe(false);
  });

  it('counts a case reopened 8 days later: a new contact, outside the window', () => {
    expect(isFirstContact([{ from: 'open', to: 'resolved', at: T0 }, { from: 'resolved', to: 'open', at: T0 + 8 * DAY }])).toBe(true);
  });

  it('does not count a case never resolved', () => {
    expect(isFirstContact([{ from: 'open', to: 'waiting_customer', at: T0 }])).toBe(false);
  });
});
