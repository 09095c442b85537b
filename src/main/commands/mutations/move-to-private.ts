import { MoveToPrivateArgs, type MOVE_TO_PRIVATE } from '../../../protocol/mutations/move-to-private.ts';
import { undoOnCase, type MutationModule } from './module.ts';
import { queueReply, settleReply } from './thread.ts';

/** The invitation shows in the thread like a reply, and the case shows where it moved. */
export const moveToPrivate: MutationModule<typeof MOVE_TO_PRIVATE> = {
  args: MoveToPrivateArgs,
  effect(store, args, ctx) {
    if (queueReply(store, args, ctx)) store.cases.markMovedLocally(args.caseId, args.channel);
  },
  settle: settleReply,
  undo: undoOnCase,
  announces: [],
};
