// Why triage judged as it did, stored as JSON beside each judgement (case_triage.reasons,
// message_triage.reasons) and read back through these schemas.
import { z } from 'zod';
import { SEGMENTS } from '../../../shared/domain.ts';
import { PRIVATE_DATA_KINDS } from '../../../shared/triage/patterns.ts';
import type { PriorityReason } from '../../../shared/triage/priority.ts';
import { INFLUENCE_LEVELS, TYPOLOGIES } from '../../../shared/triage/priority-rules.ts';
import type { TriageReason } from '../../../shared/triage/reasons.ts';

const points = z.number();

export const PriorityReasons: z.ZodType<PriorityReason[]> = z.array(z.discriminatedUnion('code', [
  z.object({ code: z.literal('keyword'), detail: z.string(), group: z.string(), points }),
  z.object({ code: z.literal('segment'), detail: z.enum(SEGMENTS), points }),
  z.object({ code: z.literal('influence'), detail: z.enum(INFLUENCE_LEVELS), points }),
  z.object({ code: z.literal('typology'), detail: z.enum(TYPOLOGIES), points }),
  z.object({ code: z.literal('late'), detail: z.string(), points }),
  z.object({ code: z.literal('very_late'), detail: z.string(), points }),
  z.object({ code: z.literal('recontact'), detail: z.literal('csat_negative'), points }),
]));

export const TriageReasons: z.ZodType<TriageReason[]> = z.array(z.discriminatedUnion('code', [
  z.object({ code: z.literal('private_data'), detail: z.enum(PRIVATE_DATA_KINDS) }),
  z.object({ code: z.literal('public_channel') }),
  z.object({ code: z.literal('hostile_words'), detail: z.string() }),
  z.object({ code: z.literal('aggressive_emoji'), detail: z.string() }),
  z.object({ code: z.literal('sarcasm'), detail: z.string() }),
  z.object({ code: z.literal('shouting') }),
  z.object({ code: z.literal('exclamations') }),
  z.object({ code: z.literal('no_content') }),
]));
