// What linking an account, unlinking it, merging two records and undoing either share. What
// moves is written down, so an undo puts back exactly that and nothing an agent added since.
// Every case keeps the identity it came through: replies go there.
import type { Moved } from '../store/repositories.ts';
import type { Tx } from '../store/store.ts';
import type { MutationContext, Outcome } from './types.ts';

export const DUPLICATE_LINK: Outcome = { status: 'rejected', reason: 'duplicate_merge', message: 'A link or merge with this id already exists' };

export async function activeCustomerProblem(tx: Tx, customerId: string): Promise<Outcome | null> {
  const state = await tx.customers.state(customerId);
  if (!state) return { status: 'conflict', reason: 'customer_not_found', message: 'That customer record no longer exists' };
  if (state.mergedInto !== null) return { status: 'conflict', reason: 'customer_merged', message: 'That customer record was merged into another one' };
  return null;
}

/** Everything a record holds: its accounts, its cases and the notes on it. */
export async function contentsOf(tx: Tx, customerId: string): Promise<Moved> {
  return {
    identities: await tx.identities.ofCustomer(customerId),
    cases: await tx.cases.idsOfCustomer(customerId),
    notes: await tx.notes.idsOfCustomer(customerId),
  };
}

/** One account, with the cases that came through it. */
export async function accountAlone(tx: Tx, identityId: string): Promise<Moved> {
  return { identities: await tx.identities.ref(identityId), cases: await tx.cases.idsByIdentity(identityId), notes: [] };
}

export async function move(tx: Tx, moved: Moved, to: string): Promise<void> {
  for (const { id } of moved.identities) await tx.identities.moveTo(id, to);
  for (const id of moved.cases) await tx.cases.moveTo(id, to);
  for (const id of moved.notes) await tx.notes.moveTo(id, to);
}

interface Fold {
  id: string;
  kind: 'link' | 'merge';
  survivorId: string;
  mergedId: string;
  moved: Moved;
  /** The merged record is left empty and retires. */
  retire: boolean;
}

export async function record(tx: Tx, ctx: MutationContext, { retire, ...link }: Fold): Promise<void> {
  if (retire) await tx.customers.retire(link.mergedId, link.survivorId);
  await tx.links.record({ ...link, by: ctx.username, at: ctx.now().toISOString() });
}

/** Cases first (they decide who sees each record), then what moved, then both records. */
export async function publish(tx: Tx, moved: Moved, customers: string[]): Promise<void> {
  for (const id of moved.cases) await tx.feed.publishCase(id, 'customer_changed');
  for (const { id } of moved.identities) await tx.feed.publishWithCustomer('identity', id);
  for (const id of moved.notes) await tx.feed.publishWithCustomer('customer_note', id);
  for (const id of customers) {
    await tx.customers.touch(id);
    await tx.feed.publishCustomer(id);
  }
}
