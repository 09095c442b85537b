import { z } from 'zod';
import { MESSAGE_TYPES } from '../../shared/domain.ts';
import { id } from '../fields.ts';

export const SET_MESSAGE_TYPE = 'set_message_type';
/** The agent's type for one customer message of their case; null goes back to the classifier's. */
export const SetMessageTypeArgs = z.object({
  caseId: id,
  messageId: id,
  type: z.enum(MESSAGE_TYPES).nullable(),
});
