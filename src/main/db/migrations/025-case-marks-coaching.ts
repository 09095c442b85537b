import type { Migration } from './index.ts';

// A case's product (chosen at classification), the "another customer answered" and "call
// avoided" marks, and why it was reopened (`recontact`), each with the server's value beside it
// so a refused change goes back at once. The coaching plan: an agent's objectives and weekly
// one-on-one notes, synced to the agent and the supervisors of their team; `data` is what the
// screen shows (the server's copy with pending changes over it), version 0 marks a row written
// here and not yet confirmed, `removed` an objective whose removal is pending.
// Cases cached before this held none of the marks, and the server does not resend an unchanged
// case: such a cache rebuilds from the server at its next sync (`resync_due`, as 022 does).
export const m025CaseMarksCoaching: Migration = {
  version: 25,
  name: '025-case-marks-coaching',
  up(db) {
    db.exec(`
      ALTER TABLE cases ADD COLUMN product TEXT;
      ALTER TABLE cases ADD COLUMN server_product TEXT;
      ALTER TABLE cases ADD COLUMN peer_answered INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE cases ADD COLUMN server_peer_answered INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE cases ADD COLUMN call_avoided INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE cases ADD COLUMN server_call_avoided INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE cases ADD COLUMN recontact TEXT;
      CREATE TABLE coaching_objectives (
        id TEXT PRIMARY KEY,
        agent TEXT NOT NULL,
        data TEXT NOT NULL,
        server_data TEXT,
        removed INTEGER NOT NULL DEFAULT 0,
        version INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX coaching_objectives_agent ON coaching_objectives(agent);
      CREATE TABLE coaching_notes (
        id TEXT PRIMARY KEY,
        agent TEXT NOT NULL,
        week TEXT NOT NULL,
        data TEXT NOT NULL,
        server_data TEXT,
        version INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX coaching_notes_agent ON coaching_notes(agent, week);
      INSERT INTO sync_state (key, value)
        SELECT 'resync_due', '1' WHERE EXISTS (SELECT 1 FROM cases WHERE version > 0)
        ON CONFLICT(key) DO UPDATE SET value = excluded.value;
    `);
  },
};
