import type { Migration } from './index.ts';

// The organisation's block list of spammers and trolls (type E), synced from the server.
// version 0 marks a block not yet confirmed; `unblocking` hides a row while its unblock is
// pending, so a refused unblock can show it again. Handles compare without case, as the
// networks and e-mail do.
export const m010BlockedSenders: Migration = {
  version: 10,
  name: '010-blocked-senders',
  up(db) {
    db.exec(`
      CREATE TABLE blocked_senders (
        id TEXT PRIMARY KEY,
        channel TEXT NOT NULL,
        handle TEXT NOT NULL COLLATE NOCASE,
        reason TEXT NOT NULL,
        blocked_by TEXT NOT NULL,
        blocked_at TEXT NOT NULL,
        version INTEGER NOT NULL,
        unblocking INTEGER NOT NULL DEFAULT 0 CHECK (unblocking IN (0, 1))
      ) STRICT;
      CREATE INDEX blocked_senders_sender ON blocked_senders(channel, handle);
    `);
  },
};
