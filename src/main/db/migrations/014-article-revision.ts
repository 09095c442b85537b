import type { Migration } from './index.ts';

// An article's content version as agents read it ("versión 2"), apart from `version`, the row's
// place in the sync feed that only orders changes. Rows synced before it have no known revision
// (NULL, and none is shown): the server does not send an unchanged article again, so guessing 1
// would show a wrong number until someone edits it.
export const m014ArticleRevision: Migration = {
  version: 14,
  name: '014-article-revision',
  up(db) {
    db.exec('ALTER TABLE articles ADD COLUMN revision INTEGER CHECK (revision > 0)');
  },
};
