// The offline limit: a cache that has not reached its server for `maxOfflineDays` locks until
// the agent signs in again (a lost laptop stops showing customers). Counted from the last
// successful pull, by the server's clock where there is one to read:
// - a pull that reaches the server compares its `serverNow` with the last contact's, so a laptop
//   whose clock was wound back is caught the moment it reconnects;
// - offline there is no server clock, so the time since contact is the longest of: this laptop's
//   clock since contact, the monotonic clock while the app runs (which winding the clock does
//   not move), and the longest span already seen (kept in the cache, so winding the clock back
//   later never shortens it). A clock set forward can only lock early; signing in again fixes it.
// What no clock on the laptop can see: a laptop switched off and its clock wound back before the
// next start. The server's own token expiry covers that case.
import { CodedError } from '../../shared/errors.ts';
import type { Store } from '../db/store.ts';
import { RETENTION_DOCUMENT, settingInForce } from '../settings/in-force.ts';

const DAY_MS = 86_400_000;
const KEY_CONTACT_SERVER = 'last_contact_server';
const KEY_CONTACT_LOCAL = 'last_contact_local';
const KEY_LONGEST = 'offline_longest_ms';
const KEY_LOCKED = 'locked_at';

export interface OfflineClocks {
  /** This laptop's wall clock, ms since the epoch. */
  wall: () => number;
  /** A clock that only moves forward while the process runs, ms. */
  monotonic: () => number;
}

const SYSTEM_CLOCKS: OfflineClocks = { wall: () => Date.now(), monotonic: () => performance.now() };

export class CacheLockedError extends CodedError {
  constructor(days: number) {
    super('cache_locked', `This computer has not reached the server for ${days} days or more: sign in again (login) to see the cases`);
  }
}

export class OfflineLimit {
  private readonly store: Store;
  private readonly clocks: OfflineClocks;
  /** The monotonic clock's reading when the count was last known, and the count then. */
  private base: { monotonic: number; elapsed: number };

  constructor(store: Store, clocks: Partial<OfflineClocks> = {}) {
    this.store = store;
    this.clocks = { ...SYSTEM_CLOCKS, ...clocks };
    this.base = { monotonic: this.clocks.monotonic(), elapsed: 0 };
    this.base = { monotonic: this.clocks.monotonic(), elapsed: this.elapsedMs() };
  }

  get locked(): boolean {
    return this.store.syncState.get(KEY_LOCKED) !== null;
  }

  /** The server's time at the last successful pull; null before the first one since sign-in. */
  get lastContact(): string | null {
    return this.store.syncState.get(KEY_CONTACT_SERVER);
  }

  /** The longest the count can honestly be, remembered so it never goes back. */
  elapsedMs(): number {
    const since = Number(this.store.syncState.get(KEY_CONTACT_LOCAL) ?? Number.NaN);
    if (Number.isNaN(since)) return 0;
    const wall = Math.max(0, this.clocks.wall() - since);
    const monotonic = this.base.elapsed + Math.max(0, this.clocks.monotonic() - this.base.monotonic);
    const longest = Number(this.store.syncState.get(KEY_LONGEST) ?? 0);
    const elapsed = Math.max(wall, monotonic, longest);
    if (elapsed > longest) this.store.syncState.set(KEY_LONGEST, String(elapsed));
    // Real time runs at least as fast as the monotonic clock: from here on, count on from this.
    this.base = { monotonic: this.clocks.monotonic(), elapsed };
    return elapsed;
  }

  /** Locks the cache when the time since the last contact reached `maxDays`; true when locked. */
  check(maxDays: number): boolean {
    if (this.locked) return true;
    if (this.elapsedMs() < maxDays * DAY_MS) return false;
    this.lock();
    return true;
  }

  /** A pull reached the server: locks when its clock says the last contact is `maxDays` old or more. */
  checkContact(serverNow: string, maxDays: number): boolean {
    if (this.locked) return true;
    const last = this.lastContact;
    if (last === null || Date.parse(serverNow) - Date.parse(last) < maxDays * DAY_MS) return false;
    this.lock();
    return true;
  }

  /** A pull succeeded: the count starts again from the server's time now. */
  recordContact(serverNow: string): void {
    this.store.syncState.set(KEY_CONTACT_SERVER, serverNow);
    this.store.syncState.set(KEY_CONTACT_LOCAL, String(this.clocks.wall()));
    this.store.syncState.set(KEY_LONGEST, '0');
    this.base = { monotonic: this.clocks.monotonic(), elapsed: 0 };
  }

  /** The agent signed in again: unlocked, counting from the next pull. */
  unlock(): void {
    this.store.transaction(() => {
      for (const key of [KEY_LOCKED, KEY_CONTACT_SERVER, KEY_CONTACT_LOCAL, KEY_LONGEST]) this.store.syncState.set(key, null);
    });
    this.base = { monotonic: this.clocks.monotonic(), elapsed: 0 };
  }

  private lock(): void {
    this.store.syncState.set(KEY_LOCKED, new Date(this.clocks.wall()).toISOString());
  }
}

/** Unlocks the cache in `store` after a sign-in (the profile is not open yet). */
export const unlockCache = (store: Store): void => new OfflineLimit(store).unlock();

/** The offline limit in force: the synced retention document's, else the default. */
export const maxOfflineDays = (store: Store): number => settingInForce(store.reference, RETENTION_DOCUMENT).value.maxOfflineDays;

/** Refuses to read the cache past the offline limit (the CLI, which runs no engine). */
export function refuseIfLocked(store: Store): void {
  const days = maxOfflineDays(store);
  if (new OfflineLimit(store).check(days)) throw new CacheLockedError(days);
}
