// A customer message arriving: from the sandbox accepting it (its answer to the trainer's
// `inbound` control) to the new case's row painted in the inbox of a console in Chromium. The
// console's main-process services run in a process of their own (console-process.ts), so the
// path is the real one: SSE poke, pull, apply, the window's event, the inbox's re-read, render.
// The floor is what no console can skip: hearing the same poke and pulling the same change over
// loopback, parsed and dropped.
import { chromium, type Page } from '@playwright/test';
import { SANDBOX_PASSWORD } from '../src/server/sandbox/seed.ts';
import { CHROMIUM } from '../tests/fixtures/chromium.ts';
import { onceMoreAfterReset, startConsoleProcess } from './console-process.ts';
import { fetchPages, login, type RawPage } from './floors.ts';
import type { Row } from './report.ts';
import { latencyOf, ms, ratio, type Latency } from './stats.ts';

const TRAINER = 'diego';
/**
 * Before each arrival, the page has neither heard from nor waited on main for this long: each
 * message finds the console idle, as one does most of the time (the last one's auto-reply, its
 * echo and the inbox's reads are through).
 */
const QUIET_MS = 500;
const SAMPLES = 40;
const TARGET_P95_MS = 300;
const AGENT = 'lucia';

export interface ArrivalFigures {
  /** Accepted → row painted. */
  painted: Latency;
  /** Accepted → main's event that cases changed reached the page (the rest is the page's share). */
  heard: Latency;
  /** Accepted → poke heard and the change pulled and parsed by a bare client. */
  floor: Latency;
  /** The page's clock minus the bench's, as measured (both count from the epoch). */
  clockOffsetMs: number;
  /** The round trip that offset was read within: its uncertainty is half of it. */
  clockRttMs: number;
}

/** Milliseconds since the epoch on this process's high-resolution clock, as the page reads its own. */
const epochNow = () => performance.timeOrigin + performance.now();
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Writer {
  /** A customer writes on a new case for `agent`; resolves when the sandbox has accepted it. */
  write: (i: number) => Promise<{ caseId: string; accepted: number }>;
}

async function customerWriter(url: string, agent: string): Promise<Writer> {
  const token = await login(url, TRAINER, SANDBOX_PASSWORD);
  return {
    write: async (i) => {
      const response = await onceMoreAfterReset(() => fetch(`${url}/v1/sandbox/inbound`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({
          channel: 'whatsapp',
          customer: { name: `Cliente ${i + 1}`, handle: `+54911600${String(i).padStart(5, '0')}` },
          text: `Hola, se me cortó el servicio hace una hora (${i + 1}). ¿Me ayudan?`,
          assignTo: agent,
        }),
      }));
      if (!response.ok) throw new Error(`inbound → ${response.status} ${await response.text()}`);
      const { caseId } = (await response.json()) as { caseId: string };
      return { caseId, accepted: epochNow() };
    },
  };
}

/** A bare client of the feed: its event stream and a cursor at the head. */
async function bareClient(url: string, agent: string) {
  const token = await login(url, agent, SANDBOX_PASSWORD);
  const pages = await fetchPages(url, token, 500);
  let cursor = pages.at(-1)?.cursor ?? null;
  const abort = new AbortController();
  const response = await fetch(`${url}/v1/sync/events`, { headers: { authorization: `Bearer ${token}` }, signal: abort.signal });
  if (!response.body) throw new Error('The event stream has no body');
  const waiting: { resolve: (() => void) | null } = { resolve: null };
  void (async () => {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of response.body as ReadableStream<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const event = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (/^event: poke$/m.test(event)) waiting.resolve?.();
        }
      }
    } catch {
      // Aborted when the floor is measured.
    }
  })();
  const pull = async (): Promise<RawPage> => {
    const pulled = await fetch(`${url}/v1/sync/pull`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ cursor, limit: 500 }),
    });
    const page = JSON.parse(await pulled.text()) as RawPage;
    cursor = page.cursor;
    return page;
  };
  return {
    /** Resolves at the next poke; ask before the change, since the poke may beat its answer. */
    nextPoke: () => new Promise<void>((resolve) => {
      waiting.resolve = resolve;
    }),
    /** Pulls until the change of `caseId` has come. */
    pullCase: async (caseId: string) => {
      for (;;) {
        const page = await pull();
        if (page.changes.some((c) => c.entity === 'case' && c.id === caseId)) return;
        if (!page.hasMore) throw new Error(`The pull after the poke did not bring case ${caseId}`);
      }
    },
    close: () => abort.abort(),
  };
}

async function measureFloor(url: string, agent: string, writer: Writer, samples: number, offset: number): Promise<number[]> {
  const client = await bareClient(url, agent);
  const out: number[] = [];
  try {
    for (let i = 0; i < samples; i++) {
      const poked = client.nextPoke();
      const { caseId, accepted } = await writer.write(offset + i);
      await poked;
      await client.pullCase(caseId);
      out.push(epochNow() - accepted);
      await pause(QUIET_MS);
    }
  } finally {
    client.close();
  }
  return out;
}

/**
 * Records when each inbox row first appears, after the frame that shows it was painted (a frame
 * callback, then a task: the same convention as the renderer's own marks in lib/perf.ts).
 */
function watchRows(): void {
  const w = globalThis as unknown as {
    document: { querySelectorAll(s: string): Iterable<{ getAttribute(n: string): string | null }>; body: unknown };
    MutationObserver: new (cb: () => void) => { observe(target: unknown, options: object): void };
    requestAnimationFrame(cb: () => void): void;
    benchRows: Map<string, number | null>;
  };
  const rows = new Map<string, number | null>();
  const scan = (record: boolean) => {
    for (const row of w.document.querySelectorAll('[data-testid="case-row"]')) {
      const id = row.getAttribute('data-case-id');
      if (id === null || rows.has(id)) continue;
      rows.set(id, record ? null : 0);
      if (record) w.requestAnimationFrame(() => setTimeout(() => rows.set(id, performance.timeOrigin + performance.now()), 0));
    }
  };
  scan(false);
  new w.MutationObserver(() => scan(true)).observe(w.document.body, { childList: true, subtree: true });
  w.benchRows = rows;
}

/**
 * Before the page loads: when each event naming cases reached the page from main, and when the
 * page last heard from main or was still waiting on it (an event, or a contract call in flight).
 */
function watchMain(): void {
  const w = globalThis as unknown as {
    EventSource: new (url: string) => { addEventListener(type: string, cb: (m: { data: string }) => void): void };
    fetch: (...args: unknown[]) => Promise<unknown>;
    benchEvents: number[];
  };
  const events: number[] = [];
  w.benchEvents = events;
  const busy = { last: 0, calls: 0 };
  Object.defineProperty(w, 'benchIdleFor', { get: () => (busy.calls > 0 ? 0 : performance.now() - busy.last) });
  const Original = w.EventSource;
  w.EventSource = class extends Original {
    constructor(url: string) {
      super(url);
      this.addEventListener('message', (message) => {
        busy.last = performance.now();
        if (message.data.includes('"changed"') && message.data.includes('"case"')) events.push(performance.timeOrigin + performance.now());
      });
    }
  };
  const fetch = w.fetch.bind(globalThis);
  w.fetch = async (...args: unknown[]) => {
    busy.calls += 1;
    try {
      return await fetch(...args);
    } finally {
      busy.calls -= 1;
      busy.last = performance.now();
    }
  };
}

/** Waits until the page has neither heard from nor waited on main for QUIET_MS. */
async function quiet(page: Page): Promise<void> {
  await page.waitForFunction((ms) => (globalThis as unknown as { benchIdleFor: number }).benchIdleFor >= ms, QUIET_MS, { polling: 50 });
}

/** The page's clock minus the bench's, read over the round trip that was shortest. */
async function clockOffset(page: Page): Promise<{ offset: number; rtt: number }> {
  let best = { offset: 0, rtt: Number.POSITIVE_INFINITY };
  for (let i = 0; i < 20; i++) {
    const before = epochNow();
    const inPage = await page.evaluate(() => performance.timeOrigin + performance.now());
    const after = epochNow();
    if (after - before < best.rtt) best = { offset: inPage - (before + after) / 2, rtt: after - before };
  }
  return best;
}

export async function measureArrival(url: string, agent: string, samples: number, progress: (line: string) => void): Promise<ArrivalFigures> {
  const writer = await customerWriter(url, agent);
  progress(`  floor: ${samples} arrivals heard and pulled by a bare client…`);
  const floor = await measureFloor(url, agent, writer, samples, 0);

  progress('  starting the console in a process of its own and syncing it…');
  const desk = await startConsoleProcess(url, agent);
  const browser = await chromium.launch(CHROMIUM);
  try {
    await desk.synced();
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.addInitScript(watchMain);
    await page.goto(desk.url);
    await page.getByTestId('case-row').first().waitFor();
    // Newest first, so each arriving case's row is on screen: the list renders only what fits.
    await page.getByTestId('inbox-filter-button').click();
    await page.getByTestId('inbox-filter-panel').locator('select').last().selectOption('recent');
    await page.keyboard.press('Escape');
    await page.getByTestId('case-row').first().waitFor();
    await page.evaluate(watchRows);
    const clock = await clockOffset(page);
    await quiet(page);

    progress(`  ${samples} arrivals to the console in Chromium…`);
    const painted: number[] = [];
    const heard: number[] = [];
    for (let i = 0; i < samples; i++) {
      const { caseId, accepted } = await writer.write(samples + i);
      const at = await page.waitForFunction(
        (id) => (globalThis as unknown as { benchRows: Map<string, number | null> }).benchRows.get(id) ?? null,
        caseId,
        { polling: 'raf' },
      );
      const shown = ((await at.jsonValue()) ?? Number.NaN) - clock.offset;
      painted.push(shown - accepted);
      // The first event naming cases to reach the page after the message was accepted.
      const reached = await page.evaluate((after) => (globalThis as unknown as { benchEvents: number[] }).benchEvents.find((t) => t >= after) ?? null, accepted + clock.offset);
      if (reached !== null) heard.push(reached - clock.offset - accepted);
      await quiet(page);
    }
    return { painted: latencyOf(painted), heard: latencyOf(heard), floor: latencyOf(floor), clockOffsetMs: clock.offset, clockRttMs: clock.rtt };
  } finally {
    await browser.close();
    await desk.stop();
  }
}

/** The bench's `arrival` section. */
export async function arrivalSection({ url, progress }: { url: string; progress: (line: string) => void }): Promise<{ rows: Row[]; notes: string[] }> {
  progress(`A customer message arriving: ${SAMPLES} new cases for ${AGENT}, each accepted by the sandbox → its row painted in Chromium…`);
  const figures = await measureArrival(url, AGENT, SAMPLES, progress);
  const latency = (l: Latency) => `p50 ${ms(l.p50)} / p95 ${ms(l.p95)}`;
  const rows: Row[] = [
    {
      measure: `a customer message arriving: accepted by the sandbox → its new case's row painted in the inbox (${figures.painted.samples} arrivals, ` +
        'SSE poke, pull, apply, event, render; the console in its own process)',
      result: latency(figures.painted),
      floor: `the same poke heard and the change pulled and parsed by a bare client: ${latency(figures.floor)}`,
      ratio: `p95 ${ratio(figures.painted.p95, figures.floor.p95)}`,
      target: `p95 < ${TARGET_P95_MS} ms`,
      ok: figures.painted.p95 < TARGET_P95_MS,
    },
    {
      measure: 'of which main\'s share: accepted → the event that cases changed reached the page',
      result: latency(figures.heard),
      floor: '—',
      ratio: '—',
      target: 'informs',
    },
  ];
  const notes = [
    `Arrivals: the page's clock read against the bench's over a ${ms(figures.clockRttMs)} round trip (offset ${ms(Math.abs(figures.clockOffsetMs))}); ` +
      `a row counts as painted after the frame that shows it (a frame callback, then a task); each arrival after ${QUIET_MS} ms in which the page neither heard from nor waited on main.`,
  ];
  return { rows, notes };
}
