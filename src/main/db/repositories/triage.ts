// What triage computed (message types, noise, case priority) and what the agent decided on a
// message (a type chosen by hand, a message restored from the noise filter). Recomputing writes
// only the computed columns, so the agent's decisions survive it; they are synced changes, and
// follow the server's decision (messages.decision_*) with this console's pending ones on top.
import type { MessageType } from '../../../shared/domain.ts';
import type { FilteredMessage, MessageTriage } from '../../../shared/models.ts';
import type { NoiseKind } from '../../../shared/triage/noise.ts';
import type { Db } from '../connection.ts';
import { fromJson } from './columns.ts';
import { TriageReasons } from './reasons.ts';

/** One message of a thread as triage reads it, with what was computed for it before. */
export interface TriageThreadRow {
  id: string;
  kind: string;
  text: string;
  version: number;
  /** The promotional post it answers, if any. */
  promo: string | null;
  /** The message version last classified; null when never classified. */
  classified_version: number | null;
  noise: string | null;
  restored: number | null;
  /** 1 when it answered the satisfaction survey: never noise. */
  csat_answer?: number;
  /** The server's decision on the message (a type chosen, restored): where a first judgement starts from. */
  decision_type?: string | null;
  decision_restored?: number;
}

export interface MessageJudgement {
  message_id: string;
  case_id: string;
  message_version: number;
  type: MessageType;
  reasons: string;
  noise: NoiseKind | null;
  /** What a message judged for the first time starts from: the decision the server sent with it. */
  type_override: string | null;
  restored: number;
}

export interface CaseJudgement {
  case_id: string;
  priority: string;
  rank: number;
  score: number;
  reasons: string;
  filtered: number;
  filtered_count: number;
  recheck_at: string | null;
}

/** What a decision on a message needs to know: its case, whether the filter holds it, the type chosen. */
export interface DecisionTarget {
  caseId: string;
  noise: boolean;
  restored: boolean;
  typeOverride: string | null;
}

export interface MessageTriageRow {
  message_id: string;
  type: string;
  reasons: string;
  noise: string | null;
  type_override: string | null;
  restored: number;
  decision_by: string | null;
  decision_by_name: string | null;
  /** 1 when the decider is the agent this cache belongs to. */
  decision_by_you: number;
}

export class TriageRepository {
  private readonly threadStmt;
  private readonly judgeMessageStmt;
  private readonly saveCaseStmt;
  private readonly rankCaseStmt;
  private readonly forgetCaseStmt;
  private readonly forgetMessagesStmt;
  private readonly forgetMessageStmt;
  private readonly dueStmt;
  private readonly allCasesStmt;
  private readonly anyJudgedStmt;
  private readonly caseOfMessageStmt;
  private readonly casesOfCustomerStmt;
  private readonly customerOfIdentityStmt;
  private readonly overrideStmt;
  private readonly restoreStmt;
  private readonly followServerStmt;
  private readonly keepJudgementStmt;
  private readonly decisionStmt;
  private readonly filteredStmt;
  private readonly customerStmt;

  constructor(db: Db) {
    this.threadStmt = db.prepare<[string], TriageThreadRow>(
      `SELECT m.id, m.kind, m.text, m.version, m.promo, m.csat_answer, m.decision_type, m.decision_restored,
         t.message_version AS classified_version, t.noise, t.restored
       FROM messages m LEFT JOIN message_triage t ON t.message_id = m.id
       WHERE m.case_id = ? ORDER BY m.sent_at, m.rowid`,
    );
    // A message judged for the first time starts from the decision the server sent with it (read
    // with its thread); one judged before keeps the decision it has.
    this.judgeMessageStmt = db.prepare(
      `INSERT INTO message_triage (message_id, case_id, message_version, type, reasons, noise, type_override, restored)
       VALUES (@message_id, @case_id, @message_version, @type, @reasons, @noise, @type_override, @restored)
       ON CONFLICT(message_id) DO UPDATE SET case_id = excluded.case_id, message_version = excluded.message_version,
         type = excluded.type, reasons = excluded.reasons, noise = excluded.noise`,
    );
    // Updated in place: a replace deletes and inserts, writing the row's pages and its indexes'
    // twice, inside the commit that queues an agent's reply.
    this.saveCaseStmt = db.prepare(
      `INSERT INTO case_triage (case_id, priority, score, reasons, filtered, filtered_count, recheck_at)
       VALUES (@case_id, @priority, @score, @reasons, @filtered, @filtered_count, @recheck_at)
       ON CONFLICT(case_id) DO UPDATE SET priority = excluded.priority, score = excluded.score, reasons = excluded.reasons,
         filtered = excluded.filtered, filtered_count = excluded.filtered_count, recheck_at = excluded.recheck_at`,
    );
    this.rankCaseStmt = db.prepare('UPDATE cases SET triage_rank = @rank, triage_filtered = @filtered WHERE id = @case_id');
    this.forgetCaseStmt = db.prepare('DELETE FROM case_triage WHERE case_id = ?');
    this.forgetMessagesStmt = db.prepare('DELETE FROM message_triage WHERE case_id = ?');
    this.forgetMessageStmt = db.prepare('DELETE FROM message_triage WHERE message_id = ?');
    this.dueStmt = db.prepare<[string], { case_id: string }>('SELECT case_id FROM case_triage WHERE recheck_at <= ?');
    this.anyJudgedStmt = db.prepare<[], number>('SELECT EXISTS (SELECT 1 FROM message_triage)').pluck();
    this.allCasesStmt = db.prepare<[], { id: string }>('SELECT id FROM cases');
    this.caseOfMessageStmt = db.prepare<[string], { case_id: string }>('SELECT case_id FROM messages WHERE id = ?');
    this.casesOfCustomerStmt = db.prepare<[string], { id: string }>('SELECT id FROM cases WHERE customer_id = ?');
    this.customerOfIdentityStmt = db.prepare<[string], string>('SELECT customer_id FROM customer_identities WHERE id = ?').pluck();
    this.overrideStmt = db.prepare<[string | null, string], { case_id: string }>(
      'UPDATE message_triage SET type_override = ? WHERE message_id = ? RETURNING case_id',
    );
    this.restoreStmt = db.prepare<[string], { case_id: string }>(
      'UPDATE message_triage SET restored = 1 WHERE message_id = ? AND noise IS NOT NULL RETURNING case_id',
    );
    this.followServerStmt = db.prepare<{ id: string }, { case_id: string }>(
      `UPDATE message_triage SET type_override = (SELECT decision_type FROM messages WHERE id = @id),
         restored = coalesce((SELECT decision_restored FROM messages WHERE id = @id), 0)
       WHERE message_id = @id RETURNING case_id`,
    );
    this.keepJudgementStmt = db.prepare('UPDATE message_triage SET message_version = @to WHERE message_id = @id AND message_version = @from');
    this.decisionStmt = db.prepare<[string], Omit<DecisionTarget, 'noise' | 'restored'> & { noise: number; restored: number }>(
      `SELECT t.case_id AS caseId, t.noise IS NOT NULL AS noise, t.restored = 1 AS restored, t.type_override AS typeOverride
       FROM message_triage t JOIN messages m ON m.id = t.message_id AND m.kind = 'customer' WHERE t.message_id = ?`,
    );
    // The noise after the last answer of each filtered case: what keeps the case out of the queue
    // (an auto-reply is no answer).
    this.filteredStmt = db.prepare<[string], FilteredMessage & { case_id: string }>(
      `SELECT m.case_id, m.id, m.author, m.text, m.sent_at AS sentAt, t.noise
       FROM cases c
       JOIN messages m ON m.case_id = c.id AND m.kind = 'customer'
       JOIN message_triage t ON t.message_id = m.id AND t.noise IS NOT NULL AND t.restored = 0
       WHERE c.assigned_to = ? AND c.triage_filtered = 1
         AND m.sent_at >= coalesce((SELECT max(a.sent_at) FROM messages a WHERE a.case_id = c.id AND a.kind = 'reply'), '')
       ORDER BY m.sent_at, m.rowid`,
    );
    this.customerStmt = db.prepare<[string], { segment: string; followers: number; public_figure: number }>(
      'SELECT segment, followers, public_figure FROM customers WHERE id = ?',
    );
  }

  /** What priority reads of a customer. */
  customer(id: string): { segment: string; followers: number; public_figure: number } | undefined {
    return this.customerStmt.get(id);
  }

  thread(caseId: string): TriageThreadRow[] {
    return this.threadStmt.all(caseId);
  }

  judgeMessage(row: MessageJudgement): void {
    this.judgeMessageStmt.run(row);
  }

  saveCase(row: CaseJudgement): void {
    const { rank, ...explained } = row;
    this.saveCaseStmt.run(explained);
    this.rankCaseStmt.run({ case_id: row.case_id, rank, filtered: row.filtered });
  }

  /** The case left this cache: its triage goes with it. */
  forgetCase(caseId: string): void {
    this.forgetCaseStmt.run(caseId);
    this.forgetMessagesStmt.run(caseId);
  }

  /** Only the case's computed rank (e.g. the case is not in the cache right now). */
  dropCaseRank(caseId: string): void {
    this.forgetCaseStmt.run(caseId);
  }

  forgetMessage(messageId: string): void {
    this.forgetMessageStmt.run(messageId);
  }

  /** Cases whose wait crosses a service-level step at or before `serverNow`. */
  due(serverNow: string): string[] {
    return this.dueStmt.all(serverNow).map((r) => r.case_id);
  }

  /** Whether any message has a judgement (or a decision of the agent's) here. */
  anyJudged(): boolean {
    return this.anyJudgedStmt.get() === 1;
  }

  allCases(): string[] {
    return this.allCasesStmt.all().map((r) => r.id);
  }

  caseOfMessage(messageId: string): string | null {
    return this.caseOfMessageStmt.get(messageId)?.case_id ?? null;
  }

  /** The customer an identity belongs to; null when the cache does not hold it. */
  customerOfIdentity(identityId: string): string | null {
    return this.customerOfIdentityStmt.get(identityId) ?? null;
  }

  casesOfCustomer(customerId: string): string[] {
    return this.casesOfCustomerStmt.all(customerId).map((r) => r.id);
  }

  /** A customer message the console has classified, and what is decided about it now; undefined otherwise. */
  decisionTarget(messageId: string): DecisionTarget | undefined {
    const found = this.decisionStmt.get(messageId);
    return found && { ...found, noise: found.noise === 1, restored: found.restored === 1 };
  }

  /** The message's decision back to the server's (pulled, or a refused change undone); its case, or null if untriaged. */
  followServer(messageId: string): string | null {
    return this.followServerStmt.get({ id: messageId })?.case_id ?? null;
  }

  /**
   * A new version of a message with the same words (a decision on it, say) keeps its judgement:
   * noise is judged once, as the message arrives, not again when the case has moved on.
   */
  keepJudgement(messageId: string, from: number, to: number): void {
    this.keepJudgementStmt.run({ id: messageId, from, to });
  }

  /** The agent's type for a message (null: back to the computed one); the message's case, or null if untriaged. */
  override(messageId: string, type: MessageType | null): string | null {
    return this.overrideStmt.get(type, messageId)?.case_id ?? null;
  }

  /** Takes a noise message out of the filter; the message's case, or null if it was not noise. */
  restore(messageId: string): string | null {
    return this.restoreStmt.get(messageId)?.case_id ?? null;
  }

  /** The agent's filtered cases' waiting noise, by case id. */
  filteredMessages(agent: string): Map<string, FilteredMessage[]> {
    const byCase = new Map<string, FilteredMessage[]>();
    for (const { case_id, ...message } of this.filteredStmt.all(agent)) {
      const list = byCase.get(case_id) ?? [];
      list.push(message);
      byCase.set(case_id, list);
    }
    return byCase;
  }
}

/** `pending`: a type or restore of this console on the message waits to be sent. */
export function toMessageTriage(row: MessageTriageRow, pending = false): MessageTriage {
  const noise = row.noise as NoiseKind | null;
  const restored = row.restored === 1;
  return {
    type: (row.type_override ?? row.type) as MessageType,
    computedType: row.type as MessageType,
    overridden: row.type_override !== null,
    reasons: fromJson(TriageReasons, row.reasons, 'message_triage.reasons'),
    noise,
    restored,
    filtered: noise !== null && !restored,
    pending,
    decidedBy: row.decision_by === null ? null : { username: row.decision_by, name: row.decision_by_name, you: row.decision_by_you === 1 },
  };
}
