import type { Instance } from './store/repositories.ts';

/** What the server's rules read the time from. */
export interface Clock {
  now(): Date;
}

/**
 * The sandbox's notion of "now": real time shifted by an offset a trainer sets, so a class can
 * rehearse out-of-hours traffic at noon. The offset is stored, so a restart keeps it.
 */
export class SandboxClock implements Clock {
  private offsetMs: number;
  private readonly instance: Instance;

  private constructor(instance: Instance, offsetMs: number) {
    this.instance = instance;
    this.offsetMs = offsetMs;
  }

  /** The clock as the store last left it. */
  static async open(instance: Instance): Promise<SandboxClock> {
    return new SandboxClock(instance, await instance.clockOffset());
  }

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** Sets the clock to `at` (time keeps running from there); null returns to real time. */
  async set(at: Date | null): Promise<void> {
    this.offsetMs = at === null ? 0 : at.getTime() - Date.now();
    await this.instance.setClockOffset(this.offsetMs);
  }
}
