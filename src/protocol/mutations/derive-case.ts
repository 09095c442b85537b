import { z } from 'zod';
import { DERIVATION_NOTE_MAX, DerivationTarget } from '../../shared/derivation/derivation.ts';
import { id } from '../fields.ts';

export const DERIVE_CASE = 'derive_case';
/**
 * The case's agent derives it to an area (`area:facturacion`) or a person (`agent:mateo`) with an
 * internal note the customer never sees; the console chooses the derivation's id, so a resent
 * push cannot derive twice.
 */
export const DeriveCaseArgs = z.object({
  derivationId: z.uuid(),
  caseId: id,
  to: DerivationTarget,
  note: z.string().trim().min(1).max(DERIVATION_NOTE_MAX),
});
