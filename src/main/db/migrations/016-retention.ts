import type { Migration } from './index.ts';

// Retention (src/main/retention/): a case whose customer text was purged keeps its row (number,
// channel, status, dates) with `purged_at`, the server's time of the purge, so the console can
// say why the thread is empty. An answered outbox row records the server's clock as of the last
// pull (`settled_server_at`), so its age is measured by the server, never by this laptop; its
// arguments (a reply's text) are purged after the limit, marked by `args_purged_at`. Rows
// answered before this version take their local answer time: the best this cache knows.
export const m016Retention: Migration = {
  version: 16,
  name: '016-retention',
  up(db) {
    db.exec(`
      ALTER TABLE cases ADD COLUMN purged_at TEXT;
      ALTER TABLE outbox ADD COLUMN settled_server_at TEXT;
      ALTER TABLE outbox ADD COLUMN args_purged_at TEXT;
      UPDATE outbox SET settled_server_at = settled_at WHERE status <> 'pending';
      CREATE INDEX outbox_settled ON outbox(settled_server_at) WHERE status <> 'pending' AND args_purged_at IS NULL;
    `);
  },
};
