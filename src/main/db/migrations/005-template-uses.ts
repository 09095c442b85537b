import type { Migration } from './index.ts';

// How often and how recently this agent used each template: it ranks the "/" lookup and
// feeds the usage metrics.
export const m005TemplateUses: Migration = {
  version: 5,
  name: '005-template-uses',
  up(db) {
    db.exec(`
      CREATE TABLE template_uses (
        template_id TEXT PRIMARY KEY,
        uses INTEGER NOT NULL,
        last_used_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
