// A public case moved to private (`move_to_private`) waits for the customer on the private
// channel. When they write there, the new private case continues the public one: both record
// the link, the customer is the same person, and the case goes to the agent who invited them.
import { nextVersion, type SandboxDb } from '../schema.ts';
import { prepared } from '../prepared.ts';
import type { Feed } from '../feed.ts';

export interface PendingMove {
  publicCaseId: string;
  customerId: string;
  assignedTo: string | null;
}

export class Continuations {
  private readonly db: SandboxDb;
  private readonly feed: Feed;

  constructor(db: SandboxDb, feed: Feed) {
    this.db = db;
    this.feed = feed;
  }

  /**
   * The latest public case waiting for this customer on `channel`. The customer is recognised by
   * their identity on that channel, or by the same handle on the public case's own network
   * (an X mention and an X DM come from the same account).
   */
  pending(channel: string, handle: string): PendingMove | undefined {
    return prepared<[string, string], PendingMove>(this.db,
      `SELECT c.id AS publicCaseId, c.customer_id AS customerId, c.assigned_to AS assignedTo FROM cases c
       WHERE c.moved_to = ? AND c.continued_in IS NULL
         AND EXISTS (SELECT 1 FROM identities i WHERE i.customer_id = c.customer_id AND i.handle = ?
                     AND i.channel IN (c.moved_to, c.channel))
       ORDER BY c.updated_at DESC, c.number DESC LIMIT 1`,
    ).get(channel, handle);
  }

  /**
   * Makes sure the customer is known on `channel` by `handle`, so the next contact arrives
   * identified. Returns the identity the private case comes through.
   */
  adoptIdentity(move: PendingMove, channel: string, handle: string): string {
    const known = prepared<[string, string], { id: string }>(this.db, 'SELECT id FROM identities WHERE channel = ? AND handle = ?')
      .get(channel, handle);
    if (known) return known.id;
    const id = `${move.customerId}.${nextVersion(this.db)}`;
    prepared(this.db, 'INSERT INTO identities VALUES (?, ?, ?, ?, 0, ?)').run(id, move.customerId, channel, handle, nextVersion(this.db));
    return id;
  }

  /** Records the continuation on both cases and publishes them. */
  link(move: PendingMove, privateCaseId: string): void {
    prepared(this.db, 'UPDATE cases SET continues = ?, version = ? WHERE id = ?').run(move.publicCaseId, nextVersion(this.db), privateCaseId);
    prepared(this.db, 'UPDATE cases SET continued_in = ?, version = ? WHERE id = ?').run(privateCaseId, nextVersion(this.db), move.publicCaseId);
    this.feed.publishCase(privateCaseId);
    this.feed.publishCase(move.publicCaseId);
  }
}
