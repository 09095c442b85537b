// The operation's report on the server over the 5,000-case sandbox's last 8 weeks, as sofia (a
// supervisor of both teams) asks for it, beside a floor measured in the same run: a bare SELECT
// of the same rows (the cases, their messages and their events), read and dropped.
import { audienceOf } from '../src/server/reports/audience.ts';
import { operationReport } from '../src/server/reports/build.ts';
import type { SandboxServer } from '../src/server/server.ts';
import { SqliteStore } from '../src/server/store/sqlite-store.ts';
import { median, timed } from './stats.ts';

const SUPERVISOR = 'sofia';
const WEEKS = 8;
const DAY_MS = 86_400_000;

export interface ReportFigures {
  /** The report, run by run (ms). */
  report: number[];
  grouped: number[];
  floor: number[];
  cases: number;
  messages: number;
}

export async function measureReports(server: SandboxServer, runs: number, progress: (line: string) => void): Promise<ReportFigures> {
  // A second store over the same connection: the reports only read.
  const store = new SqliteStore(server.db);
  const now = server.clock.now();
  const query = { from: new Date(now.getTime() - WEEKS * 7 * DAY_MS).toISOString(), to: now.toISOString() };
  const audience = audienceOf(await store.reports.members(), SUPERVISOR, {});
  const agents = JSON.stringify(audience.agents);
  const floorRows = () => {
    const cases = server.db.prepare(`SELECT * FROM cases WHERE assigned_to IN (SELECT value FROM json_each(?))
      AND created_at >= ? AND created_at < ?`).all(agents, query.from, query.to) as { id: string }[];
    const ids = JSON.stringify(cases.map((c) => c.id));
    const messages = server.db.prepare('SELECT * FROM messages WHERE case_id IN (SELECT value FROM json_each(?))').all(ids);
    const events = server.db.prepare('SELECT * FROM case_events WHERE case_id IN (SELECT value FROM json_each(?))').all(ids);
    return { cases: cases.length, messages: messages.length, events: events.length };
  };
  const figures: ReportFigures = { report: [], grouped: [], floor: [], cases: 0, messages: 0 };
  // One untimed round warms the statement cache and the pages.
  await operationReport(store.reports, audience, query, now);
  floorRows();
  for (let run = 1; run <= runs; run++) {
    const report = await timed(() => operationReport(store.reports, audience, query, now));
    const grouped = await timed(() => operationReport(store.reports, audience, { ...query, by: 'agent' }, now));
    const floor = await timed(() => floorRows());
    figures.report.push(report.ms);
    figures.grouped.push(grouped.ms);
    figures.floor.push(floor.ms);
    figures.cases = report.value.cases;
    figures.messages = floor.value.messages;
    progress(`  run ${run}: report ${report.ms.toFixed(0)} ms, by agent ${grouped.ms.toFixed(0)} ms, floor ${floor.ms.toFixed(0)} ms ` +
      `(${report.value.cases} cases, ${floor.value.messages} messages)`);
  }
  progress(`  medians: report ${median(figures.report).toFixed(0)} ms, by agent ${median(figures.grouped).toFixed(0)} ms, floor ${median(figures.floor).toFixed(0)} ms`);
  return figures;
}
