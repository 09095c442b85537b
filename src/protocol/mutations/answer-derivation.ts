import { z } from 'zod';
import { DERIVATION_NOTE_MAX, DERIVATION_OUTCOMES } from '../../shared/derivation/derivation.ts';
import { id } from '../fields.ts';

export const ANSWER_DERIVATION = 'answer_derivation';
/**
 * A member of the area (or the agent) a case is derived to closes its open derivation:
 * `answered` sends it back to its agent with the note (required), `returned` gives it back
 * without an answer, `taken` takes the case over. One mutation, since the three are one decision
 * on the same derivation by the same person.
 */
export const AnswerDerivationArgs = z.object({
  caseId: id,
  outcome: z.enum(DERIVATION_OUTCOMES),
  note: z.string().trim().max(DERIVATION_NOTE_MAX),
}).refine((a) => a.outcome !== 'answered' || a.note.length > 0, { path: ['note'], message: 'an answer needs its note' });
