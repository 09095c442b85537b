import { MarkPeerAnsweredArgs, type MARK_PEER_ANSWERED } from '../../../protocol/mutations/mark-peer-answered.ts';
import { undoOnCase, type MutationModule } from './module.ts';

/** "Respondió otro cliente", shown at once; a refusal puts the server's mark back. */
export const markPeerAnswered: MutationModule<typeof MARK_PEER_ANSWERED> = {
  args: MarkPeerAnsweredArgs,
  effect(store, args) {
    store.cases.markLocally(args.caseId, { peerAnswered: args.answered });
  },
  undo: undoOnCase,
  announces: [],
};
