// Overflow by itself ("a case waiting too long for its team overflows to another"): the sandbox
// and an organisation's server apply their teams' overflow on a real-time timer, so a case left
// waiting moves without anyone asking. Moving the sandbox's clock applies it too (routes/sandbox.ts).

/** Runs a task every so often and answers how to stop it; a test passes one it fires by hand (and awaits). */
export interface Scheduler {
  every(ms: number, task: () => Promise<void>): () => void;
}

/** Real time; unref'd, so the timer alone never keeps the process alive. */
export const REAL_TIME: Scheduler = {
  every(ms, task) {
    const timer = setInterval(() => void task(), ms);
    timer.unref();
    return () => clearInterval(timer);
  },
};

export const OVERFLOW_EVERY_MS = 30_000;

export interface OverflowTimerOptions {
  /** How often, in real time; 0 turns the timer off (the clock and the control still apply overflow). */
  everyMs?: number;
  scheduler?: Scheduler;
}

export class OverflowTimer {
  private readonly apply: () => Promise<unknown>;
  private readonly everyMs: number;
  private readonly scheduler: Scheduler;
  private stop: (() => void) | null = null;
  /** The pass under way: a tick never overlaps the previous one, and close() waits for it. */
  private running: Promise<void> | null = null;

  constructor(apply: () => Promise<unknown>, options: OverflowTimerOptions = {}) {
    this.apply = apply;
    this.everyMs = options.everyMs ?? OVERFLOW_EVERY_MS;
    this.scheduler = options.scheduler ?? REAL_TIME;
    if (!(this.everyMs >= 0)) throw new Error(`The overflow timer needs a number of milliseconds ≥ 0, not ${this.everyMs}`);
  }

  start(): void {
    if (this.stop !== null || this.everyMs === 0) return;
    this.stop = this.scheduler.every(this.everyMs, () => this.tick());
  }

  /** One pass; a failure is logged and the next tick tries again. */
  tick(): Promise<void> {
    this.running ??= this.apply()
      .then(() => undefined, (error: unknown) => console.error(`Overflow: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => { this.running = null; });
    return this.running;
  }

  async close(): Promise<void> {
    this.stop?.();
    this.stop = null;
    await this.running;
  }
}
