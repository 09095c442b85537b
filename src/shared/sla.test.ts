import { describe, expect, it } from 'vitest';
import { CHANNEL_INFO } from './channels.ts';
import { slaElapsedMs, slaLevel } from './sla.ts';

const now = Date.parse('2025-03-10T12:00:00.000Z');
const minutesAgo = (minutes: number): string => new Date(now - minutes * 60_000).toISOString();

describe('slaLevel', () => {
  it('is null when no customer is waiting', () => {
    expect(slaLevel(null, 'whatsapp', now)).toBeNull();
  });

  it('is null for an unreadable timestamp rather than guessing', () => {
    expect(slaLevel('not a date', 'whatsapp', now)).toBeNull();
  });

  it('turns amber at 75 % and red at 100 % of the channel SLA', () => {
    // whatsapp: 15 minutes
    expect(CHANNEL_INFO.whatsapp.slaMinutes).toBe(15);
    expect(slaLevel(minutesAgo(0), 'whatsapp', now)).toBe('ok');
    expect(slaLevel(minutesAgo(11.24), 'whatsapp', now)).toBe('ok');
    expect(slaLevel(minutesAgo(11.25), 'whatsapp', now)).toBe('warning');
    expect(slaLevel(minutesAgo(14.99), 'whatsapp', now)).toBe('warning');
    expect(slaLevel(minutesAgo(15), 'whatsapp', now)).toBe('late');
    expect(slaLevel(minutesAgo(600), 'whatsapp', now)).toBe('late');
  });

  it('judges each channel by its own SLA', () => {
    const waited = minutesAgo(20);
    expect(slaLevel(waited, 'webchat', now)).toBe('late'); // 5 min
    expect(slaLevel(waited, 'x_mention', now)).toBe('ok'); // 60 min
    expect(slaLevel(minutesAgo(50), 'x_mention', now)).toBe('warning');
    expect(slaLevel(minutesAgo(180), 'email', now)).toBe('warning'); // 240 min
    expect(slaLevel(minutesAgo(179), 'email', now)).toBe('ok');
  });

  it('accepts a Date as well as epoch milliseconds', () => {
    expect(slaLevel(minutesAgo(16), 'whatsapp', new Date(now))).toBe('late');
  });
});

describe('slaElapsedMs', () => {
  it('counts a waiting time in the future (clock skew) as zero', () => {
    expect(slaElapsedMs(new Date(now + 60_000).toISOString(), now)).toBe(0);
  });

  it('returns the wait in milliseconds', () => {
    expect(slaElapsedMs(minutesAgo(2), now)).toBe(120_000);
  });
});
