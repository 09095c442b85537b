// The reports snapshot in the cache: the server's answer as it came (checked against the wire
// schema when stored and again when read), and when this console fetched it.
import { ReportSnapshots } from '../../../protocol/reports.ts';
import type { Db } from '../connection.ts';
import { fromJson } from './columns.ts';

export interface StoredSnapshots { snapshots: ReportSnapshots; fetchedAt: string }

export class ReportSnapshotRepository {
  private readonly putStmt;
  private readonly getStmt;
  private readonly fetchedAtStmt;

  constructor(db: Db) {
    this.putStmt = db.prepare(
      `INSERT INTO report_snapshots (id, as_of, fetched_at, data) VALUES (1, @as_of, @fetched_at, @data)
       ON CONFLICT(id) DO UPDATE SET as_of = excluded.as_of, fetched_at = excluded.fetched_at, data = excluded.data`,
    );
    this.fetchedAtStmt = db.prepare<[], string>('SELECT fetched_at FROM report_snapshots WHERE id = 1').pluck();
    this.getStmt = db.prepare<[], { fetched_at: string; data: string }>('SELECT fetched_at, data FROM report_snapshots WHERE id = 1');
  }

  put(snapshots: ReportSnapshots, fetchedAt: string): void {
    this.putStmt.run({ as_of: snapshots.asOf, fetched_at: fetchedAt, data: JSON.stringify(snapshots) });
  }

  /** When the snapshot held was fetched (without reading it whole), or null. */
  fetchedAt(): string | null {
    return this.fetchedAtStmt.get() ?? null;
  }

  get(): StoredSnapshots | null {
    const row = this.getStmt.get();
    return row ? { snapshots: fromJson(ReportSnapshots, row.data, 'a reports snapshot'), fetchedAt: row.fetched_at } : null;
  }
}
