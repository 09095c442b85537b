// The operation's reports: one period's figures (`GET /v1/reports`), the per-case rows behind
// them (`/v1/reports/cases`) and the snapshots a console keeps to read offline
// (`/v1/reports/snapshots`). Supervisors read their teams', agents their own; trainers none.
import type { IncomingMessage } from 'node:http';
import { z } from 'zod';
import { ReportQuery } from '../../protocol/reports.ts';
import { HttpError, sendJson } from '../http.ts';
import { audienceOf, type Audience } from '../reports/audience.ts';
import { operationReport, reportCases, reportSnapshots } from '../reports/build.ts';
import { SnapshotCache } from '../reports/snapshot-cache.ts';
import { authenticate, type Session } from './auth.ts';
import type { Api, Routes } from './route.ts';

/** The longest period one report covers: a year and a day. */
export const REPORT_MAX_DAYS = 366;

/** Who asks: a supervisor or an agent (403 for anyone else, before the query is read). */
async function reader(api: Api, req: IncomingMessage): Promise<Session> {
  const session = await authenticate(api, req);
  if (session.role !== 'supervisor' && session.role !== 'agent') throw new HttpError(403, 'forbidden', 'Reports are for supervisors and agents');
  return session;
}

async function audience(api: Api, session: Session, query: Pick<ReportQuery, 'agent' | 'team'> = {}): Promise<Audience> {
  return audienceOf(await api.store.reports.members(), session.username, query);
}

function queryOf(req: IncomingMessage): ReportQuery {
  const parsed = ReportQuery.safeParse(Object.fromEntries(new URL(req.url ?? '/', 'http://sandbox').searchParams));
  if (!parsed.success) throw new HttpError(400, 'invalid_query', `Name the period (from, to): ${z.prettifyError(parsed.error)}`);
  const days = (Date.parse(parsed.data.to) - Date.parse(parsed.data.from)) / 86_400_000;
  if (!(days > 0)) throw new HttpError(400, 'invalid_query', 'The period must end after it starts');
  if (days > REPORT_MAX_DAYS) throw new HttpError(400, 'invalid_query', `A report covers at most ${REPORT_MAX_DAYS} days`);
  return parsed.data;
}

/** Each server's snapshots cache (tests run several servers in one process). */
const snapshotCaches = new WeakMap<Api, SnapshotCache>();

export const reportRoutes = (api: Api): Routes => ({
  'GET /v1/reports': async (req, res) => {
    const session = await reader(api, req);
    const query = queryOf(req);
    sendJson(res, 200, await operationReport(api.store.reports, await audience(api, session, query), query, api.clock.now()));
  },
  'GET /v1/reports/cases': async (req, res) => {
    const session = await reader(api, req);
    const query = queryOf(req);
    sendJson(res, 200, { rows: await reportCases(api.store.reports, await audience(api, session, query), query, api.clock.now()) });
  },
  'GET /v1/reports/snapshots': async (req, res) => {
    const session = await reader(api, req);
    const whose = await audience(api, session);
    const cache = snapshotCaches.get(api) ?? new SnapshotCache();
    snapshotCaches.set(api, cache);
    sendJson(res, 200, await cache.get(whose, api.clock.now(), (asOf) => reportSnapshots(api.store.reports, whose, asOf)));
  },
});
