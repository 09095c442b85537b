// Listening's changes, shown at once on the post (liked, dismissed, opened) and put back to the
// server's copy when refused; a like may also be on a customer's message of a public case. The proactive case arrives with the next pull, from the server
// that opened it: the console never invents a case number.
import type { MutationName } from '../../../protocol/mutations/index.ts';
import { DismissListeningPostArgs, type DISMISS_LISTENING_POST } from '../../../protocol/mutations/dismiss-listening-post.ts';
import { OpenListeningCaseArgs, type OPEN_LISTENING_CASE } from '../../../protocol/mutations/open-listening-case.ts';
import { likesMessage, ReactArgs, type REACT } from '../../../protocol/mutations/react.ts';
import type { EntityName } from '../../../shared/events.ts';
import type { ListeningState } from '../../../shared/listening/post.ts';
import type { MutationModule } from './module.ts';

type PostMutation = typeof DISMISS_LISTENING_POST | typeof OPEN_LISTENING_CASE;

/** A change of the post's state by whoever acted; a refusal puts the server's copy back. */
function postState<N extends PostMutation & MutationName>(args: MutationModule<N>['args'], state: ListeningState, announces: readonly EntityName[]): MutationModule<N> {
  return {
    args,
    effect(store, { postId }, { author }) {
      store.listening.setStateLocally(postId, state, author.username);
    },
    undo(store, { postId }) {
      store.listening.revert(postId);
      return [];
    },
    announces,
  };
}

/**
 * A like on a listening post, or on a customer's comment in one of the agent's public cases: the
 * message shows "Te gusta" at once, and a refusal puts back the like the server has (none).
 */
export const react: MutationModule<typeof REACT> = {
  args: ReactArgs,
  effect(store, args, { author, at }) {
    if (likesMessage(args)) store.messages.likeLocally(args.messageId, { by: author.username, at });
    else store.listening.setStateLocally(args.postId, 'reacted', author.username);
  },
  undo(store, args) {
    if (likesMessage(args)) store.messages.followServerLike(args.messageId);
    else store.listening.revert(args.postId);
    return [];
  },
  announces: ['listening_post'],
};
export const dismissListeningPost = postState<typeof DISMISS_LISTENING_POST>(DismissListeningPostArgs, 'dismissed', ['listening_post']);
export const openListeningCase = postState<typeof OPEN_LISTENING_CASE>(OpenListeningCaseArgs, 'opened', ['listening_post', 'case']);
