// Delivering an agent's reply to the customer: what send_reply and move_to_private share.
import type { MutationArgs } from '../../protocol/mutations/index.ts';
import type { CaseFacts } from '../store/repositories.ts';
import type { Tx } from '../store/store.ts';
import { APPLIED, type MutationContext, type Outcome } from './types.ts';

type Reply = Pick<MutationArgs<'send_reply'>, 'caseId' | 'messageId' | 'text' | 'templates' | 'articles'>;

/** Delivers a reply once: a message id seen before is refused. */
export async function deliver(tx: Tx, ctx: MutationContext, found: CaseFacts, reply: Reply, kind: 'reply' | 'move_to_private'): Promise<Outcome> {
  const { caseId, messageId, text, templates, articles } = reply;
  if (await tx.messages.exists(messageId)) {
    return { status: 'rejected', reason: 'duplicate_message', message: 'A message with this id already exists' };
  }
  const now = ctx.now().toISOString();
  const author = (await tx.organisation.agentName(ctx.username)) ?? ctx.username;
  await tx.messages.addReply({ id: messageId, caseId, author, text, sentAt: now });
  await tx.cases.answered(caseId, now);
  const { username, clientId, mutationId } = ctx;
  await tx.outbound.record({
    caseId, channel: found.channel, identityId: found.identityId, text, kind, username, clientId, mutationId, sentAt: now, templates, articles,
  });
  await tx.feed.publishMessage(messageId);
  await tx.feed.publishCase(caseId);
  return APPLIED;
}
