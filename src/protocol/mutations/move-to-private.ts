import { z } from 'zod';
import { CHANNELS } from '../../shared/domain.ts';
import { id, sourceRefs } from '../fields.ts';
import { REPLY_TEXT_MAX } from '../limits.ts';

export const MOVE_TO_PRIVATE = 'move_to_private';
/**
 * Invites the customer of a public case to a private channel: `text` is delivered as a public
 * reply (like `send_reply`, exactly once by `messageId`) and the case records `movedTo`.
 */
export const MoveToPrivateArgs = z.object({
  caseId: id,
  messageId: z.uuid(),
  text: z.string().min(1).max(REPLY_TEXT_MAX),
  channel: z.enum(CHANNELS),
  /** The invitation template, at the version used. */
  templates: sourceRefs.optional(),
});
