// Listening, offline: like a post (or a customer's comment in a public case), dismiss it, or
// open a proactive case from it. Checked here
// against the cache (the post is listed, not already opened or liked); the server checks again,
// and opens the case once however often the push is resent.
import type { CommandContext, Queued } from './context.ts';
import { CommandError } from './errors.ts';
import type { ListeningPost } from '../../shared/listening/post.ts';
import { isPublicChannel, takesLikes } from '../../shared/channels.ts';

type Done = Omit<Queued, 'caseId'>;

function listedPost(ctx: CommandContext, postId: string): ListeningPost {
  const post = ctx.store.listening.get(postId);
  if (!post) throw new CommandError('post_not_found', `No listening post ${postId}`);
  return post;
}

/** A "like" from the company's account. */
export function reactToPost(ctx: CommandContext, postId: string): Done {
  const post = listedPost(ctx, postId);
  if (post.reactions > 0) throw new CommandError('already_reacted', 'The company already liked this post');
  return ctx.enqueue('react', { postId, reaction: 'like' }, null);
}

export function dismissPost(ctx: CommandContext, postId: string): Done {
  const post = listedPost(ctx, postId);
  if (post.state === 'opened') throw new CommandError('already_opened', `A case was already opened from this post`);
  return ctx.enqueue('dismiss_listening_post', { postId }, null);
}

/** A proactive case on the post's public channel, assigned to whoever opens it; it arrives with the next pull. */
export function openCaseFromPost(ctx: CommandContext, postId: string): Done {
  const post = listedPost(ctx, postId);
  if (post.state === 'opened') throw new CommandError('already_opened', `A case was already opened from this post`);
  return ctx.enqueue('open_listening_case', { postId }, null);
}

/**
 * A like on a customer's comment or mention in the agent's own public case (the guide: at least
 * a like on public comments). Checked against the cache; the server checks again, once per message.
 */
export function likeMessage(ctx: CommandContext, messageId: string): Queued {
  const target = ctx.store.messages.likeTarget(messageId);
  if (!target) throw new CommandError('message_not_found', `No message ${messageId} in the cache`);
  if (target.kind !== 'customer') throw new CommandError('not_customer_message', 'Only a customer’s comment or mention can be liked');
  const found = ctx.requireOwnCase(target.caseId);
  if (!isPublicChannel(found.channel)) {
    throw new CommandError('not_public', `Case #${found.number} is on a private channel: a like there is seen by nobody`);
  }
  if (!takesLikes(found.channel)) throw new CommandError('no_likes', `Case #${found.number} is on ${found.channel}, which has no likes`);
  if (target.liked) throw new CommandError('already_reacted', 'The company already liked this message');
  return { ...ctx.enqueue('react', { caseId: found.id, messageId, reaction: 'like' }, found.version), caseId: found.id };
}
