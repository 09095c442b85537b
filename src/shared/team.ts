// The supervisor's team view: each agent's load and presence, and the team's queue. The central
// API answers it (GET /v1/team); the console shows it while online and keeps none of it.
import { z } from 'zod';
import { CHANNELS, PRIORITIES } from './domain.ts';
import { PresenceState } from './presence.ts';

const time = z.iso.datetime({ offset: true });
const username = z.string().min(1).max(100);

export const TeamAgent = z.object({
  username,
  name: z.string().max(200),
  team: z.string().max(100),
  /**
   * Disabled by an administrator: cannot sign in and is given no case, reassigned ones included.
   * Still listed, with the cases they hold, so that a supervisor can move those. Older servers: false.
   */
  disabled: z.boolean().default(false),
  /** Now, as the server reads it: away once the console went quiet (presence.ts). */
  presence: PresenceState,
  /** When the agent chose their last presence (null: never), for its age. */
  presenceAt: time.nullable(),
  lastContact: time.nullable(),
  /** Cases not resolved, and those whose customer has waited longer than the channel's SLA. */
  open: z.int().nonnegative(),
  late: z.int().nonnegative(),
});
export type TeamAgent = z.infer<typeof TeamAgent>;

export const TeamQueueCase = z.object({
  caseId: z.string().min(1).max(200),
  number: z.int().positive(),
  channel: z.enum(CHANNELS),
  priority: z.enum(PRIORITIES),
  /** Null: nobody holds it yet. */
  agent: username.nullable(),
  /** Since when the customer waits for an answer; null when nobody waits. */
  waitingSince: time.nullable(),
  late: z.boolean(),
});
export type TeamQueueCase = z.infer<typeof TeamQueueCase>;

/** Most cases the queue lists, oldest waiting first. */
export const TEAM_QUEUE_MAX = 500;

export const TeamView = z.object({
  /** The server's clock when it answered: ages are counted from it. */
  serverNow: time,
  teams: z.array(z.string().max(100)).max(100),
  agents: z.array(TeamAgent).max(2_000),
  queue: z.array(TeamQueueCase).max(TEAM_QUEUE_MAX),
});
export type TeamView = z.infer<typeof TeamView>;
