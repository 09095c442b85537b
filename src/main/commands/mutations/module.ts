// The console's half of a mutation, in one module: the protocol's args, the optimistic effect,
// what the server's answer does and how a refusal is undone. The commands and the sync engine
// reach every mutation through the MUTATIONS table (index.ts), never by its name.
import type { MUTATION_ARGS, MutationArgs, MutationName } from '../../../protocol/mutations/index.ts';
import type { EntityName } from '../../../shared/events.ts';
import type { MutationStatus } from '../../../shared/models.ts';
import type { Store } from '../../db/store.ts';

export interface ReplyAuthor {
  name: string;
  username: string;
}

/** Who acted, and when the mutation was queued. */
export interface EffectContext {
  author: ReplyAuthor;
  at: string;
}

/** What the server answered (`already_applied` counts as applied). */
export type Outcome = Exclude<MutationStatus, 'pending'>;

/**
 * How a pushed mutation ended for this console: the server's answer, or `unknown` when the
 * server lost track of this console (a sequence gap) and may or may not have applied it. An
 * unknown ending is recorded as a conflict, and nothing the agent sees is undone: their change
 * stays on screen, marked, for them to check and send again.
 */
export type Ending = Outcome | 'unknown';

/** A refusal the server did answer: only these are undone. */
export const isRefusal = (ending: Ending): ending is 'conflict' | 'rejected' => ending === 'conflict' || ending === 'rejected';

/** The outbox row being settled, and when. */
export interface SettleContext {
  mutationId: string;
  at: string;
}

export interface MutationModule<N extends MutationName> {
  /** The protocol's schema: the outbox parses stored args with it, once. */
  readonly args: (typeof MUTATION_ARGS)[N];
  /**
   * The optimistic effect on the cache. Applied in the transaction that queues the mutation,
   * and again after every pulled page while it is pending: it must be safe to apply twice.
   */
  readonly effect: (store: Store, args: MutationArgs<N>, ctx: EffectContext) => void;
  /** What the ending does to the mutation's own rows: a reply's state, a note's refused mark. */
  readonly settle?: (store: Store, args: MutationArgs<N>, ending: Ending, ctx: SettleContext) => void;
  /**
   * A refusal (conflict or rejected, never an unknown ending): its effect goes back to the server's values. Returns the
   * cases whose view it moved; the engine puts those back to the server's values too, triages
   * them again and re-applies what is still pending on top. No undo: a refusal leaves the
   * cache as it is (the settle says what happened).
   */
  readonly undo?: (store: Store, args: MutationArgs<N>, ctx: SettleContext) => readonly string[];
  /** What the window reads again once the mutation settles, beyond the outbox and the thread. */
  readonly announces: readonly EntityName[];
}

/** The undo of a change to one case: the case goes back to the server's values. */
export const undoOnCase = (_store: Store, args: { caseId: string }): readonly string[] => [args.caseId];
