// The agent's mark that another customer answered on a public thread ("customers answered by
// other customers", a management figure of the reports). Only a public case has other customers
// reading it, so a private one is refused.
import { MARK_PEER_ANSWERED } from '../../protocol/mutations/mark-peer-answered.ts';
import { isPublicChannel } from '../../shared/channels.ts';
import { isChannel } from '../../shared/domain.ts';
import type { CaseFacts } from '../store/repositories.ts';
import { ownCase } from './guards.ts';
import { APPLIED, type ServerMutation } from './types.ts';

export const markPeerAnswered: ServerMutation<typeof MARK_PEER_ANSWERED, CaseFacts> = {
  name: MARK_PEER_ANSWERED,
  authorize: ownCase,
  async apply(ctx, args, tx, found) {
    if (!isChannel(found.channel) || !isPublicChannel(found.channel)) {
      return { status: 'rejected', reason: 'not_public', message: `Case #${found.number} is on a private channel: no other customer reads it` };
    }
    if (found.peerAnswered === args.answered) return APPLIED;
    await tx.cases.markPeerAnswered(found.id, args.answered, ctx.now().toISOString());
    await tx.feed.publishCase(found.id);
    return APPLIED;
  },
};
