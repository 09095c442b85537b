import type { Migration } from './index.ts';

// The knowledge-base panel: an article's public link (null for internal articles), how often
// this agent used each article in a reply, and what a draft was made from (templates, articles,
// fields still to fill), so a draft restored after a restart still blocks an unfilled field.
export const m006KnowledgePanel: Migration = {
  version: 6,
  name: '006-knowledge-panel',
  up(db) {
    db.exec(`
      ALTER TABLE articles ADD COLUMN url TEXT;

      CREATE TABLE article_uses (
        article_id TEXT PRIMARY KEY,
        uses INTEGER NOT NULL,
        last_used_at TEXT NOT NULL
      ) STRICT;

      ALTER TABLE drafts ADD COLUMN sources TEXT;
    `);
  },
};
