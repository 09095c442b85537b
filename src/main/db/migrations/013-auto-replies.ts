import type { Migration } from './index.ts';

// Out-of-hours auto-replies (src/main/autoreply/). Each customer message of the agent's own
// cases is decided once, send or skip with the rule's reason, so nothing is reconsidered on a
// later pull or after a restart, and the decision can be explained. Decisions are this console's
// own: never synced, and kept through a full resync (the same messages come back).
// An auto-reply message carries its dedupe key (the case and its closed window), whichever
// console sent it: a window with one is answered.
export const m013AutoReplies: Migration = {
  version: 13,
  name: '013-auto-replies',
  up(db) {
    db.exec(`
      ALTER TABLE messages ADD COLUMN auto_reply_key TEXT;

      CREATE TABLE auto_reply_decisions (
        message_id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL,
        decision TEXT NOT NULL CHECK (decision IN ('send', 'skip')),
        -- Why not (a skip reason); null for a send.
        reason TEXT,
        -- The case's closed window, when the message arrived in one.
        dedupe_key TEXT,
        -- The server's clock at the pull that brought the message.
        decided_at TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;
      -- A first sync records thousands of skips: only the sends, which answer a window, are
      -- looked up by case, so only they are indexed (and a skip costs one b-tree insert).
      CREATE INDEX auto_reply_decisions_sent ON auto_reply_decisions(case_id) WHERE decision = 'send';
    `);
  },
};
