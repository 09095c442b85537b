// QA packs on SQLite. A pack's wire shape is kept whole in `data`; its cases and reviewers are
// rows too, so the feed can ask which reviewers must see a customer (feed.ts).
import { z } from 'zod';
import { WireQaPack } from '../../../protocol/qa.ts';
import { columnValue, jsonColumn } from '../../columns.ts';
import { nextVersion, type SandboxDb } from '../../schema.ts';
import type { QaCaseFacts, QaPacks } from '../repositories.ts';
import type { Sync } from './promised.ts';
import { row, rows, run } from './sql.ts';

const Teams = z.array(z.string());

/** The facts of each case, one query: its thread's first messages and who replied on it. */
const FACTS = `SELECT c.id AS caseId, c.number, c.assigned_to AS agent, c.channel, c.status, c.reason, c.resolution,
    c.updated_at AS updatedAt, u.hired_at AS hiredAt,
    (SELECT min(sent_at) FROM messages WHERE case_id = c.id AND kind = 'customer') AS firstCustomerAt,
    (SELECT min(sent_at) FROM messages WHERE case_id = c.id AND kind = 'reply') AS firstReplyAt,
    (SELECT count(*) FROM messages WHERE case_id = c.id) AS messages,
    (SELECT json_group_array(DISTINCT r.username) FROM messages m JOIN users r ON r.name = m.author OR r.username = m.author
      WHERE m.case_id = c.id AND m.kind = 'reply') AS repliers
  FROM cases c LEFT JOIN users u ON u.username = c.assigned_to`;

type FactsRow = Omit<QaCaseFacts, 'handledBy'> & { repliers: string };

const toFacts = (r: FactsRow): QaCaseFacts => {
  const { repliers, ...facts } = r;
  const handledBy = new Set(jsonColumn(Teams, repliers, 'messages.author'));
  if (r.agent !== null) handledBy.add(r.agent);
  return { ...facts, handledBy: [...handledBy] };
};

export const sqliteQaPacks = (db: SandboxDb): Sync<QaPacks> => ({
  member: (username) => {
    const r = row<{ username: string; role: string; team: string | null; supervises: string | null; hired_at: string | null }>(db,
      'SELECT username, role, team, supervises, hired_at FROM users WHERE username = ?', username);
    if (!r) return undefined;
    const supervises = r.supervises === null ? [] : jsonColumn(Teams, r.supervises, 'users.supervises');
    return { username: r.username, role: r.role, team: r.team, supervises, hiredAt: r.hired_at };
  },
  teams: () => {
    const named = rows<{ team: string | null; supervises: string | null }>(db, 'SELECT team, supervises FROM users');
    const teams = new Set<string>();
    for (const r of named) {
      if (r.team !== null) teams.add(r.team);
      if (r.supervises !== null) for (const t of jsonColumn(Teams, r.supervises, 'users.supervises')) teams.add(t);
    }
    return [...teams].sort();
  },
  teamAgents: (team) => rows<{ username: string }>(db, "SELECT username FROM users WHERE team = ? AND role = 'agent' ORDER BY username", team)
    .map((r) => r.username),
  resolvedCases: (agents, from, to) => rows<FactsRow>(db,
    `${FACTS} WHERE c.status = 'resolved' AND c.assigned_to IN (SELECT value FROM json_each(?))
      AND c.updated_at >= ? AND c.updated_at < ? ORDER BY c.id`, JSON.stringify(agents), from, to).map(toFacts),
  cases: (caseIds) => rows<FactsRow>(db, `${FACTS} WHERE c.id IN (SELECT value FROM json_each(?)) ORDER BY c.number`, JSON.stringify(caseIds))
    .map(toFacts),
  reviewedIn: (from, to) => rows<{ id: string }>(db,
    'SELECT DISTINCT case_id AS id FROM qa_reviews WHERE created_at >= ? AND created_at < ? ORDER BY case_id', from, to).map((r) => r.id),
  create: ({ id, data, reviewers }) => {
    const version = nextVersion(db);
    run(db, 'INSERT INTO qa_packs (id, created_by, created_at, data, version) VALUES (?, ?, ?, ?, ?)',
      id, data.createdBy, data.createdAt, JSON.stringify(data), version);
    for (const c of data.cases) run(db, 'INSERT INTO qa_pack_cases (pack_id, case_id, agent, stratum) VALUES (?, ?, ?, ?)', id, c.caseId, c.agent, c.stratum);
    for (const username of new Set(reviewers)) run(db, 'INSERT INTO qa_pack_reviewers (pack_id, username) VALUES (?, ?)', id, username);
    return version;
  },
  get: (packId) => {
    const r = row<{ data: string; version: number }>(db, 'SELECT data, version FROM qa_packs WHERE id = ?', packId);
    if (!r) return undefined;
    const reviewers = rows<{ username: string }>(db, 'SELECT username FROM qa_pack_reviewers WHERE pack_id = ? ORDER BY username', packId)
      .map((x) => x.username);
    return { id: packId, data: jsonColumn(WireQaPack, r.data, 'qa_packs.data'), reviewers, version: columnValue(z.int(), r.version, 'qa_packs.version') };
  },
});
