import type { Migration } from './index.ts';

// The agent's decisions on a customer message (a type chosen by hand, a message restored from
// the noise filter) are synced changes now (`set_message_type`, `restore_message`): the server
// sends the decision in force with the message, kept here as the server's copy. message_triage's
// `type_override` and `restored` stay what the console shows: the server's decision with any
// pending change of this console on top, so a refused change goes back to these columns.
// A decision taken before this version was never sent: 023 queues it as the synced change.
export const m018MessageDecisions: Migration = {
  version: 18,
  name: '018-message-decisions',
  up(db) {
    db.exec(`
      ALTER TABLE messages ADD COLUMN decision_type TEXT;
      ALTER TABLE messages ADD COLUMN decision_restored INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE messages ADD COLUMN decision_by TEXT;
      ALTER TABLE messages ADD COLUMN decision_at TEXT;
    `);
  },
};
