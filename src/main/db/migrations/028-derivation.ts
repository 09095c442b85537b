import type { Migration } from './index.ts';

// A case's latest derivation to an area or a person (`{to, state, note}` as JSON, see
// src/shared/derivation/derivation.ts), with the server's copy beside it so a refused derive or
// answer goes back at once. A server that knew derivations sent them to a console that dropped
// the field, and it does not resend an unchanged case: such a cache rebuilds from the server at
// its next sync (`resync_due`, as 025 does).
export const m028Derivation: Migration = {
  version: 28,
  name: '028-derivation',
  up(db) {
    db.exec(`
      ALTER TABLE cases ADD COLUMN derivation TEXT;
      ALTER TABLE cases ADD COLUMN server_derivation TEXT;
      INSERT INTO sync_state (key, value)
        SELECT 'resync_due', '1' WHERE EXISTS (SELECT 1 FROM cases WHERE version > 0)
        ON CONFLICT(key) DO UPDATE SET value = excluded.value;
    `);
  },
};
