import type { Migration } from './index.ts';

// What only this console knows: drafts, which cases the agent has read, refused changes the
// agent has dealt with. Never synced.
export const m002Console: Migration = {
  version: 2,
  name: '002-console',
  up(db) {
    db.exec(`
      CREATE TABLE drafts (
        case_id TEXT PRIMARY KEY,
        text TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE case_reads (
        case_id TEXT PRIMARY KEY,
        read_at TEXT NOT NULL
      ) STRICT;

      ALTER TABLE outbox ADD COLUMN dismissed_at TEXT;

      -- Unread markers compare the newest customer message with the last read.
      CREATE INDEX messages_case_kind ON messages(case_id, kind, sent_at);
    `);
  },
};
