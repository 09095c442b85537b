// The operation's reports, asked of the central API: they are computed there, over every case of
// the caller's audience, so they need the network (the page keeps snapshots for offline reading).
// The CLI's `report` and the window's reports page both come through here.
import type { OperationReport, ReportCases, ReportQuery, ReportSnapshots } from '../../protocol/reports.ts';
import type { Services } from '../services.ts';

/** A signed-in profile's way to the central API. */
export type ReportSession = Pick<Services, 'api'>;

export function fetchOperationReport(session: ReportSession, query: ReportQuery): Promise<OperationReport> {
  return session.api.report(query);
}

export function fetchReportCases(session: ReportSession, query: ReportQuery): Promise<ReportCases> {
  return session.api.reportCases(query);
}

export function fetchReportSnapshots(session: ReportSession): Promise<ReportSnapshots> {
  return session.api.reportSnapshots();
}
