import { z } from 'zod';
import { CHANNELS } from '../../shared/domain.ts';

export const BLOCK_SENDER = 'block_sender';
/** Blocks a sender for the whole organisation; the console chooses the block's id. */
export const BlockSenderArgs = z.object({
  blockId: z.uuid(),
  channel: z.enum(CHANNELS),
  handle: z.string().min(1).max(500),
  reason: z.string().trim().min(1).max(200),
});
