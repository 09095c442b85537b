// What the reports page asks of main: a period's figures and the previous period's, live from the
// central API; offline, from the synced snapshot when it holds that period (else its current
// month, said so); and the cases behind a figure, which only the server has.
import type { OperationReport, ReportCaseRow, ReportQuery } from '../../protocol/reports.ts';
import { CodedError } from '../../shared/errors.ts';
import type { ReportAnswer, ReportDrillQuery, ReportPageQuery } from '../../shared/reports/operations.ts';
import { previousPeriod } from '../../shared/reports/period.ts';
import type { ClockReading } from '../../shared/server-clock.ts';
import { fromSnapshot } from '../../shared/reports/snapshot.ts';
import type { OperationReportView, ReportCaseView, ReportSnapshotsView } from '../../shared/reports/view.ts';
import type { Store } from '../db/store.ts';
import type { ProfileMeta } from '../profiles.ts';
import { ApiError } from '../sync/api-error.ts';
import { fetchOperationReport, fetchReportCases, type ReportSession } from './client.ts';

export interface ReportServices extends ReportSession {
  store: Store;
  profile: Pick<ProfileMeta, 'role' | 'username'>;
}

// The page's shapes are the wire's: these only compile while one is assignable to the other.
const asView = (report: OperationReport): OperationReportView => report;
const asRow = (row: ReportCaseRow): ReportCaseView => row;

const isOffline = (error: unknown) => error instanceof ApiError && (error.kind === 'unavailable' || error.kind === 'retry_later');

/** An agent's figures are always their own; the server narrows them too. */
function audience(services: ReportServices, input: ReportPageQuery): Pick<ReportQuery, 'agent' | 'team'> {
  if (services.profile.role !== 'supervisor') return { agent: services.profile.username };
  return { ...(input.agent ? { agent: input.agent } : {}), ...(input.team ? { team: input.team } : {}) };
}

/** The last pull's reading of the server's clock (the sync engine writes both): reports' periods, SLA clocks. */
export function clockReading(store: Store): ClockReading {
  return { serverNow: store.syncState.get('server_now'), localAt: store.syncState.get('server_now_local') };
}

export function cachedSnapshot(store: Store): ReportSnapshotsView | null {
  return store.reportSnapshots.get()?.snapshots ?? null;
}

export async function operationReport(services: ReportServices, input: ReportPageQuery): Promise<ReportAnswer> {
  const who = audience(services, input);
  const by = input.by ? { by: input.by } : {};
  const previous = previousPeriod(input);
  try {
    const [current, before] = await Promise.all([
      fetchOperationReport(services, { from: input.from, to: input.to, ...who, ...by }),
      fetchOperationReport(services, { ...previous, ...who, ...by }),
    ]);
    return { current: asView(current), previous: asView(before), source: 'live', asOf: current.asOf, substituted: false };
  } catch (error) {
    if (!isOffline(error)) throw error;
    const snapshots = cachedSnapshot(services.store);
    // The snapshot holds the whole audience (a supervisor's teams): one agent or team needs the server.
    const narrowed = services.profile.role === 'supervisor' && (input.agent !== undefined || input.team !== undefined);
    if (!snapshots || narrowed) throw new CodedError('reports_offline', `No network, and no snapshot holds this report: ${String(error)}`);
    const found = fromSnapshot(snapshots, input);
    const answer = found ?? { current: snapshots.month, previous: snapshots.previousMonth };
    return { ...answer, source: 'snapshot', asOf: snapshots.asOf, substituted: found === null };
  }
}

export async function reportCases(services: ReportServices, input: ReportDrillQuery): Promise<ReportCaseView[]> {
  const { from, to, figure, channel, reason } = input;
  try {
    const { rows } = await fetchReportCases(services, {
      from, to, ...audience(services, input), ...(figure ? { figure } : {}), ...(channel ? { channel } : {}), ...(reason ? { reason } : {}),
    });
    return rows.map(asRow);
  } catch (error) {
    if (isOffline(error)) throw new CodedError('reports_offline', `The cases behind a figure need the server: ${String(error)}`);
    throw error;
  }
}
