// QA packs. A pack's wire shape is kept whole in `data`; its cases and reviewers are rows too, so
// the feed can ask which reviewers must see a customer (feed.ts).
import { z } from 'zod';
import { WireQaPack } from '../../../protocol/qa.ts';
import { columnValue, jsonColumn } from '../../columns.ts';
import type { QaCaseFacts, QaPacks } from '../repositories.ts';
import type { Sql } from '../sql.ts';

const Teams = z.array(z.string());

/** The facts of each case, one query: its thread's first messages and its count. */
const FACTS = `SELECT c.id AS "caseId", c.number, c.assigned_to AS agent, c.channel, c.status, c.reason, c.resolution,
    c.updated_at AS "updatedAt", u.hired_at AS "hiredAt",
    (SELECT min(sent_at) FROM messages WHERE case_id = c.id AND kind = 'customer') AS "firstCustomerAt",
    (SELECT min(sent_at) FROM messages WHERE case_id = c.id AND kind = 'reply') AS "firstReplyAt",
    (SELECT count(*) FROM messages WHERE case_id = c.id) AS messages
  FROM cases c LEFT JOIN users u ON u.username = c.assigned_to`;

type FactsRow = Omit<QaCaseFacts, 'handledBy'>;

/** Who replied on these cases, one query for them all (an author is a user's name or username). */
async function withRepliers(sql: Sql, found: FactsRow[]): Promise<QaCaseFacts[]> {
  const repliers = await sql.rows<{ caseId: string; username: string }>(`SELECT DISTINCT m.case_id AS "caseId", r.username
    FROM messages m JOIN users r ON r.name = m.author OR r.username = m.author
    WHERE m.kind = 'reply' AND m.case_id IN (SELECT value FROM ${sql.jsonEach('?')}) ORDER BY m.case_id, r.username`,
  JSON.stringify(found.map((c) => c.caseId)));
  const handledBy = new Map<string, Set<string>>();
  for (const r of repliers) handledBy.set(r.caseId, (handledBy.get(r.caseId) ?? new Set()).add(r.username));
  return found.map((c) => {
    const who = new Set(handledBy.get(c.caseId));
    if (c.agent !== null) who.add(c.agent);
    return { ...c, handledBy: [...who] };
  });
}

export const qaPacks = (sql: Sql): QaPacks => ({
  member: async (username) => {
    const r = await sql.row<{ username: string; role: string; team: string | null; supervises: string | null; hired_at: string | null }>(
      'SELECT username, role, team, supervises, hired_at FROM users WHERE username = ?', username);
    if (!r) return undefined;
    const supervises = r.supervises === null ? [] : jsonColumn(Teams, r.supervises, 'users.supervises');
    return { username: r.username, role: r.role, team: r.team, supervises, hiredAt: r.hired_at };
  },
  teams: async () => {
    const named = await sql.rows<{ team: string | null; supervises: string | null }>('SELECT team, supervises FROM users');
    const teams = new Set<string>();
    for (const r of named) {
      if (r.team !== null) teams.add(r.team);
      if (r.supervises !== null) for (const t of jsonColumn(Teams, r.supervises, 'users.supervises')) teams.add(t);
    }
    return [...teams].sort();
  },
  teamAgents: async (team) => (await sql.rows<{ username: string }>("SELECT username FROM users WHERE team = ? AND role = 'agent' ORDER BY username", team))
    .map((r) => r.username),
  resolvedCases: async (agents, from, to) => withRepliers(sql, await sql.rows<FactsRow>(
    `${FACTS} WHERE c.status = 'resolved' AND c.assigned_to IN (SELECT value FROM ${sql.jsonEach('?')})
      AND c.updated_at >= ? AND c.updated_at < ? ORDER BY c.id`, JSON.stringify(agents), from, to)),
  cases: async (caseIds) => withRepliers(sql, await sql.rows<FactsRow>(
    `${FACTS} WHERE c.id IN (SELECT value FROM ${sql.jsonEach('?')}) ORDER BY c.number`, JSON.stringify(caseIds))),
  reviewedIn: async (from, to) => (await sql.rows<{ id: string }>(
    'SELECT DISTINCT case_id AS id FROM qa_reviews WHERE created_at >= ? AND created_at < ? ORDER BY case_id', from, to)).map((r) => r.id),
  create: async ({ id, data, reviewers }) => {
    const version = await sql.nextVersion();
    await sql.run('INSERT INTO qa_packs (id, created_by, created_at, data, version) VALUES (?, ?, ?, ?, ?)',
      id, data.createdBy, data.createdAt, JSON.stringify(data), version);
    for (const c of data.cases) await sql.run('INSERT INTO qa_pack_cases (pack_id, case_id, agent, stratum) VALUES (?, ?, ?, ?)', id, c.caseId, c.agent, c.stratum);
    for (const username of new Set(reviewers)) await sql.run('INSERT INTO qa_pack_reviewers (pack_id, username) VALUES (?, ?)', id, username);
    return version;
  },
  get: async (packId) => {
    const r = await sql.row<{ data: string; version: number }>('SELECT data, version FROM qa_packs WHERE id = ?', packId);
    if (!r) return undefined;
    const reviewers = (await sql.rows<{ username: string }>('SELECT username FROM qa_pack_reviewers WHERE pack_id = ? ORDER BY username', packId))
      .map((x) => x.username);
    return { id: packId, data: jsonColumn(WireQaPack, r.data, 'qa_packs.data'), reviewers, version: columnValue(z.int(), r.version, 'qa_packs.version') };
  },
});
