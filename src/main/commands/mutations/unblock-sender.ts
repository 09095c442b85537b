import { UnblockSenderArgs, type UNBLOCK_SENDER } from '../../../protocol/mutations/unblock-sender.ts';
import { undoBlockChange } from './block-sender.ts';
import type { MutationModule } from './module.ts';

/** Hidden at once; the row goes when the server's deletion arrives. */
export const unblockSender: MutationModule<typeof UNBLOCK_SENDER> = {
  args: UnblockSenderArgs,
  effect(store, args) {
    store.blocks.markUnblocking(args.blockId);
  },
  undo: (store, args) => undoBlockChange(store, args.blockId),
  announces: ['blocked_sender', 'case'],
};
