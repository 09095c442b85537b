import { ReassignCaseArgs, type REASSIGN_CASE } from '../../../protocol/mutations/reassign-case.ts';
import type { MutationModule } from './module.ts';

/**
 * Nothing changes in this cache until the server takes it: a supervisor does not hold the case,
 * and the server moves it between the agents' consoles. The team view lists it as pending, then
 * applied or refused with the server's reason (the outbox's `reassignments`).
 */
export const reassignCase: MutationModule<typeof REASSIGN_CASE> = {
  args: ReassignCaseArgs,
  effect: () => undefined,
  announces: [],
};
