import type { Migration } from './index.ts';

// The operation's reports synced for offline reading: one row, the last snapshot the server
// sent (the last 8 weeks by week and the current month), replaced whole by the next one.
export const m024ReportSnapshots: Migration = {
  version: 24,
  name: '024-report-snapshots',
  up(db) {
    db.exec(`CREATE TABLE report_snapshots (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      as_of TEXT NOT NULL,
      fetched_at TEXT NOT NULL,
      data TEXT NOT NULL
    ) STRICT`);
  },
};
