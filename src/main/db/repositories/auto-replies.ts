// What the out-of-hours engine reads and writes in the cache: the customer messages of the
// agent's own cases it has not decided yet, with their triage; what else it needs to know of
// their cases; and its decisions, one per message, kept to say later why one got no auto-reply.
import type { Db } from '../connection.ts';

/** A customer message not decided yet, with what the rules need of it and of its case. */
export interface UndecidedMessage {
  id: string;
  case_id: string;
  sent_at: string;
  author: string;
  channel: string;
  /** The case's language: the conversation's. */
  language: string;
  customer_name: string | null;
  /** The agent's type for it, else the computed one; null when not triaged. */
  type: string | null;
  /** 1 when the noise filter holds it (noise not restored). */
  noise: number;
  /** The company's promotional post it answers: a campaign reply. */
  promo: string | null;
  /** 1 when it answered the satisfaction survey. */
  csat_answer: number;
}

export interface AutoReplyDecisionRow {
  message_id: string;
  case_id: string;
  decision: 'send' | 'skip';
  reason: string | null;
  dedupe_key: string | null;
  decided_at: string;
}

const UNDECIDED = `
  SELECT m.id, m.case_id, m.sent_at, m.author, m.promo, m.csat_answer, c.channel, c.language, cu.name AS customer_name,
         coalesce(t.type_override, t.type) AS type, coalesce(t.noise IS NOT NULL AND t.restored = 0, 0) AS noise
  FROM cases c
  JOIN messages m ON m.case_id = c.id AND m.kind = 'customer'
  LEFT JOIN customers cu ON cu.id = c.customer_id
  LEFT JOIN message_triage t ON t.message_id = m.id
  WHERE c.assigned_to = @agent AND NOT EXISTS (SELECT 1 FROM auto_reply_decisions d WHERE d.message_id = m.id)`;

/** Run for each case a pulled page touched. */
export const UNDECIDED_IN_CASE_SQL = `${UNDECIDED} AND c.id = @caseId ORDER BY m.sent_at, m.rowid`;

export class AutoReplyRepository {
  private readonly undecidedStmt;
  private readonly undecidedInCaseStmt;
  private readonly answeredStmt;
  private readonly lastReplyStmt;
  private readonly recordStmt;
  private readonly recordStaleStmt;
  private readonly decisionStmt;
  private readonly tallyStmt;
  private readonly deliveredStmt;
  private readonly deliveredOnStmt;

  constructor(db: Db) {
    this.undecidedStmt = db.prepare<{ agent: string }, UndecidedMessage>(`${UNDECIDED} ORDER BY c.id, m.sent_at, m.rowid`);
    this.undecidedInCaseStmt = db.prepare<{ agent: string; caseId: string }, UndecidedMessage>(UNDECIDED_IN_CASE_SQL);
    // A window is answered by an auto-reply in the thread (this console's, queued, or another's),
    // or by one this console decided to send (its copy may be gone: another console's went first).
    this.answeredStmt = db.prepare<{ caseId: string }, string>(
      `SELECT auto_reply_key FROM messages WHERE case_id = @caseId AND auto_reply_key IS NOT NULL
       UNION SELECT dedupe_key FROM auto_reply_decisions WHERE case_id = @caseId AND decision = 'send'`,
    ).pluck();
    // The agent's reply still queued here is being written now, whatever this laptop's clock says.
    this.lastReplyStmt = db.prepare<{ caseId: string; now: string }, string | null>(
      `SELECT max(CASE WHEN version = 0 THEN @now ELSE sent_at END) FROM messages
       WHERE case_id = @caseId AND kind = 'reply' AND (version > 0 OR state = 'queued')`,
    ).pluck();
    this.recordStmt = db.prepare(
      `INSERT OR IGNORE INTO auto_reply_decisions (message_id, case_id, decision, reason, dedupe_key, decided_at)
       VALUES (@message_id, @case_id, @decision, @reason, @dedupe_key, @decided_at)`,
    );
    this.recordStaleStmt = db.prepare<{ agent: string; before: string; at: string }>(
      `INSERT OR IGNORE INTO auto_reply_decisions (message_id, case_id, decision, reason, dedupe_key, decided_at)
       SELECT id, case_id, 'skip', 'stale', NULL, @at FROM (${UNDECIDED} AND julianday(m.sent_at) < julianday(@before))`,
    );
    this.decisionStmt = db.prepare<[string], AutoReplyDecisionRow>('SELECT * FROM auto_reply_decisions WHERE message_id = ?');
    this.tallyStmt = db.prepare<[], { decision: 'send' | 'skip'; reason: string | null; n: number }>(
      'SELECT decision, reason, count(*) AS n FROM auto_reply_decisions GROUP BY decision, reason ORDER BY decision, reason',
    );
    this.deliveredStmt = db.prepare<[], number>("SELECT count(*) FROM messages WHERE kind = 'auto_reply' AND version > 0").pluck();
    this.deliveredOnStmt = db.prepare<[string], number>(
      "SELECT count(*) FROM messages WHERE case_id = ? AND kind = 'auto_reply' AND version > 0",
    ).pluck();
  }

  /** The agent's own cases' customer messages not decided yet, by case then time; one case, or all. */
  undecided(agent: string, caseId?: string): UndecidedMessage[] {
    return caseId === undefined ? this.undecidedStmt.all({ agent }) : this.undecidedInCaseStmt.all({ agent, caseId });
  }

  /** The dedupe keys of the case's closed windows that have their auto-reply. */
  answeredWindows(caseId: string): Set<string> {
    return new Set(this.answeredStmt.all({ caseId }));
  }

  /** When an agent last replied on the case (`now` for a reply still queued here); null if never. */
  lastAgentReplyAt(caseId: string, now: string): string | null {
    return this.lastReplyStmt.get({ caseId, now }) ?? null;
  }

  record(row: AutoReplyDecisionRow): void {
    this.recordStmt.run(row);
  }

  /** Decides at once, as stale, the agent's undecided messages sent before `before`. Returns how many. */
  recordStale(agent: string, before: string, at: string): number {
    return this.recordStaleStmt.run({ agent, before, at }).changes;
  }

  decision(messageId: string): AutoReplyDecisionRow | undefined {
    return this.decisionStmt.get(messageId);
  }

  /** How many messages were decided each way, and why not. */
  tally(): { decision: 'send' | 'skip'; reason: string | null; n: number }[] {
    return this.tallyStmt.all();
  }

  /**
   * The auto-replies the server delivered (the "auto-replied" metric), whichever console sent
   * them: on one case, or on every case in the cache.
   */
  delivered(caseId?: string): number {
    return (caseId === undefined ? this.deliveredStmt.get() : this.deliveredOnStmt.get(caseId)) ?? 0;
  }
}
