import { RESTORE_MESSAGE } from '../../protocol/mutations/restore-message.ts';
import type { CaseFacts } from '../store/repositories.ts';
import { ownCustomerMessage } from './guards.ts';
import { APPLIED, type ServerMutation } from './types.ts';

/**
 * The assignee says a message the console's noise filter held is work after all. The server
 * does not judge noise (each console does, from the same rules), so it records the decision
 * for any customer message of the case; a second restore changes nothing.
 */
export const restoreMessage: ServerMutation<typeof RESTORE_MESSAGE, CaseFacts> = {
  name: RESTORE_MESSAGE,
  authorize: ownCustomerMessage,
  async apply(ctx, { messageId }, tx) {
    if ((await tx.messages.decision(messageId))?.restored === true) return APPLIED;
    await tx.messages.decide(messageId, { restored: true }, ctx.username, ctx.now().toISOString());
    await tx.feed.publishMessage(messageId);
    return APPLIED;
  },
};
