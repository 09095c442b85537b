// Pull and push: the two calls that keep a console's cache and outbox in step with the server.
import { z } from 'zod';
import { ENTITIES, ENTITY_SCHEMAS, type Entity } from './entities.ts';
import { id, isoTime } from './fields.ts';
import { PULL_LIMIT_MAX, PUSH_BATCH_MAX } from './limits.ts';

const putChange = <E extends Entity>(entity: E) =>
  z.object({
    entity: z.literal(entity),
    id,
    op: z.literal('put'),
    version: z.int().positive(),
    data: ENTITY_SCHEMAS[entity],
  });
const DelChange = z.object({
  entity: z.enum(ENTITIES),
  id,
  op: z.literal('del'),
  version: z.int().positive(),
  /** Why the row left this agent's scope, e.g. `reassigned`. */
  reason: z.string().max(200).optional(),
});

type PutChanges = { [E in Entity]: ReturnType<typeof putChange<E>> };
// Discriminated by op, then by entity: each change is checked against its own entity's schema
// only, not tried against every entity in turn (an initial sync parses tens of thousands).
const PutChange = z.discriminatedUnion('entity', ENTITIES.map(putChange) as [PutChanges[Entity], ...PutChanges[Entity][]]);
export const Change = z.discriminatedUnion('op', [PutChange, DelChange]);
export type Change = z.infer<typeof Change>;
export type PutChange<E extends Entity> = Extract<Change, { entity: E; op: 'put' }>;

export const PullRequest = z.object({
  cursor: z.string().max(200).nullable(),
  limit: z.int().min(1).max(PULL_LIMIT_MAX),
});
export const PullResponse = z.object({
  changes: z.array(Change),
  cursor: z.string().min(1).max(200),
  hasMore: z.boolean(),
  /** Changes still to come after this page: lets the initial sync show progress. */
  remaining: z.int().nonnegative(),
  /** The server's clock: time-based rules decide by it, never by the laptop's. */
  serverNow: isoTime,
});
export type PullResponse = z.infer<typeof PullResponse>;

export const Mutation = z.object({
  seq: z.int().positive(),
  id: z.uuid(),
  name: z.string().max(100),
  args: z.json(),
  baseVersion: z.int().nonnegative().nullable(),
});
export const PushRequest = z.object({
  clientId: z.string().min(8).max(100),
  /**
   * The server epoch the console's cursor is from (cursorEpoch), null before its first pull. A
   * server with another epoch (restored from a backup, say) answers 409 sequence_gap and applies
   * nothing, even a seq it would take: the console may have sent it to the store it replaced.
   */
  epoch: z.string().max(100).nullable(),
  mutations: z.array(Mutation).max(PUSH_BATCH_MAX),
});

/**
 * A cursor is `<server epoch>.<feed seq>`, the epoch of the store whose changes it counts; while
 * a pull from the start is under way it ends `.<seq it began at>` (the dels it leaves out).
 */
export const cursorEpoch = (cursor: string | null): string | null => /^([0-9a-f]+)\.\d+(?:\.\d+)?$/.exec(cursor ?? '')?.[1] ?? null;
export const MUTATION_RESULTS = ['applied', 'already_applied', 'conflict', 'rejected'] as const;
export type MutationResultStatus = (typeof MUTATION_RESULTS)[number];
export const MutationResult = z.object({
  seq: z.int().positive(),
  id: z.uuid(),
  status: z.enum(MUTATION_RESULTS),
  /** Machine-readable cause for conflict/rejected, e.g. `not_assigned`. */
  reason: z.string().max(200).optional(),
  message: z.string().max(2000).optional(),
});
export type MutationResult = z.infer<typeof MutationResult>;
export const PushResponse = z.object({
  results: z.array(MutationResult),
  lastSeq: z.int().nonnegative(),
});
export type PushResponse = z.infer<typeof PushResponse>;

/**
 * `GET /v1/health`, read without signing in: up, the server's clock (the offline limit reads it
 * before pushing), and whether it is a training sandbox (asked before any password goes over http).
 */
export const HealthResponse = z.object({ ok: z.literal(true), serverNow: isoTime, sandbox: z.boolean().default(false) });
export type HealthResponse = z.infer<typeof HealthResponse>;
