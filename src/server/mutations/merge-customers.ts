import { MERGE_CUSTOMERS } from '../../protocol/mutations/merge-customers.ts';
import type { CaseFacts } from '../store/repositories.ts';
import { activeCustomerProblem, contentsOf, DUPLICATE_LINK, move, publish, record } from './customer-records.ts';
import { keysShared, ownCaseOrSupervisor } from './guards.ts';
import { APPLIED, type ServerMutation } from './types.ts';

/**
 * From their own case, the agent folds one record into the other: identities, cases and notes
 * move; the merged one retires. An agent merges only records sharing a phone, e-mail or handle;
 * a supervisor (who holds no cases) merges any two, from any case.
 */
export const mergeCustomers: ServerMutation<typeof MERGE_CUSTOMERS, { found: CaseFacts; supervisor: boolean }> = {
  name: MERGE_CUSTOMERS,
  authorize: ownCaseOrSupervisor,
  async apply(ctx, args, tx, { found: from, supervisor }) {
    if (await tx.links.exists(args.mergeId)) return DUPLICATE_LINK;
    if (from.customerId !== args.survivorId && from.customerId !== args.mergedId) {
      return { status: 'conflict', reason: 'not_this_customer', message: `Neither record is case #${from.number}'s customer any more` };
    }
    const problem = (await activeCustomerProblem(tx, args.survivorId)) ?? (await activeCustomerProblem(tx, args.mergedId));
    if (problem) return problem;
    // Records that share nothing are a supervisor's call: a merge hands the agent the other record's whole history.
    if (!supervisor && (await keysShared(tx, args.survivorId, args.mergedId)).length === 0) {
      return { status: 'rejected', reason: 'no_shared_key', message: 'These records share no phone, e-mail or handle: only a supervisor merges them' };
    }
    const moved = await contentsOf(tx, args.mergedId);
    await move(tx, moved, args.survivorId);
    await record(tx, ctx, { id: args.mergeId, kind: 'merge', survivorId: args.survivorId, mergedId: args.mergedId, moved, retire: true });
    await publish(tx, moved, [args.survivorId, args.mergedId]);
    return APPLIED;
  },
};
