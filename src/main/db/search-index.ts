// The cache's full-text indexes (messages, and articles by words and by trigrams) are kept up to
// date row by row by triggers. A first sync brings tens of thousands of rows at once: row by row,
// FTS5 writes a small segment for nearly every message (each statement's savepoint flushes what it
// holds) and then merges them. So a first sync sets the triggers aside and builds each index in
// one pass at its end, in the transaction that finishes it.
import type { Db } from './connection.ts';
import { buildBulkIndexes, bulkIndexesDeferred } from './bulk-indexes.ts';
import { putBack, setAside, setAsideObjects } from './set-aside.ts';

/** The external-content FTS5 tables a bulk build fills from their source tables. */
const INDEXES = ['messages_fts', 'articles_fts', 'articles_trigram'] as const;

/** The triggers that keep them in step, row by row. */
const TRIGGERS = INDEXES.flatMap((index) => ['insert', 'delete', 'update'].map((op) => `${index}_${op}`));

/**
 * Where the set-aside triggers' definitions wait, in the same database: a first sync interrupted
 * by a crash finds them on its next run and puts them back when it finishes.
 */
const KEY_SET_ASIDE = 'search_triggers_set_aside';

/** Rows of messages whose words the message index does not hold yet: replies written here (032). */
const UNINDEXED = 'messages_unindexed';

/** Whether the search triggers are set aside (a first sync under way). */
export function searchIndexesDeferred(db: Db): boolean {
  return setAside(db, KEY_SET_ASIDE);
}

/**
 * Sets the search triggers aside until `buildSearchIndexes`: rows written meanwhile (pulled or
 * local) are indexed by that build. Run inside a transaction; does nothing if already set aside.
 */
export function deferSearchIndexes(db: Db): void {
  setAsideObjects(db, KEY_SET_ASIDE, 'trigger', TRIGGERS);
}

/**
 * Builds every search index from its table in one pass and puts the triggers back. Run inside a
 * transaction; does nothing unless `deferSearchIndexes` set them aside.
 */
export function buildSearchIndexes(db: Db): void {
  if (!searchIndexesDeferred(db)) return;
  for (const index of INDEXES) db.exec(`INSERT INTO ${index}(${index}) VALUES ('rebuild')`);
  // The rebuild indexed every message, those still marked for the upkeep too.
  if (hasUnindexedMarks(db)) db.exec(`DELETE FROM ${UNINDEXED}`);
  putBack(db, KEY_SET_ASIDE);
}

/**
 * A cache opened with its triggers or its secondary indexes set aside (a first sync cut short)
 * gets its indexes whole and its triggers back before anything else runs, migrations included;
 * the first sync, when it resumes, sets them aside again. Replies whose indexing the upkeep
 * had not done yet are indexed too.
 */
export function restoreSearchIndexes(db: Db): void {
  const hasState = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'sync_state'").get() !== undefined;
  if (hasState && (searchIndexesDeferred(db) || bulkIndexesDeferred(db))) {
    db.transaction(() => {
      buildBulkIndexes(db);
      buildSearchIndexes(db);
    })();
  }
  // Closed between a reply's commit and the upkeep that indexes it: indexed now, before any search.
  if (hasUnindexedMarks(db)) db.transaction(() => indexLocalMessages(db))();
}

/**
 * Indexes the messages written here whose commit left it to the upkeep (migration 032), and
 * takes their marks off. Run inside a transaction. Returns how many it indexed.
 */
export function indexLocalMessages(db: Db): number {
  const marked = db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM ${UNINDEXED}`).get()?.n ?? 0;
  if (marked === 0) return 0;
  db.exec(`INSERT INTO messages_fts(rowid, text)
           SELECT m.rowid, m.text FROM ${UNINDEXED} u JOIN messages m ON m.rowid = u.message_rowid`);
  db.exec(`DELETE FROM ${UNINDEXED}`);
  return marked;
}

function hasUnindexedMarks(db: Db): boolean {
  return db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").get(UNINDEXED) !== undefined;
}

/**
 * Turns the message index's automatic merges off (stored in the index itself): the upkeep after
 * queued changes merges instead (upkeep.ts). FTS5 still merges in a write once a level reaches
 * 16 segments, so a cache whose upkeep never runs stays bounded.
 */
export function deferIndexMerges(db: Db): void {
  const row = db.prepare<[], { v: number }>("SELECT v FROM messages_fts_config WHERE k = 'automerge'").get();
  if (row?.v !== 0) db.exec("INSERT INTO messages_fts(messages_fts, rank) VALUES ('automerge', 0)");
}
