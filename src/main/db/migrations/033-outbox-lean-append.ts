import type { Migration } from './index.ts';

// Queueing a change writes the outbox's row and its status index only. The outbox numbers its
// rows without AUTOINCREMENT: that keyword keeps the highest seq ever given in sqlite_sequence, a
// page of its own that every queued change's durable commit wrote again. Rows are never deleted
// (a trigger now refuses it), so the next seq, one past the highest row, is the number
// AUTOINCREMENT gave: no seq the server has seen is given twice. A change is mostly looked up by
// its id once answered (its retry, its dismissal, what became of it), so the id enters its unique
// index with the answer, in the sync's commit, not in the commit that queues it; a pending change
// is found among the few pending rows through the status index (`find`). Ids are random UUIDs
// given once by the command that queues the change (commands/context.ts); the index refuses a
// repeated one when it is answered. The table is copied whole, seq by seq.
export const m033OutboxLeanAppend: Migration = {
  version: 33,
  name: '033-outbox-lean-append',
  up(db) {
    const columns = 'seq, id, name, args, base_version, status, reason, message, attempts, created_at, settled_at, dismissed_at, settled_server_at, args_purged_at';
    db.exec(`
      CREATE TABLE outbox_numbered (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL,
        name TEXT NOT NULL,
        args TEXT NOT NULL,
        base_version INTEGER,
        status TEXT NOT NULL DEFAULT 'pending'
          CHECK (status IN ('pending', 'applied', 'conflict', 'rejected')),
        reason TEXT,
        message TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        settled_at TEXT,
        dismissed_at TEXT,
        settled_server_at TEXT,
        args_purged_at TEXT
      ) STRICT;
      INSERT INTO outbox_numbered (${columns}) SELECT ${columns} FROM outbox ORDER BY seq;
      DROP TABLE outbox;
      ALTER TABLE outbox_numbered RENAME TO outbox;
      CREATE INDEX outbox_status ON outbox(status, seq);
      CREATE UNIQUE INDEX outbox_answered_id ON outbox(id) WHERE status <> 'pending';
      CREATE INDEX outbox_settled ON outbox(settled_server_at) WHERE status <> 'pending' AND args_purged_at IS NULL;
      CREATE TRIGGER outbox_rows_kept BEFORE DELETE ON outbox BEGIN
        SELECT RAISE(ABORT, 'outbox rows are kept: a deleted row would give its seq again');
      END;
    `);
  },
};
