// The offline count on a real cache file, with the laptop's clocks wound by hand: winding the
// wall clock back never shortens it, the monotonic clock counts while the app runs, and the
// longest span seen survives a restart.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../tests/fixtures/sandbox.ts';
import { testKey } from '../../../tests/fixtures/cache.ts';
import { Store } from '../db/store.ts';
import { OfflineLimit, refuseIfLocked } from './offline-limit.ts';

const DAY = 86_400_000;
let dir: ReturnType<typeof tempDir>;
let store: Store;
let wall: number;
let monotonic: number;
const clocks = { wall: () => wall, monotonic: () => monotonic };

beforeEach(() => {
  dir = tempDir();
  store = Store.open(`${dir.path}/atiende.db`, testKey());
  wall = Date.parse('2026-03-01T12:00:00Z');
  monotonic = 1000;
});
afterEach(() => {
  store.close();
  dir.remove();
});

describe('the offline limit', () => {
  it('counts nothing before a first contact, then locks at the limit by the wall clock', () => {
    const limit = new OfflineLimit(store, clocks);
    wall += 100 * DAY;
    expect(limit.check(14)).toBe(false);
    limit.recordContact('2026-06-09T12:00:00.000Z');
    wall += 13 * DAY;
    expect(limit.check(14)).toBe(false);
    wall += DAY;
    expect(limit.check(14)).toBe(true);
    expect(() => refuseIfLocked(store)).toThrow(/has not reached the server for 14 days or more: sign in again/);
  });

  it('is not shortened by winding the wall clock back, while running or across a restart', () => {
    const limit = new OfflineLimit(store, clocks);
    limit.recordContact('2026-03-01T12:00:00.000Z');
    wall += 10 * DAY;
    expect(limit.elapsedMs()).toBe(10 * DAY);
    wall -= 30 * DAY; // wound back
    expect(limit.elapsedMs()).toBe(10 * DAY);
    // While the app runs, the monotonic clock keeps counting whatever the wall clock says.
    monotonic += 5 * DAY;
    expect(limit.check(14)).toBe(true);
  });

  it('keeps the longest span seen across a restart, and unlocks only on a new sign-in', () => {
    const first = new OfflineLimit(store, clocks);
    first.recordContact('2026-03-01T12:00:00.000Z');
    wall += 12 * DAY;
    expect(first.check(14)).toBe(false);
    wall -= 12 * DAY; // wound back before the next start
    const second = new OfflineLimit(store, clocks);
    monotonic += 2 * DAY;
    expect(second.check(14)).toBe(true);
    expect(new OfflineLimit(store, clocks).locked).toBe(true);
    second.unlock();
    expect(new OfflineLimit(store, clocks).check(14)).toBe(false);
  });

  it('locks when a contact’s server time is the limit or more after the last one', () => {
    const limit = new OfflineLimit(store, clocks);
    limit.recordContact('2026-03-01T12:00:00.000Z');
    expect(limit.checkContact('2026-03-14T12:00:00.000Z', 14)).toBe(false);
    expect(limit.checkContact('2026-03-15T12:00:00.000Z', 14)).toBe(true);
  });
});
