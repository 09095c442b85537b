// Presence, last contacts and what the team view reads.
import { z } from 'zod';
import { PresenceState } from '../../../shared/presence.ts';
import { RECENT_MESSAGES } from '../../../shared/triage/case-priority.ts';
import { jsonColumn } from '../../columns.ts';
import type { OpenCaseFacts, Team, TeamMemberFacts } from '../repositories.ts';
import type { Sql } from '../sql.ts';

const teamNames = z.array(z.string());
const json = (values: readonly string[]): string => JSON.stringify(values);

export const team = (sql: Sql): Team => ({
  recordPresence: async (username, state, at) => {
    await sql.run('INSERT INTO presence (username, state, at) VALUES (?, ?, ?)', username, state, at);
    await touch(sql, username, at);
  },
  touch: async (username, at, quietSince) => {
    if (quietSince !== undefined) await resume(sql, username, quietSince, at);
    await touch(sql, username, at);
  },
  lastContact: async (username) => (await sql.row<{ at: string }>('SELECT at FROM last_contact WHERE username = ?', username))?.at ?? null,
  supervised: async (username) => {
    const found = await sql.row<{ supervises: string }>("SELECT supervises FROM users WHERE username = ? AND role = 'supervisor'", username);
    return found ? jsonColumn(teamNames, found.supervises, 'users.supervises') : [];
  },
  members: async (teams) => (await sql.rows<{ username: string; name: string; team: string; disabled: number; state: string | null; at: string | null; lastContact: string | null }>(`
    SELECT u.username, u.name, u.team, u.disabled, p.state, p.at, lc.at AS "lastContact"
    FROM users u
    LEFT JOIN presence p ON p.id = (SELECT id FROM presence WHERE username = u.username ORDER BY at DESC, id DESC LIMIT 1)
    LEFT JOIN last_contact lc ON lc.username = u.username
    WHERE u.role = 'agent' AND u.team IN (SELECT value FROM ${sql.jsonEach('?')})
    ORDER BY u.team, u.name, u.username`, json(teams)))
    .map((r): TeamMemberFacts => ({
      username: r.username, name: r.name, team: r.team, disabled: r.disabled === 1, lastContact: r.lastContact,
      presence: r.state === null || r.at === null ? null : { state: PresenceState.parse(r.state), at: r.at },
    })),
  openCases: async (agents, limit) => {
    const found = await sql.rows<Omit<OpenCaseFacts, 'customer' | 'texts'> & { segment: string | null; followers: number | null; publicFigure: number | null }>(`
      SELECT c.id AS "caseId", c.number, c.channel, c.assigned_to AS agent, c.waiting_since AS "waitingSince", c.status, c.reason, c.recontact,
        cu.segment, cu.followers, cu.public_figure AS "publicFigure"
      FROM cases c LEFT JOIN customers cu ON cu.id = c.customer_id
      WHERE c.status <> 'resolved' AND (c.assigned_to IS NULL OR c.assigned_to IN (SELECT value FROM ${sql.jsonEach('?')}))
      ORDER BY c.waiting_since IS NULL, c.waiting_since, c.created_at, c.number LIMIT ?`, json(agents), limit);
    const texts = new Map<string, string[]>();
    // Each case's latest customer messages; a tie on sent_at goes by the order they were written.
    for (const m of await sql.rows<{ caseId: string; text: string }>(`
      SELECT "caseId", text FROM (
        SELECT m.case_id AS "caseId", m.text, m.sent_at, ${sql.writtenOrder('m')} AS written_order,
          row_number() OVER (PARTITION BY m.case_id ORDER BY m.sent_at DESC, ${sql.writtenOrder('m')} DESC) AS latest
        FROM messages m WHERE m.kind = 'customer' AND m.case_id IN (SELECT value FROM ${sql.jsonEach('?')})) recent
      WHERE latest <= ? ORDER BY "caseId", sent_at, written_order`, json(found.map((c) => c.caseId)), RECENT_MESSAGES)) {
      texts.set(m.caseId, [...(texts.get(m.caseId) ?? []), m.text]);
    }
    return found.map(({ segment, followers, publicFigure, ...c }): OpenCaseFacts => ({
      ...c,
      customer: segment === null ? undefined : { segment, followers: followers ?? 0, publicFigure: publicFigure === 1 },
      texts: texts.get(c.caseId) ?? [],
    }));
  },
  load: (agents) => sql.rows(`
    SELECT assigned_to AS agent, channel, waiting_since AS "waitingSince" FROM cases
    WHERE status <> 'resolved' AND assigned_to IN (SELECT value FROM ${sql.jsonEach('?')})`, json(agents)),
});

// A console back after a quiet spell: that spell was away (the rule presenceIntervals applies to
// the current one), and the user's last choice holds again from now. Rows are kept, so a past
// spell stays away in every later report. The latest row is always the user's own choice: both
// rows go in one statement, so there is never an away without the choice after it.
async function resume(sql: Sql, username: string, quietSince: string, at: string): Promise<void> {
  await sql.run(`INSERT INTO presence (username, state, at)
    SELECT ?, CASE WHEN spell.n = 1 THEN 'away' ELSE chosen.state END, CASE WHEN spell.n = 1 THEN ? ELSE ? END
    FROM (SELECT state FROM presence WHERE username = ? AND at <= ? ORDER BY at DESC, id DESC LIMIT 1) chosen
      CROSS JOIN (SELECT 1 AS n UNION ALL SELECT 2) spell
    WHERE chosen.state <> 'away' ORDER BY spell.n`, username, quietSince, at, username, quietSince);
}

async function touch(sql: Sql, username: string, at: string): Promise<void> {
  await sql.run('INSERT INTO last_contact (username, at) VALUES (?, ?) ON CONFLICT (username) DO UPDATE SET at = excluded.at', username, at);
}
