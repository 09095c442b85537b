import { z } from 'zod';
import { id } from '../fields.ts';

export const UNLINK_IDENTITY = 'unlink_identity';
/** Takes an identity off the case's customer, with the agent's reason; its cases go with it. */
export const UnlinkIdentityArgs = z.object({ caseId: id, identityId: id, reason: z.string().trim().min(3).max(200) });
