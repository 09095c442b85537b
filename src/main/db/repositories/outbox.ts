import { CUSTOMER_CHANGES, type CustomerChangeName } from '../../../shared/customer.ts';
import type { MutationStatus, MutationView } from '../../../shared/models.ts';
import type { Db } from '../connection.ts';
import { readMutation, storedArgs, type PendingMutation } from './outbox-mutation.ts';

export type { Mutation, PendingMutation } from './outbox-mutation.ts';

export interface OutboxRow {
  seq: number;
  id: string;
  name: string;
  args: string;
  base_version: number | null;
  status: MutationStatus;
  reason: string | null;
  message: string | null;
  attempts: number;
  created_at: string;
  settled_at: string | null;
}

export interface NewMutation {
  id: string;
  name: string;
  args: unknown;
  baseVersion: number | null;
  createdAt: string;
}

export interface Settlement {
  status: Exclude<MutationStatus, 'pending'>;
  reason?: string | undefined;
  message?: string | undefined;
  settledAt: string;
}

export type OutboxCounts = Record<MutationStatus, number>;

/**
 * The agent's commands waiting for, or answered by, the central API. Rows are never deleted (a
 * trigger refuses it, migration 033): each new row's seq is one past the highest, never one given before.
 */
export class OutboxRepository {
  private readonly appendStmt;
  private readonly pendingStmt;
  private readonly pendingCountStmt;
  private readonly settleStmt;
  private readonly attemptStmt;
  private readonly db: Db;

  constructor(db: Db) {
    this.db = db;
    this.appendStmt = db.prepare(
      `INSERT INTO outbox (id, name, args, base_version, created_at)
       VALUES (@id, @name, @args, @baseVersion, @createdAt)`,
    );
    this.pendingCountStmt = db.prepare<[], { n: number }>("SELECT count(*) AS n FROM outbox WHERE status = 'pending'");
    this.pendingStmt = db.prepare<[number], OutboxRow>(
      "SELECT * FROM outbox WHERE status = 'pending' ORDER BY seq LIMIT ?",
    );
    this.settleStmt = db.prepare(
      `UPDATE outbox SET status = @status, reason = @reason, message = @message,
       settled_at = @settledAt,
       -- The server's clock at the last pull: retention measures the row's age by it.
       settled_server_at = coalesce((SELECT value FROM sync_state WHERE key = 'server_now'), @settledAt)
       WHERE seq = @seq AND status = 'pending'`,
    );
    this.attemptStmt = db.prepare(
      "UPDATE outbox SET attempts = attempts + 1 WHERE status = 'pending' AND seq <= ?",
    );
  }

  /** Returns the sequence number the server will apply this mutation at. */
  append(mutation: NewMutation): number {
    const info = this.appendStmt.run({ ...mutation, args: JSON.stringify(mutation.args) });
    return Number(info.lastInsertRowid);
  }

  /** What waits for the server, oldest first, each row's args parsed once. */
  pending(limit = 100): PendingMutation[] {
    return this.pendingStmt.all(limit).map((row) => {
      const args = storedArgs(row.args);
      return {
        seq: row.seq, id: row.id, baseVersion: row.base_version, createdAt: row.created_at,
        stored: { name: row.name, args }, mutation: readMutation(row.name, args),
      };
    });
  }

  noteAttempt(upToSeq: number): void {
    this.attemptStmt.run(upToSeq);
  }

  settle(seq: number, settlement: Settlement): boolean {
    const info = this.settleStmt.run({
      seq,
      status: settlement.status,
      reason: settlement.reason ?? null,
      message: settlement.message ?? null,
      settledAt: settlement.settledAt,
    });
    return info.changes === 1;
  }


  list(status?: MutationStatus): MutationView[] {
    const rows = status
      ? this.db.prepare<[string], OutboxRow>('SELECT * FROM outbox WHERE status = ? ORDER BY seq').all(status)
      : this.db.prepare<[], OutboxRow>('SELECT * FROM outbox ORDER BY seq').all();
    return rows.map(toView);
  }

  /** Pending changes to a case, and refused ones the agent has not dismissed yet. */
  forCase(caseId: string): MutationView[] {
    return this.db
      .prepare<[string], OutboxRow>(
        `SELECT * FROM outbox WHERE json_extract(args, '$.caseId') = ?
         AND (status = 'pending' OR (status IN ('conflict', 'rejected') AND dismissed_at IS NULL)) ORDER BY seq`,
      )
      .all(caseId)
      .map(toView);
  }

  /** Names of pending links, unlinks, merges and undos made from one of the customer's cases. */
  pendingCustomerChanges(customerId: string): CustomerChangeName[] {
    return this.db
      .prepare<[string], { name: CustomerChangeName }>(
        `SELECT name FROM outbox WHERE status = 'pending' AND name IN (${CUSTOMER_CHANGES.map((n) => `'${n}'`).join(', ')})
         AND json_extract(args, '$.caseId') IN (SELECT id FROM cases WHERE customer_id = ?) ORDER BY seq`,
      )
      .all(customerId)
      .map((r) => r.name);
  }

  /** Settings documents saved here: pending, or refused and not dismissed. */
  settingChanges(): MutationView[] {
    return this.db
      .prepare<[], OutboxRow>(
        `SELECT * FROM outbox WHERE name = 'put_setting'
         AND (status = 'pending' OR (status IN ('conflict', 'rejected') AND dismissed_at IS NULL)) ORDER BY seq`,
      )
      .all()
      .map(toView);
  }

  /** QA review changes made here: pending, or refused and not dismissed. */
  reviewChanges(): MutationView[] {
    return this.db
      .prepare<[], OutboxRow>(
        `SELECT * FROM outbox WHERE name IN ('submit_review', 'acknowledge_review', 'dispute_review', 'resolve_dispute')
         AND (status = 'pending' OR (status IN ('conflict', 'rejected') AND dismissed_at IS NULL)) ORDER BY seq`,
      )
      .all()
      .map(toView);
  }

  /** The coaching plan's changes waiting to be sent, or refused and not dismissed. */
  coachingChanges(): MutationView[] {
    return this.db
      .prepare<[], OutboxRow>(
        `SELECT * FROM outbox WHERE name IN ('save_coaching_objective', 'remove_coaching_objective', 'save_coaching_note')
         AND (status = 'pending' OR (status IN ('conflict', 'rejected') AND dismissed_at IS NULL)) ORDER BY seq`,
      )
      .all()
      .map(toView);
  }

  /** The latest reassignments made here, whatever became of them (the team view shows each one's result). */
  reassignments(limit = 20): MutationView[] {
    return this.db
      .prepare<[number], OutboxRow>("SELECT * FROM outbox WHERE name = 'reassign_case' AND dismissed_at IS NULL ORDER BY seq DESC LIMIT ?")
      .all(limit)
      .map(toView);
  }

  /** An answered change by its id's index (033); a pending one among the pending rows. */
  find(id: string): MutationView | undefined {
    const row = this.db
      .prepare<{ id: string }, OutboxRow>(
        `SELECT * FROM outbox WHERE id = @id AND status <> 'pending'
         UNION ALL SELECT * FROM outbox WHERE status = 'pending' AND id = @id`,
      )
      .get({ id });
    return row && toView(row);
  }

  /** Hides a refused change from the case view; the history keeps it. */
  dismiss(id: string, at: string): boolean {
    // `status <> 'pending'` repeats what the IN says so that SQLite can use the answered id index.
    const info = this.db
      .prepare("UPDATE outbox SET dismissed_at = ? WHERE id = ? AND status <> 'pending' AND status IN ('conflict', 'rejected') AND dismissed_at IS NULL")
      .run(at, id);
    return info.changes === 1;
  }

  /**
   * How many changes wait for the server, read from the status index alone: every queued change
   * asks it, and the answered rows, which stay for the record, are not walked.
   */
  pendingCount(): number {
    return this.pendingCountStmt.get()?.n ?? 0;
  }

  counts(): OutboxCounts {
    const counts: OutboxCounts = { pending: 0, applied: 0, conflict: 0, rejected: 0 };
    const rows = this.db
      .prepare<[], { status: MutationStatus; n: number }>('SELECT status, count(*) AS n FROM outbox GROUP BY status')
      .all();
    for (const row of rows) counts[row.status] = row.n;
    return counts;
  }
}

function toView(row: OutboxRow): MutationView {
  return {
    seq: row.seq,
    id: row.id,
    name: row.name,
    args: storedArgs(row.args),
    status: row.status,
    reason: row.reason,
    message: row.message,
    attempts: row.attempts,
    createdAt: row.created_at,
    settledAt: row.settled_at,
  };
}
