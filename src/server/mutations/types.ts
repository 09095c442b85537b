// The shape of a mutation on the server: who may do it (authorize), then what it does (apply),
// both inside the push's transaction. What authorize grants (the agent's own case, say) is
// handed to apply, so nothing is read twice.
import type { MutationArgs, MutationName } from '../../protocol/mutations/index.ts';
import type { MutationResult } from '../../protocol/sync.ts';
import type { RefusalReason } from '../../shared/errors.ts';
import type { Tx } from '../store/store.ts';

/** What a mutation did; a refusal says why with one of the listed reasons. */
export type Outcome = Pick<MutationResult, 'status' | 'message'> & { reason?: RefusalReason };

/** Who pushed the mutation, and the server's clock. */
export interface MutationContext {
  username: string;
  clientId: string;
  mutationId: string;
  now(): Date;
}

export type Authorization<Grant> = { granted: Grant } | { refused: Outcome };

export interface ServerMutation<N extends MutationName, Grant = unknown> {
  readonly name: N;
  authorize(ctx: MutationContext, args: MutationArgs<N>, tx: Tx): Promise<Authorization<Grant>>;
  apply(ctx: MutationContext, args: MutationArgs<N>, tx: Tx, grant: Grant): Promise<Outcome>;
}

export const APPLIED: Outcome = { status: 'applied' };

/** For what any agent of the organisation may do. */
export const anyAgent = (): Promise<Authorization<undefined>> => Promise.resolve({ granted: undefined });
