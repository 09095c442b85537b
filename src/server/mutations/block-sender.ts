// The block list: any agent blocks a sender for the whole organisation, and any agent lifts a
// block. Everyone's console receives the list (a `del` once lifted).
import { BLOCK_SENDER } from '../../protocol/mutations/block-sender.ts';
import { anyAgent, APPLIED, type ServerMutation } from './types.ts';

export const blockSender: ServerMutation<typeof BLOCK_SENDER, undefined> = {
  name: BLOCK_SENDER,
  authorize: anyAgent,
  async apply(ctx, args, tx) {
    if (await tx.blocks.get(args.blockId)) return { status: 'rejected', reason: 'duplicate_block', message: 'A block with this id already exists' };
    // One active block per sender: a second agent blocking the same sender gets the first block.
    if (await tx.blocks.active(args.channel, args.handle)) {
      return { status: 'rejected', reason: 'already_blocked', message: `${args.handle} on ${args.channel} is already blocked` };
    }
    const { blockId: id, channel, handle, reason } = args;
    const version = await tx.blocks.add({ id, channel, handle, reason, by: ctx.username, at: ctx.now().toISOString() });
    await tx.feed.publishGlobal('blocked_sender', id, version);
    return APPLIED;
  },
};
