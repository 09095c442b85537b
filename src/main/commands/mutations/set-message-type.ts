import { SetMessageTypeArgs, type SET_MESSAGE_TYPE } from '../../../protocol/mutations/set-message-type.ts';
import { undoDecision } from './message-decision.ts';
import type { MutationModule } from './module.ts';

/** The type shows as the agent's at once; a refusal puts back the type the server has. */
export const setMessageType: MutationModule<typeof SET_MESSAGE_TYPE> = {
  args: SetMessageTypeArgs,
  effect(store, args) {
    store.triage.override(args.messageId, args.type);
  },
  undo: undoDecision,
  announces: ['case'],
};
