import { UNDO_MERGE } from '../../protocol/mutations/undo-merge.ts';
import type { CaseFacts, Moved } from '../store/repositories.ts';
import type { Tx } from '../store/store.ts';
import { move, publish } from './customer-records.ts';
import { ownCase } from './guards.ts';
import { APPLIED, type ServerMutation } from './types.ts';

/** From their own case, the agent puts back what a link or a merge moved (what is still on the survivor) and revives the record. */
export const undoMerge: ServerMutation<typeof UNDO_MERGE, CaseFacts> = {
  name: UNDO_MERGE,
  authorize: ownCase,
  async apply(ctx, args, tx, from) {
    const merge = await tx.links.get(args.mergeId);
    if (!merge) return { status: 'rejected', reason: 'merge_not_found', message: 'There is no such link or merge' };
    if (merge.undoneAt !== null) return { status: 'conflict', reason: 'already_undone', message: 'This link or merge was already undone' };
    if (from.customerId !== merge.survivorId && from.customerId !== merge.mergedId) {
      return { status: 'conflict', reason: 'not_this_customer', message: `That merge is not about case #${from.number}'s customer` };
    }
    const back = await stillOnSurvivor(tx, merge.moved, merge.survivorId);
    await tx.customers.revive(merge.mergedId);
    await move(tx, back, merge.mergedId);
    for (const identity of back.identities) await tx.identities.setValidated(identity.id, identity.validated);
    await tx.links.markUndone(merge.id, ctx.now().toISOString());
    await publish(tx, back, [merge.survivorId, merge.mergedId]);
    return APPLIED;
  },
};

/** Only what is still on the survivor goes back: an account unlinked since stays where it is. */
async function stillOnSurvivor(tx: Tx, moved: Moved, survivorId: string): Promise<Moved> {
  const identities = [];
  for (const identity of moved.identities) {
    if ((await tx.identities.get(identity.id))?.customerId === survivorId) identities.push(identity);
  }
  const cases = new Set<string>();
  for (const id of moved.cases) if ((await tx.cases.customerOf(id)) === survivorId) cases.add(id);
  // Cases that came through those accounts since the merge go back with them.
  for (const { id } of identities) {
    for (const caseId of await tx.cases.idsByIdentity(id)) if ((await tx.cases.customerOf(caseId)) === survivorId) cases.add(caseId);
  }
  const notes = [];
  for (const id of moved.notes) if ((await tx.notes.customerOf(id)) === survivorId) notes.push(id);
  return { identities, cases: [...cases], notes };
}
