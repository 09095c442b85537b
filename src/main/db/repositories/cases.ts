import type { CaseStatus } from '../../../shared/domain.ts';
import type { CaseSummary } from '../../../shared/models.ts';
import type { Db } from '../connection.ts';
import { versionedUpsert } from './versioned.ts';

export interface CaseRow {
  id: string;
  number: number;
  customer_id: string;
  channel: string;
  subject: string;
  status: string;
  assigned_to: string | null;
  priority: string;
  language: string;
  reason: string | null;
  resolution: string | null;
  message_type: string | null;
  created_at: string;
  updated_at: string;
  waiting_since: string | null;
  version: number;
  server_status: string;
  server_waiting_since: string | null;
}

const CASE_COLUMNS = [
  'number', 'customer_id', 'channel', 'subject', 'status', 'assigned_to', 'priority', 'language',
  'reason', 'resolution', 'message_type', 'created_at', 'updated_at', 'waiting_since',
  'server_status', 'server_waiting_since',
] as const;

const SUMMARY_SELECT = `
  SELECT c.*, cu.name AS customer_name FROM cases c
  LEFT JOIN customers cu ON cu.id = c.customer_id`;

/** The inbox order: open work first, then priority, then whoever has waited longest. */
export const INBOX_SQL = `${SUMMARY_SELECT}
  WHERE c.assigned_to = ?
  ORDER BY c.is_open DESC, c.priority_rank DESC, c.wait_key
  LIMIT ? OFFSET ?`;

export class CaseRepository {
  private readonly upsertStmt;
  private readonly inboxStmt;
  private readonly getStmt;
  private readonly byNumberStmt;
  private readonly removeStmt;
  private readonly removeThreadStmt;
  private readonly setStatusStmt;
  private readonly answeredStmt;
  private readonly revertStmt;
  private readonly countStmt;

  constructor(db: Db) {
    this.upsertStmt = versionedUpsert(db, 'cases', CASE_COLUMNS);
    this.inboxStmt = db.prepare<[string, number, number], CaseRow & { customer_name: string | null }>(INBOX_SQL);
    this.getStmt = db.prepare<[string], CaseRow>('SELECT * FROM cases WHERE id = ?');
    this.byNumberStmt = db.prepare<[number], CaseRow>('SELECT * FROM cases WHERE number = ?');
    this.removeStmt = db.prepare('DELETE FROM cases WHERE id = ?');
    // The agent's unconfirmed replies stay: a conflict must not take their text away.
    this.removeThreadStmt = db.prepare('DELETE FROM messages WHERE case_id = ? AND version > 0');
    this.setStatusStmt = db.prepare('UPDATE cases SET status = ? WHERE id = ?');
    this.answeredStmt = db.prepare('UPDATE cases SET waiting_since = NULL WHERE id = ?');
    this.revertStmt = db.prepare('UPDATE cases SET status = server_status, waiting_since = server_waiting_since WHERE id = ?');
    this.countStmt = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM cases');
  }

  upsert(row: CaseRow): void {
    this.upsertStmt.run(row);
  }

  /** A case leaving the agent's scope takes its thread with it. */
  remove(id: string): void {
    this.removeThreadStmt.run(id);
    this.removeStmt.run(id);
  }

  get(id: string): CaseRow | undefined {
    return this.getStmt.get(id);
  }

  /** Accepts the protocol's id or the case number agents quote ("#1042" or "1042"). */
  find(ref: string): CaseRow | undefined {
    const byId = this.get(ref);
    if (byId) return byId;
    const number = /^#?(\d{1,12})$/.exec(ref.trim())?.[1];
    if (number === undefined) return undefined;
    return this.byNumberStmt.get(Number(number));
  }

  inbox(agent: string, limit = 50, offset = 0): CaseSummary[] {
    return this.inboxStmt.all(agent, limit, offset).map(toSummary);
  }

  /** The optimistic effect of a status change; the server's version arrives with the next pull. */
  setStatusLocally(id: string, status: CaseStatus): void {
    this.setStatusStmt.run(status, id);
  }

  markAnsweredLocally(id: string): void {
    this.answeredStmt.run(id);
  }

  /** Undoes optimistic effects: back to what the server last said. */
  revertToServer(id: string): void {
    this.revertStmt.run(id);
  }

  count(): number {
    return this.countStmt.get()?.n ?? 0;
  }
}

function toSummary(row: CaseRow & { customer_name: string | null }): CaseSummary {
  return {
    id: row.id,
    number: row.number,
    customerId: row.customer_id,
    customerName: row.customer_name,
    channel: row.channel as CaseSummary['channel'],
    subject: row.subject,
    status: row.status as CaseSummary['status'],
    assignedTo: row.assigned_to,
    priority: row.priority as CaseSummary['priority'],
    language: row.language as CaseSummary['language'],
    reason: row.reason as CaseSummary['reason'],
    resolution: row.resolution as CaseSummary['resolution'],
    messageType: row.message_type as CaseSummary['messageType'],
    updatedAt: row.updated_at,
    waitingSince: row.waiting_since,
  };
}
