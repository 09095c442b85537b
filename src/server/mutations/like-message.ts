// The company's like on a customer's comment or mention inside a public case (`react` with a
// `messageId`): the guide advises at least a like on public comments. Only the case's agent gives
// it, as only they reply there, and only on a message the customer wrote on a public channel:
// a like on a private chat is seen by nobody but the customer, and one on an agent's own reply
// would be the company liking itself.
import type { ReactToMessageArgs } from '../../protocol/mutations/react.ts';
import { isPublicChannel, takesLikes } from '../../shared/channels.ts';
import { isChannel } from '../../shared/domain.ts';
import type { CaseFacts } from '../store/repositories.ts';
import type { Tx } from '../store/store.ts';
import { ownCustomerMessage } from './guards.ts';
import { APPLIED, type Authorization, type MutationContext, type Outcome } from './types.ts';

type Args = ReturnType<typeof ReactToMessageArgs.parse>;

/** The case's agent, on a customer message of that case, on a public channel. */
export async function messageLiker(ctx: MutationContext, args: Args, tx: Tx): Promise<Authorization<CaseFacts>> {
  const own = await ownCustomerMessage(ctx, args, tx);
  if ('refused' in own) return own;
  const found = own.granted;
  if (!isChannel(found.channel) || !isPublicChannel(found.channel)) {
    return { refused: { status: 'rejected', reason: 'not_public', message: `Case #${found.number} is on a private channel: a like there is seen by nobody` } };
  }
  if (!takesLikes(found.channel)) {
    return { refused: { status: 'rejected', reason: 'no_likes', message: `Case #${found.number} is on ${found.channel}, which has no likes` } };
  }
  return own;
}

/** Once per message: a second like (another console's, or a resent push) changes nothing. A
 *  message opened from a listening post shares the post's like, so the post counts it too. */
export async function likeMessage(ctx: MutationContext, args: Args, tx: Tx): Promise<Outcome> {
  const at = ctx.now().toISOString();
  if (!(await tx.messages.like({ messageId: args.messageId, caseId: args.caseId, reaction: args.reaction, username: ctx.username, at }))) return APPLIED;
  await tx.feed.publishMessage(args.messageId);
  const postId = await tx.messages.openedFrom(args.messageId);
  const post = postId === null ? undefined : await tx.listening.post(postId);
  if (postId !== null && post) {
    await tx.feed.publishGlobal('listening_post', postId, await tx.listening.save(postId, { ...post, reactions: post.reactions + 1 }));
  }
  return APPLIED;
}
