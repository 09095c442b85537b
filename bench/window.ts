// The window coming up, and what it holds: Debian's Chromium against the browser harness, on a
// sandbox of its own where one agent holds every routed case, so that agent's cache is the size
// asked for. The renderer marks the page starting to load → the inbox painted as `window-up`.
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { loadScenario } from '../src/server/scenario.ts';
import { SandboxServer } from '../src/server/server.ts';
import { INBOX_WINDOW_ROWS } from '../src/shared/models.ts';
import { firstPaintScripts } from '../tests/fixtures/renderer-chunks.ts';
import { inChromium } from './browser.ts';
import { latencyOf, type Latency } from './stats.ts';

const AGENT = 'lucia';
const LOADS = 15;
/** What a fresh tab paints when it has almost nothing to load: the floor of any window coming up. */
const BLANK_PAGE = '<!doctype html><meta charset="utf-8"><title>Atiende</title><p>Cargando…</p>';
const RENDERER = fileURLToPath(new URL('../out/renderer', import.meta.url));

export interface WindowFigures {
  /** Navigation start → the inbox painted with its rows, each in a fresh tab. */
  up: Latency;
  /** Navigation start → the first paint of anything (the loading line). */
  firstPaint: Latency;
  /** What the inbox reads at start through the bridge (its ids and the rows in view), from the loaded page, not drawn. */
  inboxFetch: Latency;
  /** Every row of the inbox through the bridge, as the inbox read them before it read a window. */
  wholeFetch: Latency;
  /** Navigation start → first paint of a one-line page, each in a fresh tab: the browser's own share. */
  blankPaint: Latency;
  cases: number;
  rows: number;
  /** Script fetched before the first paint (entry, its static imports, the Spanish strings). */
  firstChunkBytes: number;
}

export interface HeapFigures {
  /** The console's JS heap after a garbage collection, the inbox painted and a case open. */
  heapBytes: number;
  /** A blank tab holding the same rows as parsed objects, after a garbage collection. */
  floorBytes: number;
  rows: number;
}

/** A sandbox where `AGENT` is the only routed agent: every routed case (and its history) is theirs. */
async function soloSandbox(cases: number): Promise<SandboxServer> {
  const scenario = loadScenario('default');
  const users = scenario.users.map((u) => (u.role === 'agent' && u.username !== AGENT ? { ...u, routed: false } : u));
  const server = await SandboxServer.open({ scenario: { ...scenario, users }, cases });
  await server.listen(0, '127.0.0.1');
  return server;
}

const measured = (page: Page, name: string) => page.evaluate((entry) => performance.getEntriesByName(entry)[0]?.duration ?? Number.NaN, name);
const paintedAt = (page: Page, name: string) => page.evaluate((entry) => performance.getEntriesByName(entry)[0]?.startTime ?? Number.NaN, name);

/** One contract read from the loaded page, in milliseconds. */
function bridgeRead(page: Page, operation: string, input: object): Promise<number> {
  return page.evaluate(async ([op, query]) => {
    const bridge = (globalThis as unknown as { atiende: Record<string, (q: unknown) => Promise<unknown>> }).atiende;
    const start = performance.now();
    await bridge[op]!(query);
    return performance.now() - start;
  }, [operation, input] as const);
}

/**
 * Waits for the page's `window-up` measure through bare CDP evaluations: Playwright's own waiting
 * first injects its utility script, whose evaluation (tens of ms) would land in the page's main
 * thread while the window is coming up and count in the figure.
 */
async function waitForWindowUp(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const up = async () => (await cdp.send('Runtime.evaluate', { expression: "performance.getEntriesByName('window-up').length > 0", returnByValue: true })).result.value === true;
    const deadline = Date.now() + 30_000;
    while (!(await up())) {
      if (Date.now() > deadline) throw new Error('The window did not come up within 30 s');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    await cdp.detach();
  }
}

export async function measureWindowUp(cases: number, progress: (line: string) => void): Promise<WindowFigures> {
  const server = await soloSandbox(cases);
  try {
    return await inChromium(server, AGENT, async ({ services, open }) => {
      const count = services.store.cases.count();
      const rows = services.store.cases.inbox(AGENT).length;
      progress(`  ${AGENT}'s cache: ${count.toLocaleString('en-US')} cases, ${rows.toLocaleString('en-US')} inbox rows; ${LOADS} loads…`);
      const up: number[] = [];
      const firstPaint: number[] = [];
      let last: Page | undefined;
      for (let i = 0; i < LOADS; i++) {
        await last?.close();
        last = await open({ width: 1366, height: 768 });
        await waitForWindowUp(last);
        up.push(await measured(last, 'window-up'));
        // The paint entry is reported a frame or two after the paint: wait for it, or it reads as missing.
        await last.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
        firstPaint.push(await paintedAt(last, 'first-contentful-paint'));
      }
      const blankPaint: number[] = [];
      const browser = (last as Page).context().browser();
      for (let i = 0; browser && i < LOADS; i++) {
        const blank = await browser.newPage({ viewport: { width: 1366, height: 768 } });
        await blank.goto(`data:text/html,${encodeURIComponent(BLANK_PAGE)}`);
        await blank.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
        blankPaint.push(await paintedAt(blank, 'first-contentful-paint'));
        await blank.close();
      }
      const inboxFetch: number[] = [];
      const wholeFetch: number[] = [];
      for (let i = 0; i < LOADS; i++) {
        inboxFetch.push(await bridgeRead(last as Page, 'inboxWindow', { sort: 'priority', offset: 0, limit: INBOX_WINDOW_ROWS }));
        wholeFetch.push(await bridgeRead(last as Page, 'listInbox', { sort: 'priority' }));
      }
      return {
        up: latencyOf(up), firstPaint: latencyOf(firstPaint), inboxFetch: latencyOf(inboxFetch), wholeFetch: latencyOf(wholeFetch),
        blankPaint: latencyOf(blankPaint), cases: count, rows,
        firstChunkBytes: firstPaintScripts(RENDERER, 'es').bytes,
      };
    });
  } finally {
    await server.close();
  }
}

async function heapUsed(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  } finally {
    await cdp.detach();
  }
}

export async function measureHeap(cases: number, progress: (line: string) => void): Promise<HeapFigures> {
  const server = await soloSandbox(cases);
  try {
    return await inChromium(server, AGENT, async ({ services, open }) => {
      const inbox = services.store.cases.inbox(AGENT);
      progress(`  ${AGENT}'s inbox: ${inbox.length.toLocaleString('en-US')} rows; reading the renderer's heap…`);
      const page = await open({ width: 1366, height: 768 });
      await waitForWindowUp(page);
      // A case open too: its view and the tools pane are loaded, as an agent at work has them.
      await page.getByTestId('case-row').first().click();
      await page.getByTestId('case-view').waitFor();
      const heapBytes = await heapUsed(page);

      const blank = await page.context().browser()!.newPage();
      await blank.evaluate((json) => {
        (globalThis as unknown as { rows: unknown }).rows = JSON.parse(json);
      }, JSON.stringify(inbox));
      const floorBytes = await heapUsed(blank);
      return { heapBytes, floorBytes, rows: inbox.length };
    });
  } finally {
    await server.close();
  }
}
