// The block list in the cache. `isBlocked` is what the triage asks before it lets a message
// into the work queue; the rest serves the block list's screens, sync and optimistic effects.
import type { BlockedSender } from '../../../shared/blocks.ts';
import type { Channel } from '../../../shared/domain.ts';
import type { Db } from '../connection.ts';
import { versionedUpsert } from './versioned.ts';

export interface BlockedSenderRow {
  id: string;
  channel: string;
  handle: string;
  reason: string;
  blocked_by: string;
  blocked_at: string;
  version: number;
}

type ListRow = BlockedSenderRow & { agent_name: string | null };

const LIST_SELECT = `SELECT b.*, a.name AS agent_name FROM blocked_senders b
  LEFT JOIN agents a ON a.username = b.blocked_by WHERE b.unblocking = 0`;

export class BlockedSenderRepository {
  private readonly upsertStmt;
  private readonly insertLocalStmt;
  private readonly removeStmt;
  private readonly dropUnconfirmedStmt;
  private readonly markUnblockingStmt;
  private readonly revertUnblockStmt;
  private readonly isBlockedStmt;
  private readonly forSenderStmt;
  private readonly listStmt;
  private readonly getStmt;
  private readonly senderOfCaseStmt;
  private readonly casesOfSenderStmt;

  constructor(db: Db) {
    this.upsertStmt = versionedUpsert(db, 'blocked_senders', ['channel', 'handle', 'reason', 'blocked_by', 'blocked_at']);
    this.insertLocalStmt = db.prepare(
      `INSERT INTO blocked_senders (id, channel, handle, reason, blocked_by, blocked_at, version)
       VALUES (@id, @channel, @handle, @reason, @blocked_by, @blocked_at, 0) ON CONFLICT(id) DO NOTHING`,
    );
    this.removeStmt = db.prepare('DELETE FROM blocked_senders WHERE id = ?');
    this.dropUnconfirmedStmt = db.prepare('DELETE FROM blocked_senders WHERE id = ? AND version = 0');
    this.markUnblockingStmt = db.prepare('UPDATE blocked_senders SET unblocking = 1 WHERE id = ?');
    this.revertUnblockStmt = db.prepare('UPDATE blocked_senders SET unblocking = 0 WHERE id = ?');
    this.isBlockedStmt = db.prepare<[string, string], number>(
      'SELECT 1 FROM blocked_senders WHERE channel = ? AND handle = ? AND unblocking = 0 LIMIT 1',
    ).pluck();
    this.forSenderStmt = db.prepare<[string, string], ListRow>(`${LIST_SELECT} AND b.channel = ? AND b.handle = ? ORDER BY b.blocked_at LIMIT 1`);
    this.listStmt = db.prepare<[], ListRow>(`${LIST_SELECT} ORDER BY b.blocked_at DESC, b.id`);
    this.getStmt = db.prepare<[string], ListRow>(`${LIST_SELECT} AND b.id = ?`);
    // The account the case came through; failing that (older servers), a customer may hold
    // several identities on one channel and a validated one is the likelier sender.
    this.senderOfCaseStmt = db.prepare<[string], { channel: string; handle: string }>(
      `SELECT c.channel, i.handle FROM cases c
       JOIN customer_identities i ON i.customer_id = c.customer_id AND i.channel = c.channel
       WHERE c.id = ? ORDER BY i.id IS c.identity_id DESC, i.validated DESC, i.id LIMIT 1`,
    );
    this.casesOfSenderStmt = db.prepare<[string, string], string>(
      `SELECT c.id FROM customer_identities i
       JOIN cases c ON c.identity_id = i.id OR (c.identity_id IS NULL AND c.customer_id = i.customer_id AND c.channel = i.channel)
       WHERE i.channel = ? AND i.handle = ? COLLATE NOCASE`,
    ).pluck();
  }

  /** The cases this sender writes on (their customer's, on that channel): a block re-triages them. */
  casesOfSender(channel: string, handle: string): string[] {
    return this.casesOfSenderStmt.all(channel, handle);
  }

  /**
   * Whether messages from this sender are to be kept out of the work queue. The triage calls
   * it per inbound message: one indexed lookup; handles compare without case.
   */
  isBlocked(channel: string, handle: string): boolean {
    return this.isBlockedStmt.get(channel, handle) !== undefined;
  }

  /** Who writes on a case: its customer's identity on the case's channel; null when the cache has none. */
  senderOfCase(caseId: string): { channel: Channel; handle: string } | null {
    const row = this.senderOfCaseStmt.get(caseId);
    return row ? { channel: row.channel as Channel, handle: row.handle } : null;
  }

  /** Whether the case's sender is blocked: their messages stay out of the queue and get no auto-reply. */
  isCaseSenderBlocked(caseId: string): boolean {
    const sender = this.senderOfCase(caseId);
    return sender !== null && this.isBlocked(sender.channel, sender.handle);
  }

  /** The block in force on this sender, if any. */
  forSender(channel: string, handle: string): BlockedSender | null {
    const row = this.forSenderStmt.get(channel, handle);
    return row ? toBlockedSender(row) : null;
  }

  list(): BlockedSender[] {
    return this.listStmt.all().map(toBlockedSender);
  }

  /** A block in force (not being lifted), by id. */
  get(id: string): BlockedSender | null {
    const row = this.getStmt.get(id);
    return row ? toBlockedSender(row) : null;
  }

  upsert(row: BlockedSenderRow): void {
    this.upsertStmt.run(row);
  }

  remove(id: string): void {
    this.removeStmt.run(id);
  }

  /** The optimistic block: version 0 until the server's copy arrives. */
  insertLocal(row: Omit<BlockedSenderRow, 'version'>): void {
    this.insertLocalStmt.run(row);
  }

  /** The optimistic unblock: hidden now, deleted when the server's `del` arrives. */
  markUnblocking(id: string): void {
    this.markUnblockingStmt.run(id);
  }

  /** A refused block or unblock: back to what the server last said. */
  revertToServer(id: string): void {
    this.dropUnconfirmedStmt.run(id);
    this.revertUnblockStmt.run(id);
  }
}

const toBlockedSender = (row: ListRow): BlockedSender => ({
  id: row.id,
  channel: row.channel as Channel,
  handle: row.handle,
  reason: row.reason,
  blockedBy: row.blocked_by,
  blockedByName: row.agent_name ?? row.blocked_by,
  blockedAt: row.blocked_at,
  pending: row.version === 0,
});
