// How long a console keeps what customers wrote, synced as the settings document `retention`:
// a lost laptop should hold as little as the work needs. Read like the other settings: valid,
// used whole; missing, the defaults; invalid, the defaults and why.
import { z } from 'zod';

export const RETENTION_SETTING = 'retention';

const Days = (max: number) => z.number().int().min(1).max(max);

export const Retention = z.object({
  version: z.literal(1),
  /** Days after a case is resolved (by the server's clock) that its customer text stays in the cache. */
  textDays: Days(3650).default(90),
  /**
   * Days an answered change keeps its arguments (a reply's text) in the outbox. The answer is
   * what the agent needs to see; a month covers reviewing a refusal after a holiday, and the
   * reply itself stays in the thread until the case's own limit.
   */
  outboxDays: Days(3650).default(30),
  /** Days without a successful contact with the server (by its clock) before the cache locks. */
  maxOfflineDays: Days(365).default(14),
});
export type Retention = z.infer<typeof Retention>;

export const DEFAULT_RETENTION: Retention = { version: 1, textDays: 90, outboxDays: 30, maxOfflineDays: 14 };

/** The retention in force and, when the synced document was refused, why. */
export function retentionFrom(value: unknown): { retention: Retention; problem: string | null } {
  if (value === undefined || value === null) return { retention: DEFAULT_RETENTION, problem: null };
  const parsed = Retention.safeParse(value);
  return parsed.success
    ? { retention: parsed.data, problem: null }
    : { retention: DEFAULT_RETENTION, problem: z.prettifyError(parsed.error) };
}

/** What the console shows in place of a purged thread (also the CLI's words). */
export const PURGED_TEXT = { es: 'Texto eliminado por retención', en: 'Text removed by retention' } as const;
