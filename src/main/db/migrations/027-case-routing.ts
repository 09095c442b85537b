import type { Migration } from './index.ts';

// How the server routed a case when it came in: the rule that decided and its reason, shown in
// the case's header and by the CLI's `cases --json`. Server truth only (no command changes it),
// so no `server_*` copy. A console older than this dropped the field from what it pulled, and
// the server does not resend an unchanged case: a cache holding synced cases rebuilds from the
// server at its next sync (`resync_due`, as 025 does), keeping its outbox. The agents' `routed`
// flag (whom the rules may give a new case, for the routing page's simulator) comes the same way:
// every agent counts as routed, as older servers mean, until the rebuild brings the truth.
export const m027CaseRouting: Migration = {
  version: 27,
  name: '027-case-routing',
  up(db) {
    db.exec(`
      ALTER TABLE cases ADD COLUMN routing_rule TEXT;
      ALTER TABLE cases ADD COLUMN routing_reason TEXT;
      ALTER TABLE agents ADD COLUMN routed INTEGER NOT NULL DEFAULT 1;
      INSERT INTO sync_state (key, value)
        SELECT 'resync_due', '1' WHERE EXISTS (SELECT 1 FROM cases WHERE version > 0) OR EXISTS (SELECT 1 FROM agents WHERE version > 0)
        ON CONFLICT(key) DO UPDATE SET value = excluded.value;
    `);
  },
};
