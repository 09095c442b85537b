// What every command shares: the cache, who acts, the clock, and the one way to queue a
// mutation, its optimistic effect and its outbox row in one transaction.
import { randomUUID } from 'node:crypto';
import type { MutationArgs, MutationName } from '../../protocol/mutations/index.ts';
import type { Queued as QueuedCall } from '../../shared/contract.ts';
import type { CachedCase } from '../db/repositories/cases.ts';
import type { Store } from '../db/store.ts';
import { transactionWithoutCheckpoint, upkeepOf, type DeferredUpkeep } from '../db/upkeep.ts';
import type { Logger } from '../log.ts';
import { retriageCases } from '../triage/triage.ts';
import { applyEffect, type ReplyAuthor } from './mutations/index.ts';
import { CommandError } from './errors.ts';

/** What the contract answers for a queued change, and the outbox row's place in the queue. */
export interface Queued extends QueuedCall {
  seq: number;
}

export class CommandContext {
  readonly store: Store;
  readonly author: () => ReplyAuthor;
  readonly now: () => Date;
  private readonly onQueued: () => void;
  private readonly upkeep: DeferredUpkeep;

  constructor(store: Store, author: () => ReplyAuthor, onQueued: () => void, now: () => Date, log?: Logger) {
    this.store = store;
    this.upkeep = upkeepOf(store.db, log);
    this.author = author;
    this.onQueued = onQueued;
    this.now = now;
  }

  requireCase(caseRef: string): CachedCase {
    const found = this.store.cases.find(caseRef);
    if (!found) throw new CommandError('case_not_found', `No case ${caseRef} in this profile`);
    return found;
  }

  /** Another agent's case (a customer's history) is read-only here: refused before anything is queued. */
  requireOwnCase(caseRef: string): CachedCase {
    const found = this.requireCase(caseRef);
    if (found.assignedTo !== this.author().username) {
      const holder = found.assignedTo === null ? 'is not assigned to anyone' : `is assigned to ${found.assignedTo}`;
      throw new CommandError('not_assigned', `Case #${found.number} ${holder}: it is read-only here, nothing was queued`);
    }
    return found;
  }

  /**
   * `alongside` runs in the same transaction, once (effects are replayed after pulls; it is not).
   * `when` defaults to this laptop's clock.
   */
  enqueue<N extends MutationName>(
    name: N,
    args: MutationArgs<N>,
    baseVersion: number | null,
    alongside?: (at: string) => void,
    when: Date = this.now(),
  ): Omit<Queued, 'caseId'> {
    const mutationId = randomUUID();
    const at = when.toISOString();
    // One durable commit; the search index, its merges and the checkpoint follow once it is answered.
    const seq = transactionWithoutCheckpoint(this.store.db, () => {
      applyEffect(this.store, { name, args }, { author: this.author(), at });
      alongside?.(at);
      // A reply answers what waited (the case may leave the filtered view); a state moves its rank.
      if ('caseId' in args) retriageCases(this.store, [args.caseId]);
      return this.store.outbox.append({ id: mutationId, name, args, baseVersion, createdAt: at });
    });
    this.upkeep.afterQueued();
    this.onQueued();
    return { mutationId, seq };
  }
}
