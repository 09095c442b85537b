// The first start: no profile yet, two ways in; the sandbox is unmistakable on screen.
import { expect, test } from '@playwright/test';
import { tempDir } from '../fixtures/sandbox.ts';
import { startHarness } from './fixtures.ts';
import { ConsolePage } from './pages/console-page.ts';

test('the training sandbox is the default way in, and says so on screen', async ({ page }) => {
  const profiles = tempDir('atiende-e2e-');
  const harness = await startHarness(['--profile', profiles.path]);
  try {
    await page.goto(harness.url);
    const sandbox = page.getByTestId('first-run-sandbox');
    await expect(sandbox).toBeFocused();
    await expect(page.getByTestId('first-run-connect')).toBeVisible();
    await sandbox.click();
    const console = new ConsolePage(page);
    // The sandbox seeds its training world and the first sync runs: allow a loaded machine time.
    await expect(console.rows.first()).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId('sandbox-banner')).toBeVisible();
  } finally {
    harness.child.kill('SIGTERM');
    profiles.remove();
  }
});

test('connecting to an unreachable organisation explains it in plain words', async ({ page }) => {
  const profiles = tempDir('atiende-e2e-');
  const harness = await startHarness(['--profile', profiles.path]);
  try {
    await page.goto(harness.url);
    await page.getByTestId('first-run-connect').click();
    await page.getByLabel(/Dirección del servidor/).fill('http://127.0.0.1:9');
    await page.getByLabel(/^Usuario/).fill('lucia');
    await page.getByLabel(/Contraseña/).fill('sandbox');
    await page.getByTestId('connect-submit').click();
    await expect(page.getByTestId('connect-error')).toBeVisible();
    await expect(page.getByTestId('sandbox-banner')).toHaveCount(0);
  } finally {
    harness.child.kill('SIGTERM');
    profiles.remove();
  }
});
