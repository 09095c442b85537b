// The server side of push: each console's mutations applied exactly once, in seq order. Per
// mutation: the log answers one seen before; the protocol's schema checks the args; the
// mutation's module (found by name in one table) authorizes and applies it; the log records
// the outcome. The whole batch is one store transaction.
import { z } from 'zod';
import { isMutationName, MUTATION_ARGS, type MutationArgs, type MutationName } from '../protocol/mutations/index.ts';
import type { Mutation, MutationResult, PushResponse } from '../protocol/sync.ts';
import type { Clock } from './clock.ts';
import { checkClientDevice } from './devices.ts';
import type { Faults } from './faults.ts';
import { HttpError } from './http.ts';
import { SERVER_MUTATIONS, type MutationContext, type Outcome, type ServerMutation } from './mutations/index.ts';
import type { ServerStore, Tx } from './store/store.ts';

export class SequenceGapError extends Error {
  readonly expectedSeq: number;

  constructor(expectedSeq: number) {
    super(`Mutations must arrive in order: expected seq ${expectedSeq}`);
    this.expectedSeq = expectedSeq;
  }
}

type PushedMutation = z.infer<typeof Mutation>;

export class MutationApplier {
  private readonly store: ServerStore;
  private readonly clock: Clock;

  private readonly faults: Faults | undefined;

  /** `faults`: a `commit` fault holds a push's transaction open before it commits (tests, trainers). */
  constructor(store: ServerStore, clock: Clock, faults?: Faults) {
    this.store = store;
    this.clock = clock;
    this.faults = faults;
  }

  /** `device`: the pushing token's device (devices.ts), which the client id must belong to. */
  push(username: string, clientId: string, mutations: PushedMutation[], { device }: { device: string }): Promise<PushResponse> {
    return this.store.transaction(async (tx) => {
      const client = await tx.pushLog.client(clientId);
      if (client && client.username !== username) {
        throw new HttpError(409, 'client_taken', 'This client id belongs to another agent: sign in with a new profile');
      }
      await checkClientDevice(tx, clientId, device);
      if (!client) await tx.pushLog.addClient(clientId, username);
      let lastSeq = client?.lastSeq ?? 0;
      const results: MutationResult[] = [];
      for (const m of [...mutations].sort((a, b) => a.seq - b.seq)) {
        if (m.seq <= lastSeq) {
          results.push(await replay(tx, clientId, m));
          continue;
        }
        if (m.seq !== lastSeq + 1) {
          if (results.length === 0) throw new SequenceGapError(lastSeq + 1);
          break;
        }
        const ctx: MutationContext = { username, clientId, mutationId: m.id, now: () => this.clock.now() };
        const outcome = await apply(tx, ctx, m);
        await tx.pushLog.log({
          clientId, seq: m.seq, mutationId: m.id, name: m.name, status: outcome.status,
          reason: outcome.reason ?? null, message: outcome.message ?? null, at: this.clock.now().toISOString(),
        });
        // A permanent failure advances the sequence too: one bad mutation never blocks the queue.
        lastSeq = m.seq;
        results.push({ seq: m.seq, id: m.id, ...outcome });
      }
      await tx.pushLog.advance(clientId, lastSeq);
      const held = this.faults?.take('commit')?.delayMs;
      if (held) await new Promise((resolve) => setTimeout(resolve, held));
      return { results, lastSeq };
    });
  }
}

/** A mutation seen before: `already_applied`, or the same conflict/rejection as the first time. */
async function replay(tx: Tx, clientId: string, m: PushedMutation): Promise<MutationResult> {
  const logged = await tx.pushLog.logged(clientId, m.seq);
  if (!logged || logged.mutationId !== m.id) {
    const reused: Outcome = { status: 'rejected', reason: 'seq_reused', message: `Seq ${m.seq} was already used by another mutation` };
    return { seq: m.seq, id: m.id, ...reused };
  }
  if (logged.status === 'applied') return { seq: m.seq, id: m.id, status: 'already_applied' };
  return {
    seq: m.seq,
    id: m.id,
    status: logged.status,
    ...(logged.reason ? { reason: logged.reason } : {}),
    ...(logged.message ? { message: logged.message } : {}),
  };
}

async function apply(tx: Tx, ctx: MutationContext, m: PushedMutation): Promise<Outcome> {
  if (!isMutationName(m.name)) return { status: 'rejected', reason: 'unknown_mutation', message: `Unknown mutation "${m.name}"` };
  const parsed = MUTATION_ARGS[m.name].safeParse(m.args);
  if (!parsed.success) return { status: 'rejected', reason: 'invalid_args', message: z.prettifyError(parsed.error) };
  return authorizeAndApply(SERVER_MUTATIONS[m.name], parsed.data, tx, ctx);
}

async function authorizeAndApply<N extends MutationName>(mutation: ServerMutation<N>, args: MutationArgs<N>, tx: Tx, ctx: MutationContext): Promise<Outcome> {
  const authorization = await mutation.authorize(ctx, args, tx);
  if ('refused' in authorization) return authorization.refused;
  return mutation.apply(ctx, args, tx, authorization.granted);
}
