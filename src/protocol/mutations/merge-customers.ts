import { z } from 'zod';
import { id } from '../fields.ts';

export const MERGE_CUSTOMERS = 'merge_customers';
/** Folds `mergedId` into `survivorId`: identities, cases and notes move; the merged record retires. */
export const MergeCustomersArgs = z.object({ mergeId: z.uuid(), caseId: id, survivorId: id, mergedId: id })
  .refine((a) => a.survivorId !== a.mergedId, 'a record cannot be merged into itself');
