import type { Migration } from './index.ts';

// A trigram index of articles: when word search finds nothing (a typo, "facutra"), the articles
// sharing the most three-letter pieces with what the agent typed are the best guess.
export const m003ArticleTrigrams: Migration = {
  version: 3,
  name: '003-article-trigrams',
  up(db) {
    db.exec(`
      CREATE VIRTUAL TABLE articles_trigram USING fts5(
        title, body, content='articles', content_rowid='rowid',
        tokenize='trigram remove_diacritics 1'
      );
      CREATE TRIGGER articles_trigram_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_trigram(rowid, title, body) VALUES (new.rowid, new.title, new.body);
      END;
      CREATE TRIGGER articles_trigram_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_trigram(articles_trigram, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
      END;
      CREATE TRIGGER articles_trigram_update AFTER UPDATE ON articles BEGIN
        INSERT INTO articles_trigram(articles_trigram, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
        INSERT INTO articles_trigram(rowid, title, body) VALUES (new.rowid, new.title, new.body);
      END;
      INSERT INTO articles_trigram(articles_trigram) VALUES ('rebuild');
    `);
  },
};
