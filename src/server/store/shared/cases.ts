// Cases, their messages and their events.
import type { CaseEvents, CaseFacts, Cases, Messages } from '../repositories.ts';
import { exists, ids, type Sql, write } from '../sql.ts';
import { likeMessage, openedFrom } from './likes.ts';

export const cases = (sql: Sql): Cases => ({
  facts: async (caseId) => {
    const found = await sql.row<Omit<CaseFacts, 'callAvoided' | 'peerAnswered'> & { callAvoided: number; peerAnswered: number }>(
      `SELECT id, number, status, assigned_to AS "assignedTo", channel, reason, resolution, customer_id AS "customerId",
       identity_id AS "identityId", product, call_avoided AS "callAvoided", peer_answered AS "peerAnswered" FROM cases WHERE id = ?`, caseId);
    return found && { ...found, callAvoided: found.callAvoided === 1, peerAnswered: found.peerAnswered === 1 };
  },
  classify: async (caseId, { status, reason, resolution, product, callAvoided }, at) => {
    await sql.run(`UPDATE cases SET status = ?, reason = ?, resolution = ?, product = ?, call_avoided = ?, updated_at = ?, version = ?
      WHERE id = ?`, status, reason, resolution, product, callAvoided ? 1 : 0, at, await sql.nextVersion(), caseId);
    // Resolved again, a recontact is done: its mark goes and the case gets its own priority back.
    if (status === 'resolved') await sql.run(`UPDATE cases SET recontact = NULL, priority = coalesce(priority_before_recontact, priority),
      priority_before_recontact = NULL WHERE id = ?`, caseId);
  },
  markPeerAnswered: async (caseId, answered, at) => write(sql, 'UPDATE cases SET peer_answered = ?, updated_at = ?, version = ? WHERE id = ?',
    answered ? 1 : 0, at, await sql.nextVersion(), caseId),
  markMoved: async (caseId, channel) => write(sql, 'UPDATE cases SET moved_to = ?, version = ? WHERE id = ?', channel, await sql.nextVersion(), caseId),
  answered: async (caseId, at) => write(sql, 'UPDATE cases SET waiting_since = NULL, updated_at = ?, version = ? WHERE id = ?',
    at, await sql.nextVersion(), caseId),
  isHeldBy: (customerId, username) => exists(sql, 'SELECT 1 FROM cases WHERE customer_id = ? AND assigned_to = ?', customerId, username),
  idsOfCustomer: (customerId) => ids(sql, 'SELECT id FROM cases WHERE customer_id = ?', customerId),
  idsByIdentity: (identityId) => ids(sql, 'SELECT id FROM cases WHERE identity_id = ?', identityId),
  customerOf: async (caseId) => (await sql.row<{ customer_id: string }>('SELECT customer_id FROM cases WHERE id = ?', caseId))?.customer_id,
  moveTo: async (caseId, customerId) => write(sql, 'UPDATE cases SET customer_id = ?, version = ? WHERE id = ?',
    customerId, await sql.nextVersion(), caseId),
  // Named by hand, the case no longer holds the rule that routed it.
  reassign: async (caseId, to, at) => write(sql,
    'UPDATE cases SET assigned_to = ?, routing_rule = NULL, routing_reason = NULL, updated_at = ?, version = ? WHERE id = ?', to, at, await sql.nextVersion(), caseId),
  touch: async (caseId) => write(sql, 'UPDATE cases SET version = ? WHERE id = ?', await sql.nextVersion(), caseId),
});

export const messages = (sql: Sql): Messages => ({
  exists: (messageId) => exists(sql, 'SELECT 1 FROM messages WHERE id = ?', messageId),
  addReply: async (m) => write(sql, `INSERT INTO messages (id, case_id, kind, author, text, sent_at, state, version)
    VALUES (?, ?, 'reply', ?, ?, ?, 'sent', ?)`, m.id, m.caseId, m.author, m.text, m.sentAt, await sql.nextVersion()),
  addAutoReply: async (m) => write(sql, `INSERT INTO messages (id, case_id, kind, author, text, sent_at, state, version, auto_reply_key)
    VALUES (?, ?, 'auto_reply', ?, ?, ?, 'sent', ?, ?)`, m.id, m.caseId, m.author, m.text, m.sentAt, await sql.nextVersion(), m.dedupeKey),
  customerSentAt: async (messageId, caseId) =>
    (await sql.row<{ sent_at: string }>("SELECT sent_at FROM messages WHERE id = ? AND case_id = ? AND kind = 'customer'", messageId, caseId))?.sent_at,
  noticeFacts: (messageId, caseId) => sql.row(`SELECT m.sent_at AS "sentAt", m.author, cu.name AS "customerName", c.language
    FROM messages m JOIN cases c ON c.id = m.case_id LEFT JOIN customers cu ON cu.id = c.customer_id
    WHERE m.id = ? AND m.case_id = ? AND m.kind = 'customer'`, messageId, caseId),
  decision: async (messageId) => {
    const found = await sql.row<{ type: string | null; restored: number }>('SELECT type, restored FROM message_decisions WHERE message_id = ?', messageId);
    return found && { type: found.type, restored: found.restored === 1 };
  },
  // What the change leaves out (undefined) keeps the decision's value.
  decide: async (messageId, change, by, at) => {
    await sql.run(`INSERT INTO message_decisions (message_id, type, restored, by, at) VALUES (?, ?, ?, ?, ?)
      ON CONFLICT (message_id) DO UPDATE SET type = CASE WHEN ? = 1 THEN message_decisions.type ELSE excluded.type END,
        restored = CASE WHEN ? = 1 THEN message_decisions.restored ELSE excluded.restored END, by = excluded.by, at = excluded.at`,
    messageId, change.type ?? null, change.restored === true ? 1 : 0, by, at, change.type === undefined ? 1 : 0, change.restored === undefined ? 1 : 0);
    await sql.run('UPDATE messages SET version = ? WHERE id = ?', await sql.nextVersion(), messageId);
  },
  like: (like) => likeMessage(sql, like),
  openedFrom: (messageId) => openedFrom(sql, messageId),
});

export const caseEvents = (sql: Sql): CaseEvents => ({
  record: (caseId, event, at, by) => write(sql, 'INSERT INTO case_events (case_id, kind, at, by, data) VALUES (?, ?, ?, ?, ?)',
    caseId, event.kind, at, by, JSON.stringify(event.data)),
});

/** A new open case as its first message opens it. */
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

/**
 * Opens a case as its first message does (a customer writing in, a post an agent answers).
 * Cases are numbered from 1001 up; on PostgreSQL by the sequence case_numbers (Sql.nextNumber).
 */
export async function openCase(sql: Sql, c: OpenCaseRow): Promise<{ caseId: string; number: number }> {
  const number = await sql.nextNumber('case_numbers', 'SELECT coalesce(max(number), 1000) + 1 AS n FROM cases');
  const caseId = `case-${number}`;
  await sql.run(`INSERT INTO cases (id, number, customer_id, channel, subject, status, assigned_to, priority, language,
      reason, resolution, message_type, created_at, updated_at, waiting_since, version, identity_id, routing_rule, routing_reason)
    VALUES (?, ?, ?, ?, ?, 'open', ?, 'normal', ?, NULL, NULL, NULL, ?, ?, ?, ?, ?, ?, ?)`,
  caseId, number, c.customerId, c.channel, c.text.slice(0, 80), c.assignee, c.language, c.at, c.at, c.at, await sql.nextVersion(), c.identityId,
  c.routing?.rule ?? null, c.routing?.reason ?? null);
  return { caseId, number };
}
