// The reports' facts: a handful of set-wise reads per report, never one per case, so a report
// over thousands of cases stays a few statements (see the bench).
import { z } from 'zod';
import { jsonColumn } from '../../columns.ts';
import type { ReportCaseRecord, Reports } from '../repositories.ts';
import type { Sql } from '../sql.ts';

const Teams = z.array(z.string());
const State = z.enum(['available', 'busy', 'away']);

/** The case's columns, each named `prefix` + its record field. */
const caseColumns = (prefix = '') => [
  ['c.id', 'id'], ['c.number', 'number'], ['c.channel', 'channel'], ['c.assigned_to', 'agent'], ['c.status', 'status'],
  ['c.reason', 'reason'], ['c.resolution', 'resolution'], ['c.product', 'product'], ['c.message_type', 'messageType'],
  ['c.created_at', 'createdAt'], ['c.updated_at', 'updatedAt'], ['c.peer_answered', 'peerAnswered'], ['c.call_avoided', 'callAvoided'],
  ['(SELECT handle FROM identities WHERE id = c.identity_id)', 'handle'],
].map(([column, field]) => `${column} AS "${prefix}${field}"`).join(', ');

const CASE_COLUMNS = caseColumns();
const PREFIXED_CASE = caseColumns('c_');

type CaseRow = Omit<ReportCaseRecord, 'peerAnswered' | 'callAvoided'> & { peerAnswered: number; callAvoided: number };

const toCase = (r: CaseRow): ReportCaseRecord => ({ ...r, peerAnswered: r.peerAnswered === 1, callAvoided: r.callAvoided === 1 });

/** A row whose columns carry a `c_` prefix: the case joined to a survey or a review. */
const caseOf = (r: Record<string, unknown>): ReportCaseRecord => toCase(Object.fromEntries(
  Object.entries(r).flatMap(([k, v]) => (k.startsWith('c_') ? [[k.slice(2), v]] : [])),
) as CaseRow);

const ids = (list: readonly string[]) => JSON.stringify(list);

/**
 * Every message of these cases (a JSON list), each case's thread in order. A text is read only
 * where no verdict was stored: the noise filter would need it. The survey answers are one set,
 * read once (not a lookup per message).
 */
export const reportMessagesSql = (sql: Sql) => `SELECT m.case_id AS "caseId", m.kind,
    CASE WHEN m.kind = 'customer' AND m.noise IS NULL THEN m.text END AS text,
    m.sent_at AS "sentAt", m.noise, CASE WHEN m.promo IS NOT NULL THEN 1 ELSE 0 END AS promo, coalesce(d.restored, 0) AS restored,
    CASE WHEN m.id IN (SELECT answer_message_id FROM csat_surveys WHERE answer_message_id IS NOT NULL) THEN 1 ELSE 0 END AS "csatAnswer"
  FROM messages m LEFT JOIN message_decisions d ON d.message_id = m.id
  WHERE m.case_id IN (SELECT value FROM ${sql.jsonEach('?')}) ORDER BY m.case_id, m.sent_at, ${sql.writtenOrder('m')}`;

export const reports = (sql: Sql): Reports => ({
  members: async () => (await sql.rows<{ username: string; role: string; team: string | null; supervises: string }>(
    'SELECT username, role, team, supervises FROM users ORDER BY username'))
    .map((r) => ({ ...r, supervises: jsonColumn(Teams, r.supervises, 'users.supervises') })),
  cases: async (agents, from, to) => (await sql.rows<CaseRow>(
    `SELECT ${CASE_COLUMNS} FROM cases c
      WHERE c.assigned_to IN (SELECT value FROM ${sql.jsonEach('?')}) AND (
        (c.created_at >= ? AND c.created_at < ?)
        OR c.id IN (SELECT case_id FROM case_events WHERE kind = 'status' AND at >= ? AND at < ? AND ${sql.jsonText('data', 'to')} = 'resolved')
        OR (c.status = 'resolved' AND c.updated_at >= ? AND c.updated_at < ?
            AND NOT EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = c.id AND e.kind = 'status')))
      ORDER BY c.number`, ids(agents), from, to, from, to, from, to)).map(toCase),
  messages: async (caseIds) => (await sql.rows<{
    caseId: string; kind: string; text: string | null; sentAt: string; promo: number; restored: number; noise: string | null; csatAnswer: number;
  }>(reportMessagesSql(sql), ids(caseIds)))
    .map((r) => ({ ...r, promo: r.promo === 1, restored: r.restored === 1, csatAnswer: r.csatAnswer === 1 })),
  statusChanges: (caseIds) => sql.rows<{ caseId: string; from: string; to: string; at: string }>(
    `SELECT case_id AS "caseId", ${sql.jsonText('data', 'from')} AS "from", ${sql.jsonText('data', 'to')} AS "to", at FROM case_events
      WHERE kind = 'status' AND case_id IN (SELECT value FROM ${sql.jsonEach('?')}) ORDER BY case_id, id`, ids(caseIds)),
  blocks: () => sql.rows('SELECT channel, handle, blocked_at AS "blockedAt", unblocked_at AS "unblockedAt" FROM blocked_senders'),
  surveysOf: async (caseIds) => (await sql.rows<{ caseId: string; sentAt: string; answeredAt: string | null; score: number | null; negative: number | null }>(
    `SELECT case_id AS "caseId", sent_at AS "sentAt", answered_at AS "answeredAt", score, negative FROM csat_surveys
      WHERE case_id IN (SELECT value FROM ${sql.jsonEach('?')})`, ids(caseIds)))
    .map((r) => ({ ...r, negative: r.negative === 1 })),
  surveys: async (agents, from, to) => (await sql.rows<Record<string, unknown> & {
    caseId: string; sentAt: string; answeredAt: string | null; score: number | null; negative: number | null;
  }>(
    `SELECT s.case_id AS "caseId", s.sent_at AS "sentAt", s.answered_at AS "answeredAt", s.score, s.negative, ${PREFIXED_CASE}
      FROM csat_surveys s JOIN cases c ON c.id = s.case_id
      WHERE s.sent_at >= ? AND s.sent_at < ? AND c.assigned_to IN (SELECT value FROM ${sql.jsonEach('?')})
      ORDER BY s.sent_at, s.case_id`, from, to, ids(agents)))
    .map((r) => ({ caseId: r.caseId, sentAt: r.sentAt, answeredAt: r.answeredAt, score: r.score, negative: r.negative === 1, case: caseOf(r) })),
  reviews: async (agents, from, to) => (await sql.rows<Record<string, unknown> & { caseId: string; createdAt: string; data: string }>(
    `SELECT q.case_id AS "caseId", q.created_at AS "createdAt", q.data, ${PREFIXED_CASE}
      FROM qa_reviews q JOIN cases c ON c.id = q.case_id
      WHERE q.created_at >= ? AND q.created_at < ? AND c.assigned_to IN (SELECT value FROM ${sql.jsonEach('?')})
      ORDER BY q.created_at, q.id`, from, to, ids(agents)))
    .map((r) => ({ caseId: r.caseId, createdAt: r.createdAt, data: r.data, case: caseOf(r) })),
  // By the agent who derived it, whoever holds the case now.
  derivations: async (agents, from, to) => (await sql.rows<Record<string, unknown> & { byAgent: string; reason: string | null; createdAt: string }>(
    `SELECT d.by_agent AS "byAgent", d.reason, d.created_at AS "createdAt", ${PREFIXED_CASE}
      FROM derivations d JOIN cases c ON c.id = d.case_id
      WHERE d.created_at >= ? AND d.created_at < ? AND d.by_agent IN (SELECT value FROM ${sql.jsonEach('?')}) ORDER BY d.created_at, d.seq`,
    from, to, ids(agents)))
    .map((r) => ({ byAgent: r.byAgent, reason: r.reason, createdAt: r.createdAt, case: caseOf(r) })),
  // By the agent who liked, whoever holds the case now; a post's channel is in its wire data.
  likes: async (agents, from, to) => [
    ...(await sql.rows<{ username: string; at: string; channel: string }>(
      `SELECT r.username, r.at, coalesce(${sql.jsonText('p.data', 'channel')}, 'none') AS channel
        FROM reactions r LEFT JOIN listening_posts p ON p.id = r.post_id
        WHERE r.at >= ? AND r.at < ? AND r.username IN (SELECT value FROM ${sql.jsonEach('?')})`, from, to, ids(agents)))
      .map((r) => ({ ...r, case: null })),
    ...(await sql.rows<Record<string, unknown> & { username: string; at: string }>(
      `SELECT r.username, r.at, ${PREFIXED_CASE} FROM message_reactions r JOIN cases c ON c.id = r.case_id
        WHERE r.at >= ? AND r.at < ? AND r.username IN (SELECT value FROM ${sql.jsonEach('?')})`, from, to, ids(agents)))
      .map((r) => { const found = caseOf(r); return { username: r.username, at: r.at, channel: found.channel, case: found }; }),
  ].sort((a, b) => a.at.localeCompare(b.at)),
  presence: async (agents, from, to) => {
    const found = await sql.rows<{ username: string; state: string; at: string }>(
      `SELECT p.username, p.state, p.at FROM presence p
        WHERE p.username IN (SELECT value FROM ${sql.jsonEach('?')}) AND p.at < ?
          AND p.at >= coalesce((SELECT max(at) FROM presence b WHERE b.username = p.username AND b.at <= ?), '')
        ORDER BY p.username, p.at, p.id`, ids(agents), to, from);
    const contacts = await sql.rows<{ username: string; at: string }>(
      `SELECT username, at FROM last_contact WHERE username IN (SELECT value FROM ${sql.jsonEach('?')})`, ids(agents));
    return {
      rows: found.map((r) => ({ username: r.username, state: State.parse(r.state), at: r.at })),
      lastContact: Object.fromEntries(contacts.map((c) => [c.username, c.at])),
    };
  },
  setting: async (settingId) => {
    const found = await sql.row<{ value: string }>('SELECT value FROM settings WHERE id = ?', settingId);
    return found === undefined ? undefined : JSON.parse(found.value) as unknown;
  },
});
