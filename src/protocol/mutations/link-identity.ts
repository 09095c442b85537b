import { z } from 'zod';
import { id } from '../fields.ts';

export const LINK_IDENTITY = 'link_identity';
/**
 * Links the account a case came through to a known customer, after the agent validated that it
 * is theirs: the identity (and every case that came through it) moves to `customerId`, marked
 * validated, so the account's next contact arrives identified. An emptied record is retired.
 * `validated` is the agent's word (the link dialog's tick): the server takes a link between
 * records sharing no phone, e-mail or handle only with it, and records who gave it and when.
 */
export const LinkIdentityArgs = z.object({ linkId: z.uuid(), caseId: id, customerId: id, validated: z.literal(true).optional() });
