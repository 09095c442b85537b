import { SetStatusArgs, type SET_STATUS } from '../../../protocol/mutations/set-status.ts';
import { undoOnCase, type MutationModule } from './module.ts';

export const setStatus: MutationModule<typeof SET_STATUS> = {
  args: SetStatusArgs,
  effect(store, args) {
    store.cases.setStatusLocally(args.caseId, args.status);
    // Resolving classifies the case; the resolution only means something once resolved.
    store.cases.classifyLocally(args.caseId, args.reason, args.status === 'resolved' ? args.resolution : undefined);
    // The product when one was named (null clears it); "call avoided" is set at resolution.
    store.cases.markLocally(args.caseId, { product: args.product, callAvoided: args.status === 'resolved' ? args.callAvoided ?? false : undefined });
  },
  undo: undoOnCase,
  announces: [],
};
