import { RestoreMessageArgs, type RESTORE_MESSAGE } from '../../../protocol/mutations/restore-message.ts';
import { undoDecision } from './message-decision.ts';
import type { MutationModule } from './module.ts';

/** The message leaves Filtrados (and its case joins the queue) at once; a refusal puts it back. */
export const restoreMessage: MutationModule<typeof RESTORE_MESSAGE> = {
  args: RestoreMessageArgs,
  effect(store, args) {
    store.triage.restore(args.messageId);
  },
  undo: undoDecision,
  announces: ['case'],
};
