import type { CsatSurveys } from '../repositories.ts';
import { nextVersion, type SandboxDb } from '../../schema.ts';
import type { Sync } from './promised.ts';
import { row, run } from './sql.ts';

export const sqliteCsatSurveys = (db: SandboxDb): Sync<CsatSurveys> => ({
  facts: (caseId) => {
    const found = row<{ language: string; messageType: string | null; team: string | null; surveyed: number }>(db,
      `SELECT c.language, c.message_type AS messageType, u.team, EXISTS (SELECT 1 FROM csat_surveys s WHERE s.case_id = c.id) AS surveyed
       FROM cases c LEFT JOIN users u ON u.username = c.assigned_to WHERE c.id = ?`, caseId);
    return found && { ...found, surveyed: found.surveyed === 1 };
  },
  send: (s) => {
    run(db, "INSERT INTO messages (id, case_id, kind, author, text, sent_at, state, version) VALUES (?, ?, 'survey', ?, ?, ?, 'sent', ?)",
      s.messageId, s.caseId, s.author, s.text, s.sentAt, nextVersion(db));
    run(db, 'INSERT INTO csat_surveys (case_id, agent, team, channel, language, message_id, sent_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      s.caseId, s.agent, s.team, s.channel, s.language, s.messageId, s.sentAt);
  },
});
