import type { Migration } from './index.ts';

// An article's content version as agents read it ("versión 2"), apart from `version`, the row's
// place in the sync feed that only orders changes. Rows synced before it read as version 1 until
// the article is pulled again.
export const m014ArticleRevision: Migration = {
  version: 14,
  name: '014-article-revision',
  up(db) {
    db.exec('ALTER TABLE articles ADD COLUMN revision INTEGER NOT NULL DEFAULT 1 CHECK (revision > 0)');
  },
};
