// A console in Debian's Chromium against the browser harness, signed in to the bench's sandbox
// and past its first sync; closed, with its profile removed, whatever the work does.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { Harness } from '../src/main/harness/server.ts';
import type { Services } from '../src/main/services.ts';
import { SANDBOX_PASSWORD } from '../src/server/sandbox/seed.ts';
import type { SandboxServer } from '../src/server/server.ts';
import { CHROMIUM } from '../tests/fixtures/chromium.ts';

export interface BrowserConsole {
  services: Services;
  /** Opens a tab on the console. */
  open: (viewport: { width: number; height: number }) => Promise<Page>;
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 50));

export async function inChromium<T>(server: SandboxServer, username: string, work: (console: BrowserConsole) => Promise<T>): Promise<T> {
  const root = mkdtempSync(join(tmpdir(), 'atiende-bench-browser-'));
  const harness = new Harness({ profilesRoot: root, rendererDir: fileURLToPath(new URL('../out/renderer', import.meta.url)) });
  const browser = await chromium.launch(CHROMIUM);
  try {
    const url = await harness.listen(0);
    await harness.controller.connect({ server: server.url, username, password: SANDBOX_PASSWORD });
    const services = harness.controller.current;
    while (services.engine.status.lastSyncedAt === null) await tick();
    return await work({
      services,
      open: async (viewport) => {
        const page = await browser.newPage({ viewport });
        await page.goto(url);
        return page;
      },
    });
  } finally {
    await browser.close();
    await harness.close();
    rmSync(root, { recursive: true, force: true });
  }
}

/** Waits until `ready` holds, polling. */
export async function until(ready: () => boolean): Promise<void> {
  while (!ready()) await tick();
}

/** One ask measured by the renderer's marks (src/renderer/lib/perf.ts). */
export interface AskSample {
  /** The ask → painted. */
  total: number;
  /** Its answer arrived → painted: the page's own share. */
  drawing: number;
}

/** Does `ask` on the page and returns the renderer's `name` measure for it. */
export async function measuredAsk(page: Page, name: 'case-open' | 'report-open', ask: () => Promise<void>): Promise<AskSample> {
  await page.evaluate((measure) => {
    performance.clearMeasures(measure);
    performance.clearMarks(`${measure}-answered`);
  }, name);
  await ask();
  await page.waitForFunction((measure) => performance.getEntriesByName(measure).length > 0, name);
  return page.evaluate((measureName) => {
    const measure = performance.getEntriesByName(measureName)[0];
    const answered = performance.getEntriesByName(`${measureName}-answered`).at(-1);
    if (!measure || !answered) return { total: Number.NaN, drawing: Number.NaN };
    return { total: measure.duration, drawing: measure.startTime + measure.duration - answered.startTime };
  }, name);
}
