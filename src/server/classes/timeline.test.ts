import { describe, expect, it } from 'vitest';
import type { FiredRow } from './registry.ts';
import { classMinutes } from './timeline.ts';

// A Monday that opens at 09:00 (minute 9) and closes at 22:10 (minute 27), as the shipped script does.
const script = {
  startsAt: '2026-03-09T07:50:00.000-03:00',
  steps: [
    { kind: 'clock' as const, id: 'abre', at: 9, to: '2026-03-09T09:00:00-03:00' },
    { kind: 'clock' as const, id: 'cierra', at: 27, to: '2026-03-09T22:10:00-03:00' },
  ],
};
const clock = (stepId: string, at: string): FiredRow => ({ classId: 'c1', username: '', stepId, kind: 'clock', caseId: null, at });

describe('the class minute of a scenario time', () => {
  it('is the time since the start while the clock has not jumped', () => {
    expect(classMinutes(script, [])('2026-03-09T10:55:00.000Z')).toBe(5);
  });

  it('takes out each jump the clock made, from the time it jumped to', () => {
    const minute = classMinutes(script, [clock('abre', '2026-03-09T10:59:00.000Z'), clock('cierra', '2026-03-09T12:18:00.000Z')]);
    expect(minute('2026-03-09T10:59:00.000Z')).toBe(9);
    expect(minute('2026-03-09T12:00:00.000Z')).toBe(9);
    expect(minute('2026-03-09T12:10:30.000Z')).toBe(19.5);
    expect(minute('2026-03-09T12:18:00.000Z')).toBe(27);
    expect(minute('2026-03-10T01:10:00.000Z')).toBe(27);
    expect(minute('2026-03-10T01:23:00.000Z')).toBe(40);
  });

  it('counts a jump only once it fired', () => {
    // 14 h 20 min after the start, less the 61 minutes the opening jumped.
    expect(classMinutes(script, [clock('abre', '2026-03-09T10:59:00.000Z')])('2026-03-10T01:10:00.000Z')).toBe(860 - 61);
  });
});
