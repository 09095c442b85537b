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

test('with no keychain, the sync bar says so in one line, explains on demand, and can be dismissed for good', async ({ page }) => {
  const profiles = tempDir('atiende-e2e-');
  const harness = await startHarness(['--sandbox', '--profile', profiles.path], { withoutKeychain: true });
  try {
    await page.goto(harness.url);
    const notice = page.getByTestId('secrets-warning');
    await expect(notice).toContainText('Tu sesión se guarda en un archivo, no en el llavero del sistema.');
    // One line, in the console's language, and no path of this computer in it.
    const box = await notice.boundingBox();
    expect(box!.height).toBeLessThan(40);
    await expect(notice).not.toContainText('/');
    await expect(notice).not.toContainText('keychain');

    const details = page.getByTestId('secrets-details');
    await expect(details).toBeHidden();
    await notice.getByRole('button', { name: '¿Qué significa?' }).click();
    await expect(details).toBeVisible();
    await expect(details).toContainText('un archivo que solo tu usuario de la computadora puede leer');
    await expect(details).toContainText('desbloquealo o instalá uno');
    await page.keyboard.press('Escape');
    await expect(details).toBeHidden();

    await page.getByTestId('language-switch').selectOption('en');
    await expect(notice).toContainText('Your sign-in is kept in a file, not in the system keychain.');

    await notice.getByRole('button', { name: 'Do not show this notice again' }).click();
    await expect(notice).toHaveCount(0);
    // Remembered for this profile: the next start does not nag.
    await page.reload();
    await expect(page.getByTestId('sync-state')).toBeVisible();
    await expect(page.getByTestId('sync-now')).toBeVisible();
    await expect(notice).toHaveCount(0);
  } finally {
    harness.child.kill('SIGTERM');
    profiles.remove();
  }
});
