import { z } from 'zod';
import { id } from '../fields.ts';

export const RESTORE_MESSAGE = 'restore_message';
/** The agent takes one customer message of their case out of the noise filter (Filtrados → Restaurar). */
export const RestoreMessageArgs = z.object({
  caseId: id,
  messageId: id,
});
