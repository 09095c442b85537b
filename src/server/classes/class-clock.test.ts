import { describe, expect, it } from 'vitest';
import { ClassClock } from './class-clock.ts';

const STARTS = '2026-03-02T13:00:00.000Z';
const MINUTE = 60_000;

describe('a class clock', () => {
  it('stands at the script’s start until it runs, then runs at its speed', () => {
    const clock = new ClassClock(STARTS, { state: 'ready', speed: 5, elapsedMs: 0, shiftMs: 0 }, 1_000);
    expect(clock.elapsedMs(61_000)).toBe(0);
    const running = new ClassClock(STARTS, { state: 'running', speed: 5, elapsedMs: 0, shiftMs: 0 }, 1_000);
    expect(running.elapsedMs(13_000)).toBe(MINUTE);
  });

  it('goes on from what was saved, not counting the time the server was down', () => {
    const clock = new ClassClock(STARTS, { state: 'running', speed: 2, elapsedMs: 10 * MINUTE, shiftMs: 0 }, 5_000);
    expect(clock.elapsedMs(5_000)).toBe(10 * MINUTE);
    expect(clock.elapsedMs(35_000)).toBe(11 * MINUTE);
  });

  it('keeps elapsed when a clock step moves the time, so later steps keep their minutes', () => {
    const clock = new ClassClock(STARTS, { state: 'paused', speed: 1, elapsedMs: 31 * MINUTE, shiftMs: 0 });
    clock.jumpTo('2026-03-02T23:30:00.000Z', 30 * MINUTE);
    expect(clock.now().toISOString()).toBe('2026-03-02T23:31:00.000Z');
    expect(clock.elapsedMs()).toBe(31 * MINUTE);
    expect(clock.saved()).toEqual({ state: 'paused', speed: 1, elapsedMs: 31 * MINUTE, shiftMs: (10 * 60 + 30) * MINUTE - 30 * MINUTE });
  });
});
