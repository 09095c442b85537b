import type { Migration } from './index.ts';

// Satisfaction surveys: the server sends a survey into the thread (message kind `survey`) and
// marks the customer's reply that answered it (`csat_answer`), which the noise filter and the
// out-of-hours notice leave alone. (A case reopened by a negative answer says so in 025's
// `recontact`.) No server sent either before, so nothing cached needs pulling again.
export const m026CsatMessages: Migration = {
  version: 26,
  name: '026-csat-messages',
  up(db) {
    db.exec('ALTER TABLE messages ADD COLUMN csat_answer INTEGER NOT NULL DEFAULT 0');
  },
};
