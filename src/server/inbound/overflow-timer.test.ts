import { describe, expect, it, vi } from 'vitest';
import { handScheduler } from '../../../tests/fixtures/scheduler.ts';
import { OverflowTimer } from './overflow-timer.ts';

describe('the overflow timer', () => {
  it('never runs two passes at once, and close waits for the one under way', async () => {
    const timer = handScheduler();
    let release: () => void = () => undefined;
    const apply = vi.fn(() => new Promise<void>((resolve) => { release = resolve; }));
    const overflow = new OverflowTimer(apply, { scheduler: timer });
    overflow.start();
    const first = timer.fire();
    const second = timer.fire();
    expect(apply).toHaveBeenCalledTimes(1);
    let closed = false;
    const closing = overflow.close().then(() => { closed = true; });
    await Promise.resolve();
    expect(closed).toBe(false);
    release();
    await Promise.all([first, second, closing]);
    expect(closed).toBe(true);
    expect(timer.everyMs).toBeNull();
  });

  it('says why a pass failed and tries again on the next tick', async () => {
    const timer = handScheduler();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const apply = vi.fn().mockRejectedValueOnce(new Error('database is locked')).mockResolvedValue([]);
    const overflow = new OverflowTimer(apply, { scheduler: timer, everyMs: 5_000 });
    overflow.start();
    expect(timer.everyMs).toBe(5_000);
    await timer.fire();
    expect(errors).toHaveBeenCalledWith('Overflow: database is locked');
    await timer.fire();
    expect(apply).toHaveBeenCalledTimes(2);
    errors.mockRestore();
    await overflow.close();
  });

  it('refuses a period that is not a number of milliseconds', () => {
    expect(() => new OverflowTimer(() => Promise.resolve(), { everyMs: -1 })).toThrow('≥ 0, not -1');
    expect(() => new OverflowTimer(() => Promise.resolve(), { everyMs: Number.NaN })).toThrow('≥ 0');
  });
});
