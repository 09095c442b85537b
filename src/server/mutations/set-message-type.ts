import { SET_MESSAGE_TYPE } from '../../protocol/mutations/set-message-type.ts';
import type { CaseFacts } from '../store/repositories.ts';
import { ownCustomerMessage } from './guards.ts';
import { APPLIED, type ServerMutation } from './types.ts';

/**
 * The assignee settles a customer message's type; every console holding the case pulls it with
 * the message. The case's own `messageType` is left alone: it is the type the case came in
 * with, the reference a review or a class grades the agent's choice against.
 */
export const setMessageType: ServerMutation<typeof SET_MESSAGE_TYPE, CaseFacts> = {
  name: SET_MESSAGE_TYPE,
  authorize: ownCustomerMessage,
  async apply(ctx, { messageId, type }, tx) {
    // Choosing the type already in force succeeds without a new version.
    if ((await tx.messages.decision(messageId) ?? { type: null }).type === type) return APPLIED;
    await tx.messages.decide(messageId, { type }, ctx.username, ctx.now().toISOString());
    await tx.feed.publishMessage(messageId);
    return APPLIED;
  },
};
