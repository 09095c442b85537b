import type { Migration } from './index.ts';

// Synced rows carry the server's `version`; a pull only overwrites a row with a newer one.
// There are no foreign keys between synced tables on purpose: a page may bring a message
// before its case, and scope changes delete whole groups explicitly (repositories cascade).
export const m001Initial: Migration = {
  version: 1,
  name: '001-initial',
  up(db) {
    db.exec(`
      CREATE TABLE agents (
        id TEXT PRIMARY KEY,
        username TEXT NOT NULL,
        name TEXT NOT NULL,
        role TEXT NOT NULL,
        team TEXT,
        version INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE customers (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        segment TEXT NOT NULL,
        followers INTEGER NOT NULL,
        public_figure INTEGER NOT NULL,
        location TEXT,
        language TEXT NOT NULL,
        notes TEXT,
        version INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE customer_identities (
        id TEXT PRIMARY KEY,
        customer_id TEXT NOT NULL,
        channel TEXT NOT NULL,
        handle TEXT NOT NULL,
        validated INTEGER NOT NULL,
        version INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX customer_identities_customer ON customer_identities(customer_id);

      CREATE TABLE cases (
        id TEXT PRIMARY KEY,
        number INTEGER NOT NULL,
        customer_id TEXT NOT NULL,
        channel TEXT NOT NULL,
        subject TEXT NOT NULL,
        status TEXT NOT NULL,
        assigned_to TEXT,
        priority TEXT NOT NULL,
        language TEXT NOT NULL,
        reason TEXT,
        resolution TEXT,
        message_type TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        waiting_since TEXT,
        version INTEGER NOT NULL,
        -- The server's values of what optimistic effects change, to revert a refused change.
        server_status TEXT NOT NULL,
        server_waiting_since TEXT,
        -- Inbox order: open work first, then priority, then who has waited longest.
        is_open INTEGER GENERATED ALWAYS AS (status <> 'resolved') VIRTUAL,
        priority_rank INTEGER GENERATED ALWAYS AS (
          CASE priority WHEN 'urgent' THEN 3 WHEN 'high' THEN 2 WHEN 'normal' THEN 1 ELSE 0 END
        ) VIRTUAL,
        wait_key TEXT GENERATED ALWAYS AS (coalesce(waiting_since, updated_at)) VIRTUAL
      ) STRICT;
      -- Not unique: a stale row whose number the server reused must not block every later page.
      CREATE INDEX cases_number ON cases(number);
      CREATE INDEX cases_inbox ON cases(assigned_to, is_open DESC, priority_rank DESC, wait_key);
      CREATE INDEX cases_customer ON cases(customer_id);

      CREATE TABLE messages (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        author TEXT NOT NULL,
        text TEXT NOT NULL,
        sent_at TEXT NOT NULL,
        state TEXT NOT NULL,
        -- 0 while only the local optimistic copy exists.
        version INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX messages_case ON messages(case_id, sent_at);

      CREATE VIRTUAL TABLE messages_fts USING fts5(
        text, content='messages', content_rowid='rowid',
        tokenize='unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN
        INSERT INTO messages_fts(rowid, text) VALUES (new.rowid, new.text);
      END;
      CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
        INSERT INTO messages_fts(messages_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
      END;
      CREATE TRIGGER messages_fts_update AFTER UPDATE OF text ON messages BEGIN
        INSERT INTO messages_fts(messages_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
        INSERT INTO messages_fts(rowid, text) VALUES (new.rowid, new.text);
      END;

      CREATE TABLE templates (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        shortcut TEXT,
        language TEXT NOT NULL,
        channels TEXT,
        team TEXT,
        body TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        summary TEXT NOT NULL,
        body TEXT NOT NULL,
        tags TEXT NOT NULL,
        language TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL
      ) STRICT;

      CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, summary, body, tags, content='articles', content_rowid='rowid',
        tokenize='unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, summary, body, tags)
        VALUES (new.rowid, new.title, new.summary, new.body, new.tags);
      END;
      CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, summary, body, tags)
        VALUES ('delete', old.rowid, old.title, old.summary, old.body, old.tags);
      END;
      CREATE TRIGGER articles_fts_update AFTER UPDATE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, summary, body, tags)
        VALUES ('delete', old.rowid, old.title, old.summary, old.body, old.tags);
        INSERT INTO articles_fts(rowid, title, summary, body, tags)
        VALUES (new.rowid, new.title, new.summary, new.body, new.tags);
      END;

      -- Synced settings documents, e.g. the business-hours schedules.
      CREATE TABLE settings (
        id TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        version INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE sync_state (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      -- What the agent did offline, in order. seq is the per-client sequence the server
      -- applies exactly once; rows are kept after the answer so every outcome stays visible.
      CREATE TABLE outbox (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        args TEXT NOT NULL,
        base_version INTEGER,
        status TEXT NOT NULL DEFAULT 'pending'
          CHECK (status IN ('pending', 'applied', 'conflict', 'rejected')),
        reason TEXT,
        message TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        settled_at TEXT
      ) STRICT;
      CREATE INDEX outbox_status ON outbox(status, seq);
    `);
  },
};
