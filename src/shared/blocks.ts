// The organisation's block list as the console shows it: senders whose messages the triage
// keeps out of the work queue, for the whole team, until an agent lifts the block.
import type { Channel } from './domain.ts';

export interface BlockedSender {
  id: string;
  channel: Channel;
  handle: string;
  reason: string;
  /** The blocking agent's username, and their name when the cache knows it. */
  blockedBy: string;
  blockedByName: string;
  blockedAt: string;
  /** Still waiting for the server to confirm it. */
  pending: boolean;
}
