import { describe, expect, it } from 'vitest';
import type { ClassSummary } from '../../../shared/classes/wire.ts';
import { classClock } from './clock.ts';

const summary = (over: Partial<ClassSummary>): ClassSummary => ({
  classId: 'c1', scenario: 'primer-dia', title: 'Primer día', language: 'es', state: 'running', speed: 2,
  createdAt: '2026-03-02T11:00:00.000Z', now: '2026-03-02T12:10:00.000Z', elapsedMinutes: 10, durationMinutes: 60, trainees: [],
  ...over,
});

describe('the class clock between board reads', () => {
  it('moves at the class speed while it runs', () => {
    const clock = classClock(summary({}), 1_000, 1_000 + 90_000);
    expect(clock.elapsedMinutes).toBe(13);
    expect(new Date(clock.now).toISOString()).toBe('2026-03-02T12:13:00.000Z');
  });

  it('stands still while ready, paused or finished', () => {
    for (const state of ['ready', 'paused', 'finished'] as const) {
      expect(classClock(summary({ state }), 0, 600_000)).toMatchObject({ elapsedMinutes: 10, now: Date.parse('2026-03-02T12:10:00.000Z') });
    }
  });

  it('never passes the script length', () => {
    expect(classClock(summary({ elapsedMinutes: 59 }), 0, 3_600_000).elapsedMinutes).toBe(60);
  });
});
