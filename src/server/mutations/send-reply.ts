import { SEND_REPLY } from '../../protocol/mutations/send-reply.ts';
import type { CaseFacts } from '../store/repositories.ts';
import { deliver } from './deliver.ts';
import { ownCase } from './guards.ts';
import type { ServerMutation } from './types.ts';

/** The assignee answers the customer on the case's channel. */
export const sendReply: ServerMutation<typeof SEND_REPLY, CaseFacts> = {
  name: SEND_REPLY,
  authorize: ownCase,
  apply: (ctx, args, tx, found) => deliver(tx, ctx, found, args, 'reply'),
};
