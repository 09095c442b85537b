// The central API's reports, for the console's main process (the reports page and the offline
// snapshot). Each answer is checked against src/protocol/reports.ts before anyone reads it.
import { OperationReport, ReportCases, ReportSnapshots, type ReportCaseRow, type ReportQuery } from '../../protocol/reports.ts';
import type { ApiClient } from '../sync/api-client.ts';

/** Whom the call is made as: the signed-in profile's API client. */
export interface ReportSession { api: ApiClient }

function search(query: ReportQuery): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) params.set(key, value);
  return params.toString();
}

export function fetchOperationReport(session: ReportSession, query: ReportQuery): Promise<OperationReport> {
  return session.api.read(`/v1/reports?${search(query)}`, OperationReport);
}

export async function fetchReportCases(session: ReportSession, query: ReportQuery): Promise<ReportCaseRow[]> {
  return (await session.api.read(`/v1/reports/cases?${search(query)}`, ReportCases)).rows;
}

export function fetchReportSnapshots(session: ReportSession): Promise<ReportSnapshots> {
  return session.api.read('/v1/reports/snapshots', ReportSnapshots);
}
