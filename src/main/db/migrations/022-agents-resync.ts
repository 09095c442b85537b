import type { Migration } from './index.ts';

// Agents cached before 019 have no hire date or supervised teams, and the server does not send
// an unchanged agent again: such a cache rebuilds from the server at its next sync
// (`resync_due`, as 015 does), which brings every agent whole. The outbox and this console's
// unconfirmed rows stay through the rebuild.
export const m022AgentsResync: Migration = {
  version: 22,
  name: '022-agents-resync',
  up(db) {
    db.exec(`
      INSERT INTO sync_state (key, value)
        SELECT 'resync_due', '1' WHERE EXISTS (SELECT 1 FROM agents WHERE version > 0 AND hired_at IS NULL)
        ON CONFLICT(key) DO UPDATE SET value = excluded.value;
    `);
  },
};
