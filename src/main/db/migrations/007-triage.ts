import type { Migration } from './index.ts';

// Triage, computed by this console from synced data (src/main/triage/). What a customer
// message is (type A–E, noise) and how urgent a case is are derived and recomputed; the agent's
// own decisions on a message (a type chosen by hand, a message restored from the noise filter)
// are local, never synced, and survive every recomputation.
//
// The inbox orders and filters by the computed priority, so its two keys also live on the case
// row: one index then serves the list without a temporary sort. case_triage keeps the why.
export const m007Triage: Migration = {
  version: 7,
  name: '007-triage',
  up(db) {
    db.exec(`
      CREATE TABLE message_triage (
        message_id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL,
        -- The message version classified: a new version is judged again.
        message_version INTEGER NOT NULL,
        type TEXT NOT NULL,
        reasons TEXT NOT NULL,
        noise TEXT,
        type_override TEXT,
        restored INTEGER NOT NULL DEFAULT 0
      ) STRICT;
      CREATE INDEX message_triage_case ON message_triage(case_id);

      CREATE TABLE case_triage (
        case_id TEXT PRIMARY KEY,
        priority TEXT NOT NULL,
        score INTEGER NOT NULL,
        reasons TEXT NOT NULL,
        filtered INTEGER NOT NULL,
        -- Customer messages counted as noise and not restored.
        filtered_count INTEGER NOT NULL,
        -- Server time at which the wait crosses the next service-level step.
        recheck_at TEXT
      ) STRICT;
      CREATE INDEX case_triage_recheck ON case_triage(recheck_at) WHERE recheck_at IS NOT NULL;

      ALTER TABLE cases ADD COLUMN triage_rank INTEGER;
      ALTER TABLE cases ADD COLUMN triage_filtered INTEGER NOT NULL DEFAULT 0;
      -- The server's priority until this console has computed its own.
      ALTER TABLE cases ADD COLUMN inbox_rank INTEGER GENERATED ALWAYS AS (coalesce(triage_rank, priority_rank)) VIRTUAL;

      -- The work queue and the filtered view each read one range of it, already in order; a
      -- deep page skips rows on the index alone.
      DROP INDEX cases_inbox;
      CREATE INDEX cases_inbox ON cases(assigned_to, triage_filtered, is_open DESC, inbox_rank DESC, wait_key);
    `);
  },
};
