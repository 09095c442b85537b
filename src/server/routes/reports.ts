// The operation's reports over the sandbox's cases: who handled what, when it was first
// answered and resolved, counted plainly per the contract in src/protocol/reports.ts.
// Supervisors read the agents of the teams they supervise, agents themselves, trainers nothing.
import { z } from 'zod';
import {
  type OperationReport, type ReportCaseRow, ReportQuery, type ReportFigures, type ReportSnapshots,
} from '../../protocol/reports.ts';
import { CHANNEL_INFO } from '../../shared/channels.ts';
import type { Channel, ContactReason, Resolution } from '../../shared/domain.ts';
import { HttpError, sendJson } from '../http.ts';
import type { SandboxDb } from '../schema.ts';
import { authenticate } from './auth.ts';
import type { Api, Routes } from './route.ts';

interface CaseFact {
  id: string; number: number; channel: Channel; agent: string | null; team: string | null; reason: ContactReason | null;
  product: string | null; resolution: Resolution | null; status: string; openedAt: string; firstResponseAt: string | null;
  resolvedAt: string | null; messages: number; autoReplied: number;
}

const DAY_MS = 24 * 3600_000;
const WEEK_MS = 7 * DAY_MS;

function audience(db: SandboxDb, username: string, role: string): string[] {
  if (role === 'agent') return [username];
  if (role !== 'supervisor') throw new HttpError(403, 'forbidden', 'Only supervisors and agents read reports');
  const row = db.prepare<[string], { supervises: string }>('SELECT supervises FROM users WHERE username = ?').get(username);
  const teams = z.array(z.string()).parse(JSON.parse(row?.supervises ?? '[]'));
  return db.prepare<[], { username: string; team: string | null }>("SELECT username, team FROM users WHERE role = 'agent' ORDER BY username")
    .all().filter((u) => u.team !== null && teams.includes(u.team)).map((u) => u.username);
}

function facts(db: SandboxDb, agents: string[], from: string, to: string): CaseFact[] {
  if (agents.length === 0) return [];
  return db.prepare<unknown[], CaseFact>(
    `SELECT c.id, c.number, c.channel, c.assigned_to AS agent, u.team, c.reason, c.product, c.resolution, c.status,
       c.created_at AS openedAt,
       (SELECT MIN(m.sent_at) FROM messages m WHERE m.case_id = c.id AND m.kind = 'reply') AS firstResponseAt,
       CASE WHEN c.status = 'resolved' THEN c.updated_at END AS resolvedAt,
       (SELECT COUNT(*) FROM messages m WHERE m.case_id = c.id) AS messages,
       (SELECT COUNT(*) FROM messages m WHERE m.case_id = c.id AND m.kind = 'auto_reply') AS autoReplied
     FROM cases c LEFT JOIN users u ON u.username = c.assigned_to
     WHERE c.assigned_to IN (${agents.map(() => '?').join(',')}) AND c.created_at >= ? AND c.created_at < ?
     ORDER BY c.created_at, c.number`,
  ).all(...agents, from, to);
}

const seconds = (from: string, to: string | null) => (to === null ? null : Math.max(0, (Date.parse(to) - Date.parse(from)) / 1000));
const mean = (values: number[]) => (values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length);

function figures(cases: CaseFact[]): ReportFigures {
  const waits = cases.map((c) => seconds(c.openedAt, c.firstResponseAt)).filter((s) => s !== null).sort((a, b) => a - b);
  const resolved = cases.filter((c) => c.resolvedAt !== null);
  const serviceLevel: ReportFigures['serviceLevel'] = {};
  const asa: ReportFigures['asa'] = {};
  for (const channel of new Set(cases.map((c) => c.channel))) {
    const target = CHANNEL_INFO[channel].slaMinutes * 60;
    const answered = cases.filter((c) => c.channel === channel).map((c) => seconds(c.openedAt, c.firstResponseAt)).filter((s) => s !== null);
    const within = answered.filter((s) => s <= target).length;
    serviceLevel[channel] = { targetSeconds: target, within, total: answered.length, ratio: answered.length ? within / answered.length : null };
    asa[channel] = mean(answered);
  }
  const reasons: Record<string, number> = {};
  for (const c of cases) if (c.reason) reasons[c.reason] = (reasons[c.reason] ?? 0) + 1;
  return {
    cases: cases.length,
    resolved: resolved.length,
    firstResponse: { avgSeconds: mean(waits), p90Seconds: waits.length ? waits[Math.ceil(waits.length * 0.9) - 1] ?? null : null },
    handling: { avgSeconds: mean(resolved.map((c) => seconds(c.openedAt, c.resolvedAt) ?? 0)) },
    response: { avgSeconds: mean(waits) },
    serviceLevel,
    asa,
    fcr: { eligible: resolved.length, firstContact: resolved.length, ratio: resolved.length ? 1 : null },
    messagesPerCase: mean(cases.map((c) => c.messages)),
    reasons,
    complaints: reasons.complaint ?? 0,
    autoReplied: cases.reduce((n, c) => n + c.autoReplied, 0),
    filtered: 0, rejected: 0, peerAnswered: 0, callsAvoided: 0,
    occupancy: { signedInSeconds: 0, productiveSeconds: 0, ratio: null },
    quality: { reviews: 0, avgScore: null, autoFails: 0 },
    csat: { sent: 0, answered: 0, score: null, negative: 0 },
  };
}

function mondayOf(at: number): number {
  const midnight = Math.floor(at / DAY_MS) * DAY_MS;
  return midnight - ((new Date(midnight).getUTCDay() + 6) % 7) * DAY_MS;
}

function report(db: SandboxDb, agents: string[], query: ReportQuery, asOf: string): OperationReport {
  const all = facts(db, agents, query.from, query.to);
  const cases = all.filter((c) => (!query.channel || c.channel === query.channel) && (!query.reason || c.reason === query.reason));
  const weeks: OperationReport['complaintsByWeek'] = [];
  for (let w = mondayOf(Date.parse(query.from)); w < Date.parse(query.to); w += WEEK_MS) {
    const inWeek = cases.filter((c) => Date.parse(c.openedAt) >= w && Date.parse(c.openedAt) < w + WEEK_MS);
    weeks.push({ week: new Date(w).toISOString().slice(0, 10), complaints: inWeek.filter((c) => c.reason === 'complaint').length, cases: inWeek.length });
  }
  const by = query.by;
  const keyOf = (c: CaseFact): string | null => (by === 'channel' ? c.channel : by === 'agent' ? c.agent : by === 'team' ? c.team : by === 'reason' ? c.reason : by === 'product' ? c.product : null);
  const groups = by ? [...new Set(cases.map(keyOf).filter((k) => k !== null))].sort().map((key) => ({ key, ...figures(cases.filter((c) => keyOf(c) === key)) })) : undefined;
  return { ...figures(cases), from: query.from, to: query.to, asOf, agents, complaintsByWeek: weeks, ...(groups ? { groups } : {}) };
}

function narrowed(db: SandboxDb, agents: string[], query: ReportQuery): string[] {
  const team = query.team;
  const inTeam = team === undefined ? agents : agents.filter((a) => db.prepare<[string], { team: string | null }>('SELECT team FROM users WHERE username = ?').get(a)?.team === team);
  return query.agent === undefined ? inTeam : inTeam.filter((a) => a === query.agent);
}

function readQuery(url: string | undefined): ReportQuery {
  const parsed = ReportQuery.safeParse(Object.fromEntries(new URL(url ?? '/', 'http://sandbox').searchParams));
  if (!parsed.success) throw new HttpError(400, 'invalid_query', `Name the period: ${z.prettifyError(parsed.error)}`);
  if (Date.parse(parsed.data.from) >= Date.parse(parsed.data.to)) throw new HttpError(400, 'invalid_query', 'The period must start before it ends');
  return parsed.data;
}

const iso = (ms: number) => new Date(ms).toISOString();

export const reportRoutes = (api: Api, db: SandboxDb): Routes => ({
  'GET /v1/reports': async (req, res) => {
    const session = await authenticate(api, req);
    const agents = audience(db, session.username, session.role);
    const query = readQuery(req.url);
    sendJson(res, 200, report(db, narrowed(db, agents, query), query, api.clock.now().toISOString()));
  },
  'GET /v1/reports/cases': async (req, res) => {
    const session = await authenticate(api, req);
    const agents = audience(db, session.username, session.role);
    const query = readQuery(req.url);
    const rows: ReportCaseRow[] = facts(db, narrowed(db, agents, query), query.from, query.to)
      .filter((c) => (!query.channel || c.channel === query.channel) && (!query.reason || c.reason === query.reason))
      .map((c) => ({
        caseId: c.id, number: c.number, channel: c.channel, agent: c.agent, team: c.team, reason: c.reason, product: c.product,
        resolution: c.resolution, openedAt: c.openedAt, firstResponseAt: c.firstResponseAt, resolvedAt: c.resolvedAt,
        messages: c.messages, autoReplied: c.autoReplied, filtered: 0, csat: null,
      }));
    sendJson(res, 200, { rows });
  },
  'GET /v1/reports/snapshots': async (req, res) => {
    const session = await authenticate(api, req);
    const agents = audience(db, session.username, session.role);
    const now = api.clock.now();
    const asOf = now.toISOString();
    const monday = mondayOf(now.getTime());
    const weeks = Array.from({ length: 8 }, (_, i) => monday - (7 - i) * WEEK_MS)
      .map((w) => report(db, agents, { from: iso(w), to: iso(w + WEEK_MS) }, asOf));
    const month = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1);
    const next = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1);
    const before = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1);
    const answer: ReportSnapshots = {
      asOf, weeks,
      month: report(db, agents, { from: iso(month), to: iso(next) }, asOf),
      previousMonth: report(db, agents, { from: iso(before), to: iso(month) }, asOf),
    };
    sendJson(res, 200, answer);
  },
});
