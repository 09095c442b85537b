// What a commit leaves for right after it: indexing for search the replies it wrote, merging the
// message index's small segments and copying the WAL back into the cache (a checkpoint). Inside a
// queued change's commit they made it slower: the index's segment, structure and size pages, and
// SQLite checkpoints in the commit that fills the WAL past 1 000 pages (about every 50 replies),
// while FTS5 merges in the write that completes a level (one reply in 64 rewrote more than 300
// pages). None of them changes what the cache holds, so none makes a reply less durable by
// waiting: the commit's WAL frames, flushed with synchronous=FULL, are the reply, and a reply
// whose indexing did not happen yet carries a mark in the same commit (search-index.ts).
import type { Statement } from 'better-sqlite3-multiple-ciphers';
import { silentLogger, type Logger } from '../log.ts';
import { relaxedTransaction, type Db } from './connection.ts';
import { indexLocalMessages, searchIndexesDeferred } from './search-index.ts';

/** The index whose merges move out of the commits (search-index.ts turns its own off). */
const INDEX = 'messages_fts';
/** Pages of merging per upkeep: a level's merge after a burst of replies, never the index at once. */
const MERGE_PAGES = 500;

/** The checkpoint setting a queued change's commit reads and sets, prepared once per connection. */
interface CheckpointSetting {
  read: Statement<[], number>;
  off: Statement;
  /** `PRAGMA wal_autocheckpoint = N` by N: a pragma takes no parameter. */
  back: Map<number, Statement>;
}

const settings = new WeakMap<Db, CheckpointSetting>();

function checkpointSetting(db: Db): CheckpointSetting {
  let found = settings.get(db);
  if (!found) {
    found = { read: db.prepare<[], number>('PRAGMA wal_autocheckpoint').pluck(), off: db.prepare('PRAGMA wal_autocheckpoint = 0'), back: new Map() };
    settings.set(db, found);
  }
  return found;
}

/** Runs `work` in one transaction whose commit does not checkpoint the WAL (it stays as durable). */
export function transactionWithoutCheckpoint<T>(db: Db, work: () => T): T {
  const setting = checkpointSetting(db);
  const every = setting.read.get() as number;
  setting.off.get();
  try {
    return db.transaction(work)();
  } finally {
    let back = setting.back.get(every);
    if (!back) setting.back.set(every, (back = db.prepare(`PRAGMA wal_autocheckpoint = ${Math.trunc(every)}`)));
    back.get();
  }
}

/** Queued changes between checkpoints: about 20 WAL pages each, near SQLite's own 1 000-page mark. */
export const CHECKPOINT_EVERY = 48;

/**
 * Indexes the replies the last commits marked, merges the message index where a level has
 * gathered enough segments and, when `checkpoint`, copies the WAL into the cache without waiting
 * for readers. None changes what the cache says, so their commits do not wait for the disk
 * (relaxedTransaction): a power cut loses at most this work, never half of it (a reply's mark
 * comes back with it, and the next open indexes the reply), and the next durable commit carries
 * it to the disk.
 */
export function upkeep(db: Db, checkpoint: boolean): void {
  // While a first sync has the search triggers set aside, its last page builds the index whole.
  if (!searchIndexesDeferred(db)) {
    relaxedTransaction(db, () => {
      indexLocalMessages(db);
      db.exec(`INSERT INTO ${INDEX}(${INDEX}, rank) VALUES ('merge', ${MERGE_PAGES})`);
    });
  }
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

/** Another connection writing, or a reader holding the WAL: the next commit's upkeep tries again. */
function isBusy(error: unknown): boolean {
  const code = error instanceof Error ? (error as Error & { code?: unknown }).code : undefined;
  return typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)/.test(code);
}

/**
 * Runs `upkeep` once the current task is over (after the command's answer went out, or the
 * pulled page's events), once per burst, checkpointing after every `CHECKPOINT_EVERY` queued
 * changes. Pulled pages' commits still checkpoint on their own (SQLite's 1 000-page mark).
 */
export class DeferredUpkeep {
  private scheduled = false;
  private sinceCheckpoint = 0;
  private readonly db: Db;
  /** Where a failure other than a busy cache is told. */
  log: Logger;

  constructor(db: Db, log: Logger = silentLogger) {
    this.db = db;
    this.log = log;
  }

  /** After a queued change's commit. */
  afterQueued(): void {
    this.sinceCheckpoint += 1;
    this.schedule();
  }

  /**
   * After a pulled page's commit: FTS5's own merges are off (search-index.ts), so without this
   * what arrives by sync would be merged only when a level overflows or the next reply's upkeep.
   */
  afterPulled(): void {
    this.schedule();
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      // A profile closed meanwhile checkpointed on close; its marks are indexed at the next open.
      if (!this.db.open) return;
      const checkpoint = this.sinceCheckpoint >= CHECKPOINT_EVERY;
      try {
        upkeep(this.db, checkpoint);
        if (checkpoint) this.sinceCheckpoint = 0;
      } catch (error) {
        // Nothing it does is lost by failing: the next commit's upkeep (or the next open) does it.
        if (!isBusy(error)) this.log.log('error', 'the cache upkeep after a commit failed', { reason: error instanceof Error ? error.message : String(error) });
      }
    });
  }
}

const upkeeps = new WeakMap<Db, DeferredUpkeep>();

/**
 * The one upkeep of a connection, shared by the commands that queue on it (the agent's and the
 * auto-reply engine's) and the sync that pulls into it; `log`, when given, is where it reports.
 */
export function upkeepOf(db: Db, log?: Logger): DeferredUpkeep {
  let found = upkeeps.get(db);
  if (!found) upkeeps.set(db, (found = new DeferredUpkeep(db)));
  if (log) found.log = log;
  return found;
}
