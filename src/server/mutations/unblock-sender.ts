import { UNBLOCK_SENDER } from '../../protocol/mutations/unblock-sender.ts';
import { EVERYONE } from '../feed.ts';
import { anyAgent, APPLIED, type ServerMutation } from './types.ts';

export const unblockSender: ServerMutation<typeof UNBLOCK_SENDER, undefined> = {
  name: UNBLOCK_SENDER,
  authorize: anyAgent,
  async apply(ctx, { blockId }, tx) {
    const block = await tx.blocks.get(blockId);
    if (!block) return { status: 'rejected', reason: 'block_not_found', message: `No block ${blockId} on the server; nothing was unblocked` };
    // Lifting a block already lifted (by another agent, say) meets the agent's intent.
    if (block.unblockedAt !== null) return APPLIED;
    await tx.blocks.lift(blockId, ctx.now().toISOString());
    await tx.feed.retract('blocked_sender', blockId, EVERYONE, 'unblocked');
    return APPLIED;
  },
};
