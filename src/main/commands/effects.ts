// Pending mutations' optimistic effects, replayed over freshly pulled rows, so server data that
// predates the agent's action never makes it flicker away. Each effect is in its mutation's
// module (mutations/).
import type { Store } from '../db/store.ts';
import { applyEffect, type ReplyAuthor } from './mutations/index.ts';

export type { ReplyAuthor };

/** Re-applies every pending mutation on top of freshly pulled rows. Call inside the page's transaction. */
export function rebasePending(store: Store, author: ReplyAuthor): void {
  for (const pending of store.outbox.pending(10_000)) {
    // A row this console cannot read has no effect to replay; the server refuses it visibly.
    if (pending.mutation) applyEffect(store, pending.mutation, { author, at: pending.createdAt });
  }
}
