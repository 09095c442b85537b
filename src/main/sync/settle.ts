// What becomes of pushed mutations, whoever answered: the server, or the engine itself when the
// server lost track of this console. Each settles through its module; the cases a refusal moved
// go back to the server's values, and what is still pending is re-applied on top, once. An
// unknown ending undoes nothing: whether the server has the change is not known.
import type { EntityName } from '../../shared/events.ts';
import { rebasePending } from '../commands/effects.ts';
import { settleMutation, settleUnreadable, type Ending, type ReplyAuthor } from '../commands/mutations/index.ts';
import type { PendingMutation } from '../db/repositories/outbox.ts';
import type { Store } from '../db/store.ts';
import { retriageCases } from '../triage/triage.ts';

export interface Answer {
  pending: PendingMutation;
  ending: Ending;
  reason?: string | undefined;
  message?: string | undefined;
}

/** Run in one transaction. Returns what the window should read again. */
export function settleAnswers(store: Store, answers: readonly Answer[], author: ReplyAuthor, at: string): EntityName[] {
  const entities = new Set<EntityName>(['outbox', 'message']);
  const refusedCases = new Set<string>();
  let undone = false;
  for (const { pending, ending, reason, message } of answers) {
    // The outbox keeps an unknown ending as a conflict: the agent checks it, as any other.
    store.outbox.settle(pending.seq, { status: ending === 'unknown' ? 'conflict' : ending, reason, message, settledAt: at });
    const ctx = { mutationId: pending.id, at };
    const settled = pending.mutation ? settleMutation(store, pending.mutation, ending, ctx) : settleUnreadable(store, pending.stored, ending, ctx);
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
