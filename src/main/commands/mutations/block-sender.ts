// Blocks for the whole organisation: the triage keeps the sender's messages out of the queue.
import { BlockSenderArgs, type BLOCK_SENDER } from '../../../protocol/mutations/block-sender.ts';
import type { Store } from '../../db/store.ts';
import type { MutationModule } from './module.ts';

export const blockSender: MutationModule<typeof BLOCK_SENDER> = {
  args: BlockSenderArgs,
  effect(store, args, { author, at }) {
    store.blocks.insertLocal({
      id: args.blockId, channel: args.channel, handle: args.handle, reason: args.reason, blocked_by: author.username, blocked_at: at,
    });
  },
  undo: (store, args) => undoBlockChange(store, args.blockId),
  announces: ['blocked_sender', 'case'],
};

/**
 * A refused block leaves the list; a refused unblock shows the block again. The sender's cases
 * move in or out of the queue with it (a refused block's row is gone after the revert, a
 * refused unblock's is hidden before it).
 */
export function undoBlockChange(store: Store, blockId: string): readonly string[] {
  const before = store.blocks.get(blockId);
  store.blocks.revertToServer(blockId);
  const sender = before ?? store.blocks.get(blockId);
  return sender ? store.blocks.casesOfSender(sender.channel, sender.handle) : [];
}
