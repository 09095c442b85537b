// Keeps a profile in sync while the console runs: a cycle on every SSE poke and local
// command, polling as the fallback, and backoff with full jitter after failures.
import type { ApiClient } from './api-client.ts';
import { CacheLockedError } from '../retention/offline-limit.ts';
import { ApiError } from './api-error.ts';
import { DEFAULT_BACKOFF, fullJitter, retryDelay } from './backoff.ts';

export interface SchedulerOptions {
  /** Poll interval while the SSE stream is connected (a safety net) and while it is not. */
  pollLiveMs?: number;
  pollFallbackMs?: number;
}

/** What the scheduler reads and says of the engine: whether the event stream is open. */
interface LiveStatus {
  readonly status: { readonly live: boolean };
  update(patch: { live: boolean }): void;
}

export class SyncScheduler {
  private timer: NodeJS.Timeout | undefined;
  private readonly abort = new AbortController();
  private failures = 0;
  private stopped = false;
  /** A cycle is under way; a kick meanwhile is kept for when it ends, not raced against it. */
  private running = false;
  private kicked = false;
  private readonly engine: LiveStatus;
  private readonly api: Pick<ApiClient, 'events'>;
  private readonly sync: () => Promise<unknown>;
  private readonly options: SchedulerOptions;

  /** `sync` runs one cycle (the services' syncOnce, so a revoked device is wiped here too). */
  constructor(engine: LiveStatus, api: Pick<ApiClient, 'events'>, sync: () => Promise<unknown>, options: SchedulerOptions = {}) {
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
    this.kicked = true;
    // The cycle under way may have pulled already: the end of it schedules the next at once.
    if (!this.running) this.schedule(0);
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
    this.running = true;
    this.kicked = false;
    try {
      await this.sync();
      this.failures = 0;
      const poll = this.engine.status.live ? (this.options.pollLiveMs ?? 60_000) : (this.options.pollFallbackMs ?? 10_000);
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- kick() sets it while the cycle awaits
      this.schedule(this.kicked ? 0 : poll);
    } catch (error) {
      // Signed out or revoked: wait for the user; anything else retries with backoff.
      if (needsUser(error)) return this.stop();
      const delay = error instanceof ApiError ? retryDelay(error, this.failures) : fullJitter(this.failures);
      this.failures += 1;
      this.schedule(Math.max(delay, 250));
    } finally {
      this.running = false;
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
