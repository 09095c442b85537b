// Listening's changes, shown at once on the post (liked, dismissed, opened) and put back to the
// server's copy when refused. The proactive case arrives with the next pull, from the server
// that opened it: the console never invents a case number.
import type { MutationName } from '../../../protocol/mutations/index.ts';
import { DismissListeningPostArgs, type DISMISS_LISTENING_POST } from '../../../protocol/mutations/dismiss-listening-post.ts';
import { OpenListeningCaseArgs, type OPEN_LISTENING_CASE } from '../../../protocol/mutations/open-listening-case.ts';
import { ReactArgs, type REACT } from '../../../protocol/mutations/react.ts';
import type { EntityName } from '../../../shared/events.ts';
import type { ListeningState } from '../../../shared/listening/post.ts';
import type { MutationModule } from './module.ts';

type PostMutation = typeof REACT | typeof DISMISS_LISTENING_POST | typeof OPEN_LISTENING_CASE;

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

export const react = postState<typeof REACT>(ReactArgs, 'reacted', ['listening_post']);
export const dismissListeningPost = postState<typeof DISMISS_LISTENING_POST>(DismissListeningPostArgs, 'dismissed', ['listening_post']);
export const openListeningCase = postState<typeof OPEN_LISTENING_CASE>(OpenListeningCaseArgs, 'opened', ['listening_post', 'case']);
