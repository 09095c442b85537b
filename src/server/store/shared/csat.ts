import type { CsatSurveys } from '../repositories.ts';
import type { Sql } from '../sql.ts';

export const csatSurveys = (sql: Sql): CsatSurveys => ({
  facts: async (caseId) => {
    // EXISTS is a boolean on PostgreSQL and 0/1 on SQLite: the CASE answers 0/1 on both.
    const found = await sql.row<{ language: string; messageType: string | null; team: string | null; surveyed: number }>(
      `SELECT c.language, c.message_type AS "messageType", u.team,
         CASE WHEN EXISTS (SELECT 1 FROM csat_surveys s WHERE s.case_id = c.id) THEN 1 ELSE 0 END AS surveyed
       FROM cases c LEFT JOIN users u ON u.username = c.assigned_to WHERE c.id = ?`, caseId);
    return found && { ...found, surveyed: found.surveyed === 1 };
  },
  send: async (s) => {
    await sql.run("INSERT INTO messages (id, case_id, kind, author, text, sent_at, state, version) VALUES (?, ?, 'survey', ?, ?, ?, 'sent', ?)",
      s.messageId, s.caseId, s.author, s.text, s.sentAt, await sql.nextVersion());
    await sql.run('INSERT INTO csat_surveys (case_id, agent, team, channel, language, message_id, sent_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      s.caseId, s.agent, s.team, s.channel, s.language, s.messageId, s.sentAt);
  },
});
