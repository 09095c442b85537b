// Case opening in the real renderer: Debian's Chromium against the browser harness, on the
// same 5,000-case sandbox. The renderer marks click → thread rendered as `case-open`, and when
// the case's answer arrived in between, so the renderer's own share shows beside the wait.
import type { Page } from '@playwright/test';
import { inChromium, measuredAsk, type AskSample } from './browser.ts';
import type { SandboxServer } from '../src/server/server.ts';
import type { Channel } from '../src/shared/domain.ts';
import { latencyOf as latency, type Latency } from './stats.ts';

const BIG_THREAD = 500;
const SWITCHES = 40;

export interface UiFigures {
  bigCase: Latency;
  switching: Latency;
  /** Of each open of the big case: its answer arrived → the thread painted. */
  bigDrawing: Latency;
  /** The same threads fetched through the bridge, not rendered. */
  fetchOnly: Latency;
  cases: number;
}

/** Grows one of the agent's cases to BIG_THREAD messages, through the trainer's inbound control. */
async function growThread(server: SandboxServer, agent: string): Promise<{ id: string; number: number }> {
  const target = server.db
    .prepare<[string], { id: string; number: number; channel: Channel }>("SELECT id, number, channel FROM cases WHERE assigned_to = ? AND status <> 'resolved' LIMIT 1")
    .get(agent);
  if (!target) throw new Error(`No open case of ${agent}`);
  const have = (server.db.prepare('SELECT count(*) AS n FROM messages WHERE case_id = ?').get(target.id) as { n: number }).n;
  // Urgent and waiting longest, so it sorts to the top of the virtualised inbox where a click
  // reaches it; the inbound messages below publish the change.
  server.db.prepare("UPDATE cases SET priority = 'urgent', waiting_since = '2020-01-01T00:00:00.000Z' WHERE id = ?").run(target.id);
  for (let i = have; i < BIG_THREAD; i++) {
    await server.controls.inbound({ channel: target.channel, customer: { name: 'Cliente', handle: 'bench' }, text: `Mensaje ${i + 1}: sigo sin servicio, ¿novedades?`, caseId: target.id });
  }
  return target;
}

function openCase(page: Page, number: number): Promise<AskSample> {
  return measuredAsk(page, 'case-open', () => page.getByTestId('case-row').filter({ hasText: `#${number}` }).first().click());
}

export async function measureCaseOpen(server: SandboxServer, agent: string): Promise<UiFigures> {
  const big = await growThread(server, agent);
  return inChromium(server, agent, async ({ services, open }) => {
    const page = await open({ width: 1280, height: 800 });
    await page.getByTestId('case-row').first().waitFor();
    // The rows that fit the window above the fold: a virtualised list renders no others.
    const others = services.store.cases.inbox(agent, { limit: 5 }).map((c) => c.number).filter((n) => n !== big.number);

    const bigSamples: number[] = [];
    const bigDrawing: number[] = [];
    const switchSamples: number[] = [];
    for (let i = 0; i < SWITCHES; i++) {
      const opened = await openCase(page, big.number);
      bigSamples.push(opened.total);
      bigDrawing.push(opened.drawing);
      switchSamples.push((await openCase(page, others[i % others.length] ?? big.number)).total);
    }
    const fetchSamples: number[] = [];
    for (let i = 0; i < SWITCHES; i++) {
      fetchSamples.push(await page.evaluate(async (caseId) => {
        const start = performance.now();
        await (globalThis as unknown as { atiende: { getCase(input: { caseId: string }): Promise<unknown> } }).atiende.getCase({ caseId });
        return performance.now() - start;
      }, big.id));
    }
    return { bigCase: latency(bigSamples), bigDrawing: latency(bigDrawing), switching: latency(switchSamples), fetchOnly: latency(fetchSamples), cases: services.store.cases.count() };
  });
}
