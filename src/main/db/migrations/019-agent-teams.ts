import type { Migration } from './index.ts';

// An agent's hire date (their seniority band in quality sampling) and the teams a supervisor
// supervises. Agents synced before it stay unknown (NULL, no teams) until the server sends them
// again: it does not resend an unchanged agent, and guessing would put them in a wrong band, so
// 022 rebuilds such a cache from the server.
export const m019AgentTeams: Migration = {
  version: 19,
  name: '019-agent-teams',
  up(db) {
    db.exec(`
      ALTER TABLE agents ADD COLUMN hired_at TEXT;
      ALTER TABLE agents ADD COLUMN supervises TEXT NOT NULL DEFAULT '[]';
    `);
  },
};
