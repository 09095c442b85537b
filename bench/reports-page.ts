// The Reportes page in the real renderer: Debian's Chromium against the browser harness, sofia
// (a supervisor of both teams) on the 5,000-case sandbox. The page marks a new choice → that
// report's figures, charts and tables painted as `report-open`; the bench switches the period to
// the last 8 weeks and back to this week. The floor, in the same run: the same report asked
// through the bridge and dropped, which is what the page waits for before it can draw anything.
import type { Page } from '@playwright/test';
import { inChromium, measuredAsk, until, type AskSample } from './browser.ts';
import type { SandboxServer } from '../src/server/server.ts';
import type { ReportPageQuery } from '../src/shared/reports/operations.ts';
import { presetPeriod, type PeriodPreset } from '../src/shared/reports/period.ts';
import { ReportsPage } from '../tests/e2e/pages/reports-page.ts';
import { latencyOf, type Latency } from './stats.ts';

const SUPERVISOR = 'sofia';
type Preset = Exclude<PeriodPreset, 'custom'>;

export interface ReportsPageFigures {
  /** A new choice → the last 8 weeks' report painted. */
  eightWeeks: Latency;
  /** Of that, its answer arrived → painted. */
  eightWeeksDrawing: Latency;
  /** The same, back to this week. */
  thisWeek: Latency;
  /** The last 8 weeks' report through the bridge, not drawn. */
  fetchOnly: Latency;
  /** Cases the report counts (the period, not the previous one). */
  cases: number;
}

/** Picks a preset and returns the page's `report-open` measure for it. */
function choose(reports: ReportsPage, preset: Preset): Promise<AskSample> {
  return measuredAsk(reports.page, 'report-open', () => reports.presetOf(preset));
}

/** The bridge answers `{ ok, value }` (the renderer's `api` unwraps it). */
async function viaBridge(page: Page, query: ReportPageQuery): Promise<{ ms: number; cases: number }> {
  return page.evaluate(async (input) => {
    type Answer = { ok: true; value: { current: { cases: number } } } | { ok: false; error: { message: string } };
    const bridge = (globalThis as unknown as { atiende: { operationReport(q: typeof input): Promise<Answer> } }).atiende;
    const start = performance.now();
    const answer = await bridge.operationReport(input);
    const elapsed = performance.now() - start;
    if (!answer.ok) throw new Error(answer.error.message);
    return { ms: elapsed, cases: answer.value.current.cases };
  }, query);
}

export async function measureReportsPage(server: SandboxServer, runs: number): Promise<ReportsPageFigures> {
  return inChromium(server, SUPERVISOR, async ({ services, open }) => {
    // After the first pull the console fetches its reports snapshot; the page reads again when it lands.
    await until(() => services.store.reportSnapshots.fetchedAt() !== null);
    const page = await open({ width: 1366, height: 768 });
    const reports = new ReportsPage(page);
    await reports.open();
    await reports.figures.waitFor();

    // One untimed round warms the statements on the server and the code paths in the page.
    await choose(reports, 'last8Weeks');
    await choose(reports, 'thisWeek');
    // The page's own query: the preset's period, grouped by channel (its default), all of sofia's teams.
    const query: ReportPageQuery = { ...presetPeriod('last8Weeks', new Date()), by: 'channel' };
    const eightWeeks: AskSample[] = [];
    const thisWeek: number[] = [];
    const fetchOnly: number[] = [];
    let cases = 0;
    // The floor in each round, so a busy moment of the machine weighs on both alike.
    for (let i = 0; i < runs; i++) {
      eightWeeks.push(await choose(reports, 'last8Weeks'));
      thisWeek.push((await choose(reports, 'thisWeek')).total);
      const fetched = await viaBridge(page, query);
      fetchOnly.push(fetched.ms);
      cases = fetched.cases;
    }
    return {
      eightWeeks: latencyOf(eightWeeks.map((sample) => sample.total)),
      eightWeeksDrawing: latencyOf(eightWeeks.map((sample) => sample.drawing)),
      thisWeek: latencyOf(thisWeek),
      fetchOnly: latencyOf(fetchOnly),
      cases,
    };
  });
}
