import type { Migration } from './index.ts';

// The server's copy of each of the agent's personal templates, kept beside the one on screen,
// so a refused edit or delete is undone at once (as cases keep their server_* columns). Company
// templates are never changed from a console and need none. A cache's confirmed personal
// templates are copied in, except those with a change still pending: what they hold now is the
// agent's edit (or nothing, after a delete), not the server's. No pull brings a row the server
// did not change, so a refusal of that change would have nothing to go back to: such a cache
// rebuilds from the server at its next sync (`resync_due`), which copies every template.
export const m015ServerTemplates: Migration = {
  version: 15,
  name: '015-server-templates',
  up(db) {
    db.exec(`
      CREATE TABLE server_templates (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        shortcut TEXT,
        language TEXT NOT NULL,
        channels TEXT,
        team TEXT,
        body TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL CHECK (version > 0),
        owner TEXT NOT NULL
      ) STRICT;
      INSERT INTO server_templates (id, title, shortcut, language, channels, team, body, updated_at, version, owner)
        SELECT id, title, shortcut, language, channels, team, body, updated_at, version, owner FROM templates
        WHERE owner IS NOT NULL AND version > 0 AND id NOT IN (
          SELECT json_extract(args, '$.templateId') FROM outbox
          WHERE status = 'pending' AND name IN ('save_template', 'delete_template') AND json_valid(args)
            AND json_extract(args, '$.templateId') IS NOT NULL -- one NULL in NOT IN would exclude every row
        );
      INSERT INTO sync_state (key, value)
        SELECT 'resync_due', '1' WHERE EXISTS (
          SELECT 1 FROM outbox
          WHERE status = 'pending' AND name IN ('save_template', 'delete_template') AND json_valid(args)
            AND json_extract(args, '$.templateId') NOT IN (SELECT id FROM server_templates)
            -- a template the server never had needs no copy: a refusal takes it out of the list
            AND json_extract(args, '$.templateId') NOT IN (SELECT id FROM templates WHERE version = 0)
        )
        ON CONFLICT(key) DO UPDATE SET value = excluded.value;
    `);
  },
};
