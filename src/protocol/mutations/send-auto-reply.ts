import { z } from 'zod';
import { LANGUAGES } from '../../shared/domain.ts';
import { id } from '../fields.ts';
import { REPLY_TEXT_MAX } from '../limits.ts';

export const SEND_AUTO_REPLY = 'send_auto_reply';
/**
 * The out-of-hours notice the console's engine decided on: delivered once per `dedupeKey` (the
 * case and its closed window) whichever console sends it, so several consoles holding the case,
 * or one restarted, never send two. It does not answer the customer: the case keeps waiting.
 */
export const SendAutoReplyArgs = z.object({
  caseId: id,
  messageId: z.uuid(),
  text: z.string().min(1).max(REPLY_TEXT_MAX),
  dedupeKey: z.string().min(1).max(300),
  language: z.enum(LANGUAGES),
  /** The customer message it answers. */
  inReplyTo: id,
});
