import type { Migration } from './index.ts';

// Linking and merging customer records: the identity each case came through (replies go to it,
// whichever record it belongs to) and the record's undoable links and merges, as the server
// lists them (JSON).
export const m011CustomerLinks: Migration = {
  version: 11,
  name: '011-customer-links',
  up(db) {
    db.exec(`
      ALTER TABLE cases ADD COLUMN identity_id TEXT;
      ALTER TABLE customers ADD COLUMN merges TEXT NOT NULL DEFAULT '[]';
    `);
  },
};
