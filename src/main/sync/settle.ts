// What becomes of pushed mutations, whoever answered: the server, or the engine itself when the
// server lost track of this console. Each settles through its module; the cases a refusal moved
// go back to the server's values, and what is still pending is re-applied on top, once.
import type { EntityName } from '../../shared/events.ts';
import { rebasePending } from '../commands/effects.ts';
import { settleMutation, undoUnreadable, type Outcome, type ReplyAuthor } from '../commands/mutations/index.ts';
import type { PendingMutation } from '../db/repositories/outbox.ts';
import type { Store } from '../db/store.ts';
import { retriageCases } from '../triage/triage.ts';

export interface Answer {
  pending: PendingMutation;
  outcome: Outcome;
  reason?: string | undefined;
  message?: string | undefined;
}

/** Run in one transaction. Returns what the window should read again. */
export function settleAnswers(store: Store, answers: readonly Answer[], author: ReplyAuthor, at: string): EntityName[] {
  const entities = new Set<EntityName>(['outbox', 'message']);
  const refusedCases = new Set<string>();
  let undone = false;
  for (const { pending, outcome, reason, message } of answers) {
    store.outbox.settle(pending.seq, { status: outcome, reason, message, settledAt: at });
    const settled = pending.mutation
      ? settleMutation(store, pending.mutation, outcome, { mutationId: pending.id, at })
      : outcome === 'applied' ? undefined : undoUnreadable(store, pending.stored.args);
    if (!settled) continue;
    settled.cases.forEach((id) => refusedCases.add(id));
    settled.announces.forEach((entity) => entities.add(entity));
    undone ||= settled.undone;
  }
  // A refused change must not linger on screen: back to the server's values, then whatever
  // else is still pending on top.
  for (const caseId of refusedCases) store.cases.revertToServer(caseId);
  if (undone || refusedCases.size > 0) rebasePending(store, author);
  retriageCases(store, refusedCases);
  return [...entities];
}
