import type { CaseEvent, CaseEvents, CaseFacts, Cases, Messages } from '../repositories.ts';
import { nextVersion, type SandboxDb } from '../../schema.ts';
import { likeMessage, openedFrom } from './likes.ts';
import type { Sync } from './promised.ts';
import { exists, ids, row, run } from './sql.ts';

export const sqliteCases = (db: SandboxDb): Sync<Cases> => ({
  facts: (caseId) => {
    const found = row<Omit<CaseFacts, 'callAvoided' | 'peerAnswered'> & { callAvoided: number; peerAnswered: number }>(db,
      `SELECT id, number, status, assigned_to AS assignedTo, channel, reason, resolution, customer_id AS customerId,
       identity_id AS identityId, product, call_avoided AS callAvoided, peer_answered AS peerAnswered FROM cases WHERE id = ?`, caseId);
    return found && { ...found, callAvoided: found.callAvoided === 1, peerAnswered: found.peerAnswered === 1 };
  },
  // Resolved again, a recontact is done: its mark goes and the case gets its own priority back.
  classify: (caseId, { status, reason, resolution, product, callAvoided }, at) => void run(db,
    `UPDATE cases SET status = @status, reason = @reason, resolution = @resolution, product = @product, call_avoided = @callAvoided,
      updated_at = @at, version = @version,
      recontact = CASE WHEN @status = 'resolved' THEN NULL ELSE recontact END,
      priority = CASE WHEN @status = 'resolved' THEN coalesce(priority_before_recontact, priority) ELSE priority END,
      priority_before_recontact = CASE WHEN @status = 'resolved' THEN NULL ELSE priority_before_recontact END
      WHERE id = @caseId`,
    { status, reason, resolution, product, callAvoided: callAvoided ? 1 : 0, at, version: nextVersion(db), caseId }),
  markPeerAnswered: (caseId, answered, at) => void run(db, 'UPDATE cases SET peer_answered = ?, updated_at = ?, version = ? WHERE id = ?',
    answered ? 1 : 0, at, nextVersion(db), caseId),
  markMoved: (caseId, channel) => void run(db, 'UPDATE cases SET moved_to = ?, version = ? WHERE id = ?', channel, nextVersion(db), caseId),
  answered: (caseId, at) => void run(db, 'UPDATE cases SET waiting_since = NULL, updated_at = ?, version = ? WHERE id = ?', at, nextVersion(db), caseId),
  isHeldBy: (customerId, username) => exists(db, 'SELECT 1 FROM cases WHERE customer_id = ? AND assigned_to = ?', customerId, username),
  idsOfCustomer: (customerId) => ids(db, 'SELECT id FROM cases WHERE customer_id = ?', customerId),
  idsByIdentity: (identityId) => ids(db, 'SELECT id FROM cases WHERE identity_id = ?', identityId),
  customerOf: (caseId) => row<{ customer_id: string }>(db, 'SELECT customer_id FROM cases WHERE id = ?', caseId)?.customer_id,
  moveTo: (caseId, customerId) => void run(db, 'UPDATE cases SET customer_id = ?, version = ? WHERE id = ?', customerId, nextVersion(db), caseId),
  // Named by hand, the case no longer holds the rule that routed it.
  reassign: (caseId, to, at) => void run(db,
    'UPDATE cases SET assigned_to = ?, routing_rule = NULL, routing_reason = NULL, updated_at = ?, version = ? WHERE id = ?', to, at, nextVersion(db), caseId),
  touch: (caseId) => void run(db, 'UPDATE cases SET version = ? WHERE id = ?', nextVersion(db), caseId),
});

export const sqliteMessages = (db: SandboxDb): Sync<Messages> => ({
  exists: (messageId) => exists(db, 'SELECT 1 FROM messages WHERE id = ?', messageId),
  addReply: (m) => void run(db, "INSERT INTO messages (id, case_id, kind, author, text, sent_at, state, version) VALUES (?, ?, 'reply', ?, ?, ?, 'sent', ?)",
    m.id, m.caseId, m.author, m.text, m.sentAt, nextVersion(db)),
  addAutoReply: (m) => void run(db, `INSERT INTO messages (id, case_id, kind, author, text, sent_at, state, version, auto_reply_key)
    VALUES (?, ?, 'auto_reply', ?, ?, ?, 'sent', ?, ?)`, m.id, m.caseId, m.author, m.text, m.sentAt, nextVersion(db), m.dedupeKey),
  customerSentAt: (messageId, caseId) =>
    row<{ sent_at: string }>(db, "SELECT sent_at FROM messages WHERE id = ? AND case_id = ? AND kind = 'customer'", messageId, caseId)?.sent_at,
  noticeFacts: (messageId, caseId) => row(db, `SELECT m.sent_at AS sentAt, m.author, cu.name AS customerName, c.language
    FROM messages m JOIN cases c ON c.id = m.case_id LEFT JOIN customers cu ON cu.id = c.customer_id
    WHERE m.id = ? AND m.case_id = ? AND m.kind = 'customer'`, messageId, caseId),
  decision: (messageId) => {
    const found = row<{ type: string | null; restored: number }>(db, 'SELECT type, restored FROM message_decisions WHERE message_id = ?', messageId);
    return found && { type: found.type, restored: found.restored === 1 };
  },
  decide: (messageId, change, by, at) => {
    run(db, `INSERT INTO message_decisions (message_id, type, restored, by, at) VALUES (@id, @type, @restored, @by, @at)
      ON CONFLICT(message_id) DO UPDATE SET type = CASE WHEN @keepType THEN type ELSE excluded.type END,
        restored = CASE WHEN @keepRestored THEN restored ELSE excluded.restored END, by = excluded.by, at = excluded.at`, {
      id: messageId, type: change.type ?? null, restored: change.restored === true ? 1 : 0,
      keepType: change.type === undefined ? 1 : 0, keepRestored: change.restored === undefined ? 1 : 0, by, at,
    });
    run(db, 'UPDATE messages SET version = ? WHERE id = ?', nextVersion(db), messageId);
  },
  like: (like) => likeMessage(db, like),
  openedFrom: (messageId) => openedFrom(db, messageId),
});

export const sqliteCaseEvents = (db: SandboxDb): Sync<CaseEvents> => ({
  record: (caseId, event, at, by) => recordCaseEvent(db, caseId, event, at, by),
});

/** Also used by the sandbox's trainer controls, which write the same events outside the store. */
export function recordCaseEvent(db: SandboxDb, caseId: string, event: CaseEvent, at: string, by: string | null): void {
  run(db, 'INSERT INTO case_events (case_id, kind, at, by, data) VALUES (?, ?, ?, ?, ?)', caseId, event.kind, at, by, JSON.stringify(event.data));
}

/** A new open case as the first message opens it: the one INSERT of the sandbox's inbound and of a proactive case. */
export interface OpenCaseRow {
  customerId: string;
  identityId: string | null;
  channel: string;
  /** The first message, cut to the subject's length. */
  text: string;
  assignee: string | null;
  language: string;
  /** The server's clock (the sandbox's, which a trainer may move). */
  at: string;
  /** The rule that chose the agent; null when the agent was named. */
  routing: { rule: string; reason: string } | null;
}

export function insertOpenCase(db: SandboxDb, c: OpenCaseRow): { caseId: string; number: number } {
  const number = row<{ n: number }>(db, 'SELECT coalesce(max(number), 1000) + 1 AS n FROM cases')?.n ?? 1001;
  const caseId = `case-${number}`;
  run(db, `INSERT INTO cases (id, number, customer_id, channel, subject, status, assigned_to, priority, language,
      reason, resolution, message_type, created_at, updated_at, waiting_since, version, identity_id, routing_rule, routing_reason)
    VALUES (?, ?, ?, ?, ?, 'open', ?, 'normal', ?, NULL, NULL, NULL, ?, ?, ?, ?, ?, ?, ?)`,
  caseId, number, c.customerId, c.channel, c.text.slice(0, 80), c.assignee, c.language, c.at, c.at, c.at, nextVersion(db), c.identityId,
  c.routing?.rule ?? null, c.routing?.reason ?? null);
  return { caseId, number };
}
