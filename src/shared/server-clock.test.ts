import { describe, expect, it } from 'vitest';
import { slaLevel } from './sla.ts';
import { clockOffset, serverTime } from './server-clock.ts';

describe('the server’s clock as last read', () => {
  // A class set to 10 March while this computer says 6 December: read at the last pull.
  const reading = { serverNow: '2026-03-10T10:00:00.000Z', localAt: '2026-12-06T19:00:00.000Z' };

  it('is the server’s time at the reading plus what passed here since', () => {
    expect(serverTime(reading, Date.parse('2026-12-06T19:07:30Z')).toISOString()).toBe('2026-03-10T10:07:30.000Z');
    expect(clockOffset(reading)).toBe(Date.parse('2026-03-10T10:00:00Z') - Date.parse('2026-12-06T19:00:00Z'));
  });

  it('is this computer’s own before any pull, or when a side cannot be read', () => {
    const local = Date.parse('2026-12-06T19:07:30Z');
    expect(serverTime({ serverNow: null, localAt: null }, local).getTime()).toBe(local);
    expect(serverTime({ serverNow: 'not a date', localAt: reading.localAt }, local).getTime()).toBe(local);
  });

  it('keeps a case that arrived two minutes ago on the class’s clock on time, where this computer’s clock says months late', () => {
    const waitingSince = '2026-03-10T10:05:30.000Z';
    const local = Date.parse('2026-12-06T19:07:30Z');
    expect(slaLevel(waitingSince, 'webchat', serverTime(reading, local).getTime())).toBe('ok');
    expect(slaLevel(waitingSince, 'webchat', local)).toBe('late');
  });
});
