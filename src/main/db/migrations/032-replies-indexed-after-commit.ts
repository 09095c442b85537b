import type { Migration } from './index.ts';

// A reply written here (version 0, the optimistic copy) is indexed for search by the upkeep
// right after its commit, not inside it: the commit that holds what the agent typed writes a
// one-row mark instead of the index's segment, structure and size pages. The mark commits with
// the reply, so a cache closed between the two finds the mark at its next open and indexes the
// reply then (search-index.ts). A row has a mark exactly while the index does not hold it, which
// is what the delete and update triggers go by. Rows from the server are indexed as before.
export const m032RepliesIndexedAfterCommit: Migration = {
  version: 32,
  name: '032-replies-indexed-after-commit',
  up(db) {
    db.exec(`
      CREATE TABLE messages_unindexed (message_rowid INTEGER PRIMARY KEY) STRICT;

      DROP TRIGGER messages_fts_insert;
      DROP TRIGGER messages_fts_delete;
      DROP TRIGGER messages_fts_update;
      CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN
        INSERT INTO messages_fts(rowid, text) SELECT new.rowid, new.text WHERE new.version > 0;
        INSERT INTO messages_unindexed(message_rowid) SELECT new.rowid WHERE new.version = 0;
      END;
      CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
        INSERT INTO messages_fts(messages_fts, rowid, text) SELECT 'delete', old.rowid, old.text
          WHERE NOT EXISTS (SELECT 1 FROM messages_unindexed WHERE message_rowid = old.rowid);
        DELETE FROM messages_unindexed WHERE message_rowid = old.rowid;
      END;
      CREATE TRIGGER messages_fts_update AFTER UPDATE OF text ON messages BEGIN
        INSERT INTO messages_fts(messages_fts, rowid, text) SELECT 'delete', old.rowid, old.text
          WHERE NOT EXISTS (SELECT 1 FROM messages_unindexed WHERE message_rowid = old.rowid);
        DELETE FROM messages_unindexed WHERE message_rowid = old.rowid;
        INSERT INTO messages_fts(rowid, text) VALUES (new.rowid, new.text);
      END;
    `);
  },
};
