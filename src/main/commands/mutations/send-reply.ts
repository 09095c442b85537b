import { SendReplyArgs, type SEND_REPLY } from '../../../protocol/mutations/send-reply.ts';
import { undoOnCase, type MutationModule } from './module.ts';
import { queueReply, settleReply } from './thread.ts';

export const sendReply: MutationModule<typeof SEND_REPLY> = {
  args: SendReplyArgs,
  effect: (store, args, ctx) => void queueReply(store, args, ctx),
  settle: settleReply,
  undo: undoOnCase,
  announces: [],
};
