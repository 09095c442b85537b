// A public case moved to private (`move_to_private`) waits for the customer on the private
// channel. When they write there, the new private case continues the public one: both record
// the link, the customer is the same person, and the case goes to the agent who invited them.
import type { Feed } from '../feed.ts';
import type { Sql } from '../store/sql.ts';

export interface PendingMove {
  publicCaseId: string;
  customerId: string;
  assignedTo: string | null;
}

export class Continuations {
  private readonly sql: Sql;
  private readonly feed: Feed;

  constructor(sql: Sql, feed: Feed) {
    this.sql = sql;
    this.feed = feed;
  }

  /**
   * The latest public case waiting for this customer on `channel`. The customer is recognised by
   * their identity on that channel, or by the same handle on the public case's own network
   * (an X mention and an X DM come from the same account).
   */
  pending(channel: string, handle: string): Promise<PendingMove | undefined> {
    return this.sql.row<PendingMove>(
      `SELECT c.id AS "publicCaseId", c.customer_id AS "customerId", c.assigned_to AS "assignedTo" FROM cases c
       WHERE c.moved_to = ? AND c.continued_in IS NULL
         AND EXISTS (SELECT 1 FROM identities i WHERE i.customer_id = c.customer_id AND i.handle = ?
                     AND i.channel IN (c.moved_to, c.channel))
       ORDER BY c.updated_at DESC, c.number DESC LIMIT 1`, channel, handle);
  }

  /**
   * Makes sure the customer is known on `channel` by `handle`, so the next contact arrives
   * identified. Returns the identity the private case comes through.
   */
  async adoptIdentity(move: PendingMove, channel: string, handle: string): Promise<string> {
    const known = await this.sql.row<{ id: string }>('SELECT id FROM identities WHERE channel = ? AND handle = ? ORDER BY id', channel, handle);
    if (known) return known.id;
    const id = `${move.customerId}.${await this.sql.nextVersion()}`;
    await this.sql.run('INSERT INTO identities VALUES (?, ?, ?, ?, 0, ?)', id, move.customerId, channel, handle, await this.sql.nextVersion());
    return id;
  }

  /** Records the continuation on both cases and publishes them. */
  async link(move: PendingMove, privateCaseId: string): Promise<void> {
    await this.sql.run('UPDATE cases SET continues = ?, version = ? WHERE id = ?', move.publicCaseId, await this.sql.nextVersion(), privateCaseId);
    await this.sql.run('UPDATE cases SET continued_in = ?, version = ? WHERE id = ?', privateCaseId, await this.sql.nextVersion(), move.publicCaseId);
    await this.feed.publishCase(privateCaseId);
    await this.feed.publishCase(move.publicCaseId);
  }
}
