import type { Migration } from './index.ts';

// The customer 360: agents' notes on a customer (synced; version 0 and `pending` while only the
// local copy exists), and the customer's cases readable newest first straight from an index.
export const m008Customer360: Migration = {
  version: 8,
  name: '008-customer-360',
  up(db) {
    db.exec(`
      CREATE TABLE customer_notes (
        id TEXT PRIMARY KEY,
        customer_id TEXT NOT NULL,
        author TEXT NOT NULL,
        author_name TEXT NOT NULL,
        text TEXT NOT NULL,
        created_at TEXT NOT NULL,
        version INTEGER NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('pending', 'saved', 'refused'))
      ) STRICT;
      CREATE INDEX customer_notes_customer ON customer_notes(customer_id, created_at);

      DROP INDEX cases_customer;
      CREATE INDEX cases_customer ON cases(customer_id, created_at);
    `);
  },
};
