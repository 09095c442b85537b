import type { OpenCaseFacts, Team, TeamMemberFacts } from '../repositories.ts';
import type { SandboxDb } from '../../schema.ts';
import { jsonColumn } from '../../columns.ts';
import type { Sync } from './promised.ts';
import { row, rows, run } from './sql.ts';
import { z } from 'zod';
import { PresenceState } from '../../../shared/presence.ts';
import { RECENT_MESSAGES } from '../../../shared/triage/case-priority.ts';

const teamNames = z.array(z.string());
const json = (values: readonly string[]): string => JSON.stringify(values);

export const sqliteTeam = (db: SandboxDb): Sync<Team> => ({
  recordPresence: (username, state, at) => {
    run(db, 'INSERT INTO presence (username, state, at) VALUES (?, ?, ?)', username, state, at);
    touch(db, username, at);
  },
  touch: (username, at, quietSince) => db.transaction(() => {
    if (quietSince !== undefined) resume(db, username, quietSince, at);
    touch(db, username, at);
  })(),
  lastContact: (username) => row<{ at: string }>(db, 'SELECT at FROM last_contact WHERE username = ?', username)?.at ?? null,
  supervised: (username) => {
    const found = row<{ supervises: string }>(db, "SELECT supervises FROM users WHERE username = ? AND role = 'supervisor'", username);
    return found ? jsonColumn(teamNames, found.supervises, 'users.supervises') : [];
  },
  members: (teams) => rows<{ username: string; name: string; team: string; state: string | null; at: string | null; lastContact: string | null }>(db, `
    SELECT u.username, u.name, u.team, p.state, p.at, lc.at AS lastContact
    FROM users u
    LEFT JOIN presence p ON p.id = (SELECT id FROM presence WHERE username = u.username ORDER BY at DESC, id DESC LIMIT 1)
    LEFT JOIN last_contact lc ON lc.username = u.username
    WHERE u.role = 'agent' AND u.team IN (SELECT value FROM json_each(?))
    ORDER BY u.team, u.name, u.username`, json(teams))
    .map((r): TeamMemberFacts => ({
      username: r.username, name: r.name, team: r.team, lastContact: r.lastContact,
      presence: r.state === null || r.at === null ? null : { state: PresenceState.parse(r.state), at: r.at },
    })),
  openCases: (agents, limit) => {
    const found = rows<Omit<OpenCaseFacts, 'customer' | 'texts'> & { segment: string | null; followers: number | null; publicFigure: number | null }>(db, `
      SELECT c.id AS caseId, c.number, c.channel, c.assigned_to AS agent, c.waiting_since AS waitingSince, c.status, c.reason, c.recontact,
        cu.segment, cu.followers, cu.public_figure AS publicFigure
      FROM cases c LEFT JOIN customers cu ON cu.id = c.customer_id
      WHERE c.status <> 'resolved' AND (c.assigned_to IS NULL OR c.assigned_to IN (SELECT value FROM json_each(?)))
      ORDER BY c.waiting_since IS NULL, c.waiting_since, c.created_at, c.number LIMIT ?`, json(agents), limit);
    const texts = new Map<string, string[]>();
    for (const m of rows<{ caseId: string; text: string }>(db, `
      SELECT caseId, text FROM (
        SELECT case_id AS caseId, text, sent_at, rowid AS r,
          row_number() OVER (PARTITION BY case_id ORDER BY sent_at DESC, rowid DESC) AS latest
        FROM messages WHERE kind = 'customer' AND case_id IN (SELECT value FROM json_each(?)))
      WHERE latest <= ? ORDER BY caseId, sent_at, r`, json(found.map((c) => c.caseId)), RECENT_MESSAGES)) {
      texts.set(m.caseId, [...(texts.get(m.caseId) ?? []), m.text]);
    }
    return found.map(({ segment, followers, publicFigure, ...c }): OpenCaseFacts => ({
      ...c,
      customer: segment === null ? undefined : { segment, followers: followers ?? 0, publicFigure: publicFigure === 1 },
      texts: texts.get(c.caseId) ?? [],
    }));
  },
  load: (agents) => rows(db, `
    SELECT assigned_to AS agent, channel, waiting_since AS waitingSince FROM cases
    WHERE status <> 'resolved' AND assigned_to IN (SELECT value FROM json_each(?))`, json(agents)),
});

// A console back after a quiet spell: that spell was away (the rule presenceIntervals applies to
// the current one), and the user's last choice holds again from now. Rows are kept, so a past
// spell stays away in every later report. The latest row is always the user's own choice.
function resume(db: SandboxDb, username: string, quietSince: string, at: string): void {
  const chosen = row<{ state: string }>(db, 'SELECT state FROM presence WHERE username = ? AND at <= ? ORDER BY at DESC, id DESC LIMIT 1', username, quietSince);
  if (chosen === undefined || chosen.state === 'away') return;
  run(db, 'INSERT INTO presence (username, state, at) VALUES (?, ?, ?)', username, 'away', quietSince);
  run(db, 'INSERT INTO presence (username, state, at) VALUES (?, ?, ?)', username, chosen.state, at);
}

function touch(db: SandboxDb, username: string, at: string): void {
  run(db, 'INSERT INTO last_contact (username, at) VALUES (?, ?) ON CONFLICT(username) DO UPDATE SET at = excluded.at', username, at);
}
