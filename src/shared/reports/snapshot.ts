// Reading reports offline: the synced snapshot answers a period only when it holds it whole,
// one of its weeks (compared with the week before it) or the current month (with the month
// before). Any other range needs the network.
import type { Period } from './period.ts';
import type { OperationReportView, ReportSnapshotsView } from './view.ts';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;
const same = (a: string, b: string) => Date.parse(a) === Date.parse(b);

export interface SnapshotAnswer { current: OperationReportView; previous: OperationReportView | null }

export function fromSnapshot(snapshots: ReportSnapshotsView, period: Period): SnapshotAnswer | null {
  const { month, previousMonth, weeks } = snapshots;
  if (same(period.from, month.from) && same(period.to, month.to)) return { current: month, previous: previousMonth };
  if (Date.parse(period.to) - Date.parse(period.from) !== WEEK_MS) return null;
  const index = weeks.findIndex((w) => same(w.from, period.from));
  if (index < 0) return null;
  const current = weeks[index];
  if (!current) return null;
  return { current, previous: weeks.find((w) => same(w.to, current.from)) ?? null };
}
