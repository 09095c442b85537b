// Takes the README's screenshots from the browser harness: `node scripts/screenshots.ts`
// after `npm run build`. Uses the training scenario, so no real customer ever appears.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { Harness } from '../src/main/harness/server.ts';
import { CHROMIUM } from '../tests/fixtures/chromium.ts';

const out = (name: string) => fileURLToPath(new URL(`../docs/screenshots/${name}`, import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'atiende-shots-'));
const harness = new Harness({ profilesRoot: root, rendererDir: fileURLToPath(new URL('../out/renderer', import.meta.url)) });
const browser = await chromium.launch(CHROMIUM);
try {
  const url = await harness.listen(0);
  await harness.controller.openSandbox();
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'es-AR', timezoneId: 'America/Argentina/Buenos_Aires' });
  await page.goto(url);
  await page.getByTestId('case-row').first().waitFor();
  await page.getByTestId('sync-state').and(page.locator('[data-state="idle"]')).waitFor();
  await page.screenshot({ path: out('inbox.png') });
  await page.getByTestId('case-row').first().click();
  await page.getByTestId('case-thread').waitFor();
  await page.getByTestId('reply-box').fill('Hola Martín, ya escalamos el corte con el equipo técnico. Te aviso apenas tengamos novedades.');
  await page.screenshot({ path: out('case.png') });
  await page.getByTestId('kb-search').fill('corte masivo');
  await page.getByTestId('kb-result').first().click();
  await page.getByTestId('kb-article').waitFor();
  await page.screenshot({ path: out('knowledge.png') });
  process.stdout.write(`Saved ${['inbox.png', 'case.png', 'knowledge.png'].map(out).join(', ')}\n`);
} finally {
  await browser.close();
  await harness.close();
  rmSync(root, { recursive: true, force: true });
}
