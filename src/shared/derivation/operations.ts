// The contract's operations for derivation (spread into CONTRACT): where a case can be derived,
// the derive and its answer (each queued like any change, offline too), and the cases derived
// to this person that wait for an answer.
import { z } from 'zod';
import type { Queued } from '../contract.ts';
import { caseId, op } from '../contract-op.ts';
import { DERIVATION_NOTE_MAX, DERIVATION_OUTCOMES, type DerivationOptions, type DerivedCase } from './derivation.ts';

export const DERIVATION_OPERATIONS = {
  derivationOptions: op<DerivationOptions>()(z.object({}).strict()),
  /** `to`: `area:<id>` or `agent:<username>`; the note is internal, never sent to the customer. */
  deriveCase: op<Queued>()(z.object({ caseId, to: z.string().min(1).max(200), note: z.string().trim().min(1).max(DERIVATION_NOTE_MAX) }).strict()),
  answerDerivation: op<Queued>()(z.object({ caseId, outcome: z.enum(DERIVATION_OUTCOMES), note: z.string().trim().max(DERIVATION_NOTE_MAX) }).strict()),
  derivedToMe: op<DerivedCase[]>()(z.object({}).strict()),
};
