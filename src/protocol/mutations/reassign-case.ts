import { z } from 'zod';
import { id } from '../fields.ts';

export const REASSIGN_CASE = 'reassign_case';
/** A supervisor gives a case of a team they supervise to an agent of a team they supervise. */
export const ReassignCaseArgs = z.object({
  caseId: id,
  to: z.string().min(1).max(100),
});
