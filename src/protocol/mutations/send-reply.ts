import { z } from 'zod';
import { id, sourceRefs } from '../fields.ts';
import { REPLY_TEXT_MAX } from '../limits.ts';

export const SEND_REPLY = 'send_reply';
export const SendReplyArgs = z.object({
  caseId: id,
  /** Chosen by the console, so the server's message is the same row the agent saw queued. */
  messageId: z.uuid(),
  text: z.string().min(1).max(REPLY_TEXT_MAX),
  /** The templates the reply was made from, at the version the agent inserted. */
  templates: sourceRefs.optional(),
  /** The knowledge-base articles quoted or linked in the reply, at the version inserted. */
  articles: sourceRefs.optional(),
});
