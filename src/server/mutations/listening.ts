// Listening's mutations: an agent or a supervisor likes a post, dismisses it, or opens a
// proactive case from it. The case is opened once per post, on the post's public channel and
// assigned to whoever opened it; a post already opened by someone else is a conflict.
import type { WireData } from '../../protocol/entities.ts';
import { DISMISS_LISTENING_POST } from '../../protocol/mutations/dismiss-listening-post.ts';
import { OPEN_LISTENING_CASE } from '../../protocol/mutations/open-listening-case.ts';
import { likesMessage, REACT } from '../../protocol/mutations/react.ts';
import type { CaseFacts } from '../store/repositories.ts';
import type { Tx } from '../store/store.ts';
import { likeMessage, messageLiker } from './like-message.ts';
import { APPLIED, type Authorization, type MutationContext, type Outcome, type ServerMutation } from './types.ts';

type Post = WireData<'listening_post'>;

/** Agents and supervisors listen; the post must exist. */
async function listener(ctx: MutationContext, args: { postId: string }, tx: Tx): Promise<Authorization<Post>> {
  const role = await tx.organisation.role(ctx.username);
  if (role !== 'agent' && role !== 'supervisor') {
    return { refused: { status: 'rejected', reason: 'forbidden', message: 'Only agents and supervisors act on listening posts' } };
  }
  const post = await tx.listening.post(args.postId);
  if (!post) return { refused: { status: 'conflict', reason: 'post_not_found', message: 'The post is no longer listed' } };
  return { granted: post };
}

/** Nothing changes a post a case was opened from, but a like. */
const alreadyOpened = (post: Post): Outcome | null => (post.state === 'opened'
  ? { status: 'conflict', reason: 'already_opened', message: `${post.by ?? 'Someone'} already opened a case from this post (${post.caseId ?? ''})` }
  : null);

async function save(tx: Tx, postId: string, post: Post): Promise<void> {
  const version = await tx.listening.save(postId, post);
  await tx.feed.publishGlobal('listening_post', postId, version);
}

/** A like on a listening post, or on a customer's message of a public case (like-message.ts). */
export const react: ServerMutation<typeof REACT, { post: Post } | { case: CaseFacts }> = {
  name: REACT,
  async authorize(ctx, args, tx) {
    if (likesMessage(args)) {
      const own = await messageLiker(ctx, args, tx);
      return 'refused' in own ? own : { granted: { case: own.granted } };
    }
    const heard = await listener(ctx, args, tx);
    return 'refused' in heard ? heard : { granted: { post: heard.granted } };
  },
  async apply(ctx, args, tx, grant) {
    if (likesMessage(args)) return likeMessage(ctx, args, tx);
    if (!('post' in grant)) return APPLIED; // a post's args were granted a post
    const { post } = grant;
    const at = ctx.now().toISOString();
    if (!(await tx.listening.react({ postId: args.postId, reaction: args.reaction, username: ctx.username, at }))) return APPLIED;
    // A like leaves an opened or dismissed post in its state; it is counted all the same.
    const state = post.state === 'new' ? 'reacted' : post.state;
    await save(tx, args.postId, { ...post, state, by: post.state === 'new' ? ctx.username : post.by, reactions: post.reactions + 1 });
    // The message a case was opened with shares the post's like: its consoles see it liked.
    const opened = await tx.listening.openedMessage(args.postId);
    if (opened !== null) await tx.feed.publishMessage(opened);
    return APPLIED;
  },
};

export const dismissListeningPost: ServerMutation<typeof DISMISS_LISTENING_POST, Post> = {
  name: DISMISS_LISTENING_POST,
  authorize: listener,
  async apply(ctx, args, tx, post) {
    const refused = alreadyOpened(post);
    if (refused) return refused;
    if (post.state === 'dismissed') return APPLIED;
    await save(tx, args.postId, { ...post, state: 'dismissed', by: ctx.username });
    return APPLIED;
  },
};

export const openListeningCase: ServerMutation<typeof OPEN_LISTENING_CASE, Post> = {
  name: OPEN_LISTENING_CASE,
  authorize: listener,
  async apply(ctx, args, tx, post) {
    const refused = alreadyOpened(post);
    if (refused) return refused;
    const opened = await tx.listening.openCase(args.postId, post, ctx.username, ctx.now().toISOString());
    await save(tx, args.postId, { ...post, state: 'opened', by: ctx.username, caseId: opened.caseId });
    await tx.feed.publishCase(opened.caseId);
    await tx.feed.publishMessage(opened.messageId);
    return APPLIED;
  },
};
