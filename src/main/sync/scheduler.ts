// Keeps a profile in sync while the console runs: a cycle on every SSE poke and local
// command, polling as the fallback, and backoff with full jitter after failures.
import type { ApiClient } from './api-client.ts';
import { CacheLockedError } from '../retention/offline-limit.ts';
import { ApiError } from './api-error.ts';
import { DEFAULT_BACKOFF, fullJitter, retryDelay } from './backoff.ts';
import type { SyncEngine } from './engine.ts';

export interface SchedulerOptions {
  /** Poll interval while the SSE stream is connected (a safety net) and while it is not. */
  pollLiveMs?: number;
  pollFallbackMs?: number;
}

export class SyncScheduler {
  private timer: NodeJS.Timeout | undefined;
  private readonly abort = new AbortController();
  private failures = 0;
  private stopped = false;
  private readonly engine: SyncEngine;
  private readonly api: ApiClient;
  private readonly sync: () => Promise<unknown>;
  private readonly options: SchedulerOptions;

  /** `sync` runs one cycle (the services' syncOnce, so a revoked device is wiped here too). */
  constructor(engine: SyncEngine, api: ApiClient, sync: () => Promise<unknown>, options: SchedulerOptions = {}) {
    this.engine = engine;
    this.api = api;
    this.sync = sync;
    this.options = options;
  }

  start(): void {
    void this.listen();
    this.kick();
  }

  /** Sync as soon as possible (a local command was queued, or the user asked). */
  kick(): void {
    this.schedule(0);
  }

  stop(): void {
    this.stopped = true;
    this.abort.abort();
    clearTimeout(this.timer);
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(), ms);
  }

  private async run(): Promise<void> {
    try {
      await this.sync();
      this.failures = 0;
      const live = this.engine.status.live;
      this.schedule(live ? (this.options.pollLiveMs ?? 60_000) : (this.options.pollFallbackMs ?? 10_000));
    } catch (error) {
      // Signed out or revoked: wait for the user; anything else retries with backoff.
      if (needsUser(error)) return this.stop();
      const delay = error instanceof ApiError ? retryDelay(error, this.failures) : fullJitter(this.failures);
      this.failures += 1;
      this.schedule(Math.max(delay, 250));
    }
  }

  private async listen(): Promise<void> {
    for (let attempt = 0; !this.stopped; attempt++) {
      try {
        await this.api.events(
          {
            onOpen: () => {
              attempt = 0;
              this.engine.update({ live: true });
            },
            onPoke: () => this.kick(),
          },
          this.abort.signal,
        );
      } catch (error) {
        // The stream is a hint; polling carries on while it is down. A dead session ends it.
        if (needsUser(error)) return;
      }
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- stop() sets it while the stream awaits
      if (this.stopped) return;
      this.engine.update({ live: false });
      await new Promise((resolve) => setTimeout(resolve, Math.max(1000, fullJitter(attempt, DEFAULT_BACKOFF))));
    }
  }
}

const needsUser = (error: unknown): boolean =>
  error instanceof CacheLockedError || (error instanceof ApiError && (error.kind === 'unauthorized' || error.kind === 'device_revoked'));
