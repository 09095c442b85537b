// `atiende report`: the operation's report for a period, online (the central API computes it
// over every case of the caller's audience): a short table, --json for scripts, or --csv for the
// per-case rows behind it.
import { REPORT_GROUPINGS, type OperationReport, type ReportFigures, type ReportGrouping } from '../../protocol/reports.ts';
import { caseRowsCsv, type CaseCsvColumn } from '../../shared/reports/case-csv.ts';
import { fetchOperationReport, fetchReportCases } from '../reports/client.ts';
import { Services } from '../services.ts';
import type { Output } from './commands.ts';
import { instant } from './flags.ts';
import { safeJson, safeText } from './format.ts';

export interface ReportOptions {
  profile: string;
  from: string;
  to: string;
  by?: string | undefined;
  json: boolean;
  csv: boolean;
}

function grouping(by: string | undefined): ReportGrouping | undefined {
  if (by === undefined) return undefined;
  const found = REPORT_GROUPINGS.find((g) => g === by);
  if (!found) throw new Error(`--by takes one of ${REPORT_GROUPINGS.join(', ')}; not ${by}`);
  return found;
}

/** The CLI's headings, in English (the page writes them in the reader's language). */
export const CSV_HEADINGS: Record<CaseCsvColumn, string> = {
  case: 'case', number: 'number', channel: 'channel', agent: 'agent', team: 'team', reason: 'reason', product: 'product', favour: 'favour',
  opened: 'opened', firstResponse: 'first response', resolved: 'resolved', messages: 'messages', autoReplied: 'auto-replied',
  filtered: 'filtered', csat: 'csat',
};

const duration = (seconds: number | null): string => {
  if (seconds === null) return '—';
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
};
const percent = (ratio: number | null): string => (ratio === null ? '—' : `${Math.round(ratio * 100)}%`);
const decimal = (value: number | null): string => (value === null ? '—' : value.toFixed(1));

/** The whole period's figures, a few lines. */
function summary(f: ReportFigures): string[] {
  const levels = Object.entries(f.serviceLevel).map(([channel, l]) => `${channel} ${l.within}/${l.total} (${percent(l.ratio)}, target ${duration(l.targetSeconds)})`);
  const reasons = Object.entries(f.reasons).map(([reason, n]) => `${reason} ${n}`);
  return [
    `cases ${f.cases}, resolved ${f.resolved}, messages per case ${decimal(f.messagesPerCase)}`,
    `first response avg ${duration(f.firstResponse.avgSeconds)}, p90 ${duration(f.firstResponse.p90Seconds)}; handling (AHT) ${duration(f.handling.avgSeconds)}; response (ART) ${duration(f.response.avgSeconds)}`,
    `service level: ${levels.length > 0 ? levels.join('; ') : '—'}`,
    `FCR ${f.fcr.firstContact}/${f.fcr.eligible} (${percent(f.fcr.ratio)}); occupancy ${percent(f.occupancy.ratio)}`,
    `reasons: ${reasons.length > 0 ? reasons.join(', ') : '—'}; complaints ${f.complaints}`,
    `auto-replied ${f.autoReplied}, filtered ${f.filtered}, rejected ${f.rejected}, answered by customers ${f.peerAnswered}, calls avoided ${f.callsAvoided}, derived ${f.derived}, likes ${f.likes}`,
    `QA reviews ${f.quality.reviews} (avg ${decimal(f.quality.avgScore)}, auto-fails ${f.quality.autoFails}); CSAT sent ${f.csat.sent}, answered ${f.csat.answered}, score ${decimal(f.csat.score)}, negative ${f.csat.negative}`,
  ];
}

/** One line per group: the figures a supervisor compares side by side. */
function groupTable(report: OperationReport, by: ReportGrouping): string[] {
  const cells = (values: string[]) => values.map((v, i) => (i === 0 ? v.padEnd(22) : v.padStart(9))).join(' ');
  return [
    cells([by, 'cases', 'resolved', 'first', 'AHT', 'FCR', 'CSAT', 'likes']),
    ...(report.groups ?? []).map((g) => cells([
      safeText(g.key).slice(0, 22), String(g.cases), String(g.resolved), duration(g.firstResponse.avgSeconds), duration(g.handling.avgSeconds),
      percent(g.fcr.ratio), decimal(g.csat.score), String(g.likes),
    ])),
  ];
}

export async function reportCommand(o: ReportOptions): Promise<Output> {
  if (o.json && o.csv) throw new Error('give --json or --csv, not both');
  const from = instant('--from', o.from);
  const to = instant('--to', o.to);
  if (!(Date.parse(from) < Date.parse(to))) throw new Error('--from must be before --to');
  const by = grouping(o.by);
  const services = await Services.open({ profileDir: o.profile });
  try {
    const query = { from, to, ...(by === undefined ? {} : { by }) };
    if (o.csv) return { stdout: caseRowsCsv((await fetchReportCases(services, { from, to })).rows, CSV_HEADINGS) };
    const report = await fetchOperationReport(services, query);
    if (o.json) return { stdout: safeJson(report) };
    const lines = [
      `${report.from} → ${report.to} (as of ${report.asOf}); agents: ${report.agents.map(safeText).join(', ') || '—'}`,
      ...summary(report),
      ...(by === undefined ? [] : ['', ...groupTable(report, by)]),
    ];
    return { stdout: `${lines.join('\n')}\n` };
  } finally {
    services.close();
  }
}
