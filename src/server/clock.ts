import { meta, setMeta, type SandboxDb } from './schema.ts';

/**
 * The sandbox's notion of "now": real time shifted by an offset a trainer sets, so a class can
 * rehearse out-of-hours traffic at noon. The offset is stored, so a restart keeps it.
 */
export class SandboxClock {
  private offsetMs: number;
  private readonly db: SandboxDb;

  constructor(db: SandboxDb) {
    this.db = db;
    this.offsetMs = Number(meta(db, 'clock_offset_ms') ?? 0);
  }

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** Sets the clock to `at` (time keeps running from there); null returns to real time. */
  set(at: Date | null): void {
    this.offsetMs = at === null ? 0 : at.getTime() - Date.now();
    setMeta(this.db, 'clock_offset_ms', String(this.offsetMs));
  }
}
