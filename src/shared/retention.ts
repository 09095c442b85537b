// How long a console keeps what customers wrote, synced as the settings document `retention`:
// a lost laptop should hold as little as the work needs. Read like the other settings: valid,
// used whole; missing, the defaults; invalid, the defaults and why.
import { z } from 'zod';

export const RETENTION_SETTING = 'retention';

/**
 * Whole days, within these bounds: the one check the server (an administrator's or a
 * supervisor's save), every console reading the document and the console's form share.
 */
export const RETENTION_LIMITS = {
  textDays: { min: 1, max: 3650 },
  outboxDays: { min: 1, max: 3650 },
  maxOfflineDays: { min: 1, max: 365 },
} as const;
export type RetentionField = keyof typeof RETENTION_LIMITS;
export const RETENTION_FIELDS = Object.keys(RETENTION_LIMITS) as RetentionField[];

const Days = ({ min, max }: { min: number; max: number }) => z.number().int().min(min).max(max);

export const Retention = z.object({
  version: z.literal(1),
  /** Days after a case is resolved (by the server's clock) that its customer text stays in the cache. */
  textDays: Days(RETENTION_LIMITS.textDays).default(90),
  /**
   * Days an answered change keeps its arguments (a reply's text) in the outbox. The answer is
   * what the agent needs to see; a month covers reviewing a refusal after a holiday, and the
   * reply itself stays in the thread until the case's own limit.
   */
  outboxDays: Days(RETENTION_LIMITS.outboxDays).default(30),
  /** Days without a successful contact with the server (by its clock) before the cache locks. */
  maxOfflineDays: Days(RETENTION_LIMITS.maxOfflineDays).default(14),
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
