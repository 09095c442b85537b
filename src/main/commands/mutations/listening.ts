// Listening's changes, shown at once on the post (liked, dismissed, opened) and put back to the
// server's copy when refused. The proactive case arrives with the next pull, from the server
// that opened it: the console never invents a case number.
import { DismissListeningPostArgs, type DISMISS_LISTENING_POST } from '../../../protocol/mutations/dismiss-listening-post.ts';
import { OpenListeningCaseArgs, type OPEN_LISTENING_CASE } from '../../../protocol/mutations/open-listening-case.ts';
import { ReactArgs, type REACT } from '../../../protocol/mutations/react.ts';
import type { Store } from '../../db/store.ts';
import type { MutationModule } from './module.ts';

const revert = (store: Store, args: { postId: string }): readonly string[] => {
  store.listening.revert(args.postId);
  return [];
};

export const react: MutationModule<typeof REACT> = {
  args: ReactArgs,
  effect(store, args, { author }) {
    store.listening.setStateLocally(args.postId, 'reacted', author.username);
  },
  undo: revert,
  announces: ['listening_post'],
};

export const dismissListeningPost: MutationModule<typeof DISMISS_LISTENING_POST> = {
  args: DismissListeningPostArgs,
  effect(store, args, { author }) {
    store.listening.setStateLocally(args.postId, 'dismissed', author.username);
  },
  undo: revert,
  announces: ['listening_post'],
};

export const openListeningCase: MutationModule<typeof OPEN_LISTENING_CASE> = {
  args: OpenListeningCaseArgs,
  effect(store, args, { author }) {
    store.listening.setStateLocally(args.postId, 'opened', author.username);
  },
  undo: revert,
  announces: ['listening_post', 'case'],
};
