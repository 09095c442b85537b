// What a queued change's commit leaves for right after it: copying the WAL back into the cache
// (a checkpoint) and merging the message index's small segments. Inside the commit they made the
// slowest replies: SQLite checkpoints in the commit that fills the WAL past 1 000 pages (about
// every 50 replies), and FTS5 merges in the write that completes a level (one reply in 64
// rewrote more than 300 pages). Neither changes what the cache holds, so neither makes a reply
// less durable by waiting: the commit's WAL frames, flushed with synchronous=FULL, are the reply.
import { relaxedTransaction, type Db } from './connection.ts';

/** The index whose merges move out of the commits (search-index.ts turns its own off). */
const INDEX = 'messages_fts';
/** Pages of merging per upkeep: a level's merge after a burst of replies, never the index at once. */
const MERGE_PAGES = 500;

/** Runs `work` in one transaction whose commit does not checkpoint the WAL (it stays as durable). */
export function transactionWithoutCheckpoint<T>(db: Db, work: () => T): T {
  const every = db.pragma('wal_autocheckpoint', { simple: true }) as number;
  db.pragma('wal_autocheckpoint = 0');
  try {
    return db.transaction(work)();
  } finally {
    db.pragma(`wal_autocheckpoint = ${every}`);
  }
}

/** Queued changes between checkpoints: about 20 WAL pages each, near SQLite's own 1 000-page mark. */
export const CHECKPOINT_EVERY = 48;

/**
 * Merges the message index where a level has gathered enough segments and, when `checkpoint`,
 * copies the WAL into the cache without waiting for readers. Neither changes what the cache
 * says, so their commits do not wait for the disk (relaxedTransaction): a power cut loses at
 * most a merge, never half of one, and the next durable commit carries them to the disk.
 */
export function upkeep(db: Db, checkpoint: boolean): void {
  relaxedTransaction(db, () => db.exec(`INSERT INTO ${INDEX}(${INDEX}, rank) VALUES ('merge', ${MERGE_PAGES})`));
  if (!checkpoint) return;
  const [result] = db.pragma('wal_checkpoint(PASSIVE)') as { log: number; checkpointed: number }[];
  // All of it copied: the next commit starts the WAL over, and with FULL it flushes the new
  // header on its own first. A small commit here starts it instead, so the next reply does not.
  if (result && result.log === result.checkpointed) {
    relaxedTransaction(db, () => {
      db.prepare("INSERT OR REPLACE INTO sync_state(key, value) VALUES ('wal_restarted_at', ?)").run(new Date().toISOString());
    });
  }
}

/**
 * Runs `upkeep` once the current task is over (after the command's answer went out), once per
 * burst, checkpointing after every `CHECKPOINT_EVERY` queued changes.
 */
export class DeferredUpkeep {
  private scheduled = false;
  private sinceCheckpoint = 0;
  private readonly db: Db;

  constructor(db: Db) {
    this.db = db;
  }

  /** After a queued change's commit. */
  schedule(): void {
    this.sinceCheckpoint += 1;
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      // A profile closed meanwhile checkpointed on close.
      if (!this.db.open) return;
      const checkpoint = this.sinceCheckpoint >= CHECKPOINT_EVERY;
      try {
        upkeep(this.db, checkpoint);
        if (checkpoint) this.sinceCheckpoint = 0;
      } catch {
        // A busy or failed merge or checkpoint changes nothing; the next queued change tries again.
      }
    });
  }
}
