import type { Migration } from './index.ts';

// Satisfaction surveys: the server sends a survey into the thread (message kind `survey`) and
// marks the customer's reply that answered it (`csat_answer`), which the noise filter and the
// out-of-hours notice leave alone; a case reopened by a negative answer says so (`recontact`).
// No server sent either before, so nothing cached needs pulling again. `recontact` may already
// be there from the case marks of the same release: added only where missing.
export const m025CsatMessages: Migration = {
  version: 25,
  name: '025-csat-messages',
  up(db) {
    db.exec('ALTER TABLE messages ADD COLUMN csat_answer INTEGER NOT NULL DEFAULT 0');
    const caseColumns = db.prepare<[], { name: string }>("SELECT name FROM pragma_table_info('cases')").all().map((c) => c.name);
    if (!caseColumns.includes('recontact')) db.exec('ALTER TABLE cases ADD COLUMN recontact TEXT');
  },
};
