// The priority rules as data: the central API syncs them as the setting document
// `priority_rules`, so supervisors can retune routing without a new console. The schema is the
// contract; a document that fails it is rejected whole (the caller keeps the defaults), never
// half-applied. Variables follow the guide's routing section (seed 001, section 6): keywords,
// customer segment, influence, typology and the channel's service level.
import { z } from 'zod';
import { PRIORITIES, SEGMENTS } from '../domain.ts';
import { tokenize } from './text.ts';

export const INFLUENCE_LEVELS = ['low', 'medium', 'high'] as const;
export type InfluenceLevel = (typeof INFLUENCE_LEVELS)[number];

export const TYPOLOGIES = ['technical', 'commercial'] as const;
export type Typology = (typeof TYPOLOGIES)[number];

/**
 * A case's typology from its contact reason: requests for a sign-up, sale, change or
 * cancellation are commercial; other reasons say nothing certain. The inbox's priority and the
 * reports' grouping read it the same way.
 */
export function typologyOf(reason: string | null): Typology | null {
  return reason?.startsWith('request_') ? 'commercial' : null;
}

const Points = z.number().min(-100).max(100);

/** What a rule adds: points to the score, and optionally a floor for the priority. */
const Effect = z.object({
  points: Points,
  atLeast: z.enum(PRIORITIES).optional(),
});

const Phrase = z.string().trim().min(1).max(80).refine((p) => tokenize(p).length > 0, 'a phrase needs at least one word');

const KeywordGroup = z.object({
  /** A machine code the UI translates ("retention" → "Retención"). */
  group: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'a group is a lowercase code such as "retention"'),
  /**
   * Matched whole-word, ignoring case, accents and spacing: "baja" never matches "trabajamos".
   * At least one, unless the group names a reader.
   */
  phrases: z.array(Phrase).max(300),
  /** In the same message, any of these cancels the group ("baja del newsletter" is no retention). */
  unless: z.array(Phrase).max(100).optional(),
  /**
   * A built-in reader that decides instead of the phrases: `cancellation` finds a request to
   * leave in any words ("cancelenmelo", "denme de baja", "me paso a Claro"), not another sense
   * ("me baja la señal") nor a denied one ("no quiero darme de baja"). A group that names a
   * reader matches only what the reader finds; its phrases are not read.
   */
  reader: z.enum(['cancellation']).optional(),
  ...Effect.shape,
}).refine((k) => k.phrases.length > 0 || k.reader !== undefined, { message: 'a group needs at least one phrase, or a reader', path: ['phrases'] });

export const PriorityRules = z.object({
  version: z.literal(1),
  /** The score from which each priority starts; below `normal` a case is `low`. */
  thresholds: z
    .object({ normal: z.number(), high: z.number(), urgent: z.number() })
    .refine((t) => t.normal <= t.high && t.high <= t.urgent, 'thresholds must rise: normal ≤ high ≤ urgent'),
  keywords: z.array(KeywordGroup).max(50),
  segments: z.partialRecord(z.enum(SEGMENTS), Effect),
  influence: z.partialRecord(z.enum(INFLUENCE_LEVELS), Effect),
  typology: z.partialRecord(z.enum(TYPOLOGIES), Effect),
  /** Waiting past the channel's slaMinutes is `late`; past `veryLateFactor` times it, `veryLate`. */
  sla: z.object({ late: Effect, veryLate: Effect, veryLateFactor: z.number().min(1).max(10) }),
});
export type PriorityRules = z.infer<typeof PriorityRules>;

/**
 * The rules until the central API sends its own. An ordinary message scores 0 and is `normal`.
 * - retention (+40, at least high): the guide's "BAJA" goes to retention, also cancelling,
 *   leaving for another company and number portability, as the cancellation reader reads them
 *   (cancellation.ts); not unsubscribing from mailings, nor "baja" as a drop in speed or signal.
 * - legal (+40, at least high): consumer protection, lawyers, formal complaints.
 * - urgency (+20) and outage (+15): the customer says it is urgent, or is without service.
 * - a high-value customer (+40) and a highly influential author (+40) are at least high;
 *   medium influence adds 20, a new customer 10 (first impressions).
 * - technical cases (+10) before commercial ones (+5): a broken service hurts every hour.
 * - late on the channel's service level +30; at twice the level, urgent.
 */
/** The setting that holds the organisation's priority rules. */
export const PRIORITY_RULES_SETTING = 'priority_rules';

export const DEFAULT_PRIORITY_RULES: PriorityRules = {
  version: 1,
  thresholds: { normal: 0, high: 40, urgent: 80 },
  keywords: [
    {
      group: 'retention',
      points: 40,
      atLeast: 'high',
      // The reader decides "baja", "cancel", moves and portability by their sense ("me baja la
      // señal", "no quiero darme de baja" and "di de baja en agosto" are no retention): no
      // phrase is kept, since a phrase matched as written would override it.
      reader: 'cancellation',
      phrases: [],
      unless: ['newsletter', 'mailing', 'mails', 'publicidad', 'promociones por mail', 'unsubscribe', 'emails'],
    },
    {
      group: 'legal',
      points: 40,
      atLeast: 'high',
      phrases: [
        'defensa del consumidor', 'abogado', 'abogada', 'carta documento', 'denuncia', 'denunciar', 'denunciarlos', 'enacom',
        'demanda', 'juicio', 'lawyer', 'attorney', 'lawsuit', 'sue you', 'bbb', 'consumer protection',
      ],
    },
    { group: 'urgency', points: 20, phrases: ['urgente', 'urgencia', 'emergencia', 'urgent', 'emergency', 'asap'] },
    {
      group: 'outage',
      points: 15,
      phrases: [
        'sin servicio', 'sin internet', 'sin senal', 'sin linea', 'sin luz', 'no tengo internet', 'no tengo servicio', 'no tengo senal',
        'no anda', 'no funciona', 'se corta', 'outage', 'no internet', 'no service', 'no signal', 'not working', 'is down',
      ],
    },
  ],
  segments: { high_value: { points: 40, atLeast: 'high' }, new: { points: 10 } },
  influence: { medium: { points: 20 }, high: { points: 40, atLeast: 'high' } },
  typology: { technical: { points: 10 }, commercial: { points: 5 } },
  sla: { late: { points: 30 }, veryLate: { points: 60, atLeast: 'urgent' }, veryLateFactor: 2 },
};

/** Reads a synced `priority_rules` document; on failure, says why in words a supervisor can fix. */
export function parsePriorityRules(document: unknown): { ok: true; rules: PriorityRules } | { ok: false; error: string } {
  const parsed = PriorityRules.safeParse(document);
  return parsed.success ? { ok: true, rules: parsed.data } : { ok: false, error: z.prettifyError(parsed.error) };
}
