// Old deletions leave the feed: a console that pulls from the start never needs them, and one
// that has not pulled for longer than the horizon starts over (410 resync_required, outbox kept),
// so the feed does not carry every del it ever wrote.
import type { ServerStore } from './store/store.ts';

/** How long a del stays in the feed: past a month away, a console rebuilds its cache. */
export const DEL_HORIZON_DAYS = 30;
const DAY_MS = 24 * 3600_000;
/** Pruning is cheap (few dels are ever old at once), so an hourly run keeps the horizon close. */
const EVERY_MS = 3600_000;

/** Prunes the dels older than the horizon, counted back from `now` (real time). */
export function compactFeed(store: ServerStore, now = new Date(), days = DEL_HORIZON_DAYS): Promise<{ pruned: number; horizon: number }> {
  const before = new Date(now.getTime() - days * DAY_MS).toISOString();
  return store.transaction((tx) => tx.feed.compact(before));
}

/** Compacts at once and then every hour, until stopped. */
export class FeedCompaction {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> = Promise.resolve();
  private readonly store: ServerStore;

  constructor(store: ServerStore) {
    this.store = store;
  }

  start(): void {
    clearInterval(this.timer);
    this.run();
    this.timer = setInterval(() => this.run(), EVERY_MS).unref();
  }

  /** Stops the runs and waits for one under way, so the store can close after it. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  private run(): void {
    // A failed run changes nothing (one transaction); the next one tries again.
    this.running = this.running
      .then(() => compactFeed(this.store))
      .then(() => undefined, (error: unknown) => console.error(`Feed compaction failed: ${error instanceof Error ? error.message : String(error)}`));
  }
}
