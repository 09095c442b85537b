// The first start: no profile yet, two ways in; the sandbox is unmistakable on screen.
import { expect, test } from '@playwright/test';
import { tempDir } from '../fixtures/sandbox.ts';
import { startHarness } from './fixtures.ts';
import { AppHeader } from './pages/app-header.ts';
import { ConsolePage } from './pages/console-page.ts';
import { FirstRun } from './pages/first-run.ts';
import { SyncBar } from './pages/sync-bar.ts';
import { textCut } from './pages/window-fit.ts';

test('the training sandbox is the default way in, and says so on screen', async ({ page }) => {
  const profiles = tempDir('atiende-e2e-');
  const harness = await startHarness(['--profile', profiles.path]);
  try {
    const firstRun = new FirstRun(page);
    await page.goto(harness.url);
    await expect(firstRun.sandboxButton).toBeFocused();
    await expect(firstRun.connectButton).toBeVisible();
    await firstRun.sandboxButton.click();
    const console = new ConsolePage(page);
    // The sandbox seeds its training world and the first sync runs: allow a loaded machine time.
    await expect(console.rows.first()).toBeVisible({ timeout: 30_000 });
    await expect(new AppHeader(page).sandboxBanner).toBeVisible();
  } finally {
    harness.child.kill('SIGTERM');
    profiles.remove();
  }
});

test('connecting to an unreachable organisation explains it in plain words', async ({ page }) => {
  const profiles = tempDir('atiende-e2e-');
  const harness = await startHarness(['--profile', profiles.path]);
  try {
    const firstRun = new FirstRun(page);
    await page.goto(harness.url);
    await firstRun.connect({ server: 'http://127.0.0.1:9', username: 'lucia', password: 'sandbox' });
    await expect(firstRun.connectError).toBeVisible();
    await expect(new AppHeader(page).sandboxBanner).toHaveCount(0);
  } finally {
    harness.child.kill('SIGTERM');
    profiles.remove();
  }
});

test('joining a class takes the server and the code, and explains a server it cannot reach', async ({ page }) => {
  const profiles = tempDir('atiende-e2e-');
  const harness = await startHarness(['--profile', profiles.path]);
  try {
    const firstRun = new FirstRun(page);
    await page.goto(harness.url);
    await expect(firstRun.joinClassButton).toHaveText('Unirme a una clase');
    // Plain http to an address off this computer and outside a private network is refused before the code leaves.
    await firstRun.joinClass({ server: 'http://203.0.113.5:4010', code: 'K7P2-XM4Q' });
    await expect(firstRun.joinClassError).toContainText('Atiende solo se conecta a servidores https://');
    await page.getByLabel(/Dirección del servidor de la clase/).fill('http://127.0.0.1:9');
    await firstRun.joinClassSubmit.click();
    await expect(firstRun.joinClassError).toHaveText('No se pudo llegar al servidor. Revisá la dirección y tu conexión.');
    await expect(new AppHeader(page).sandboxBanner).toHaveCount(0);
  } finally {
    harness.child.kill('SIGTERM');
    profiles.remove();
  }
});

test('with no keychain, the sync bar says so in one line, explains on demand, and can be dismissed for good', async ({ page }) => {
  const profiles = tempDir('atiende-e2e-');
  const harness = await startHarness(['--sandbox', '--profile', profiles.path], { withoutKeychain: true });
  try {
    const sync = new SyncBar(page);
    await page.goto(harness.url);
    const notice = sync.secretsWarning;
    await expect(notice).toContainText('Tu sesión se guarda en un archivo, no en el llavero del sistema.');
    // One line, in the console's language, and no path of this computer in it.
    const box = await notice.boundingBox();
    expect(box!.height).toBeLessThan(40);
    await expect(notice).not.toContainText('/');
    await expect(notice).not.toContainText('keychain');

    const details = sync.secretsDetails;
    await expect(details).toBeHidden();
    await sync.secretsButton('¿Qué significa?').click();
    await expect(details).toBeVisible();
    await expect(details).toContainText('un archivo que solo tu usuario de la computadora puede leer');
    await expect(details).toContainText('desbloquealo o instalá uno');
    await page.keyboard.press('Escape');
    await expect(details).toBeHidden();

    await new AppHeader(page).setLanguage('en');
    await expect(notice).toContainText('Your sign-in is kept in a file, not in the system keychain.');

    await sync.secretsButton('Do not show this notice again').click();
    await expect(notice).toHaveCount(0);
    // Remembered for this profile: the next start does not nag.
    await page.reload();
    await expect(sync.state).toBeVisible();
    await expect(sync.nowButton).toBeVisible();
    await expect(notice).toHaveCount(0);
  } finally {
    harness.child.kill('SIGTERM');
    profiles.remove();
  }
});

test('with no keychain, the sync bar says the cache key is in a file outside the profile, and where', async ({ page }) => {
  const profiles = tempDir('atiende-e2e-');
  const harness = await startHarness(['--sandbox', '--profile', profiles.path], { withoutKeychain: true });
  try {
    const sync = new SyncBar(page);
    await page.goto(harness.url);
    const notice = sync.cacheKeyNotice;
    await expect(notice).toContainText('La clave que cifra tus datos está en un archivo, no en el llavero del sistema.');
    const box = await notice.boundingBox();
    expect(box!.height).toBeLessThan(40);
    // Beside the session's notice on a 1366 px laptop, both read whole: the bar wraps, never cuts them to a letter.
    await page.setViewportSize({ width: 1366, height: 768 });
    await expect(sync.secretsWarning).toBeVisible();
    expect(await textCut(sync.secretsShort)).toBe(false);
    expect(await textCut(sync.cacheKeyShort)).toBe(false);

    await sync.cacheKeyButton('¿Qué significa?').click();
    const details = sync.cacheKeyDetails;
    await expect(details).toBeVisible();
    // Where it is: the home's keys folder, beside the profiles, never inside one.
    const where = new RegExp(`la clave está en ${profiles.path}/keys/sandbox-[\\w-]+\\.key, fuera de la carpeta del perfil`);
    await expect(details).toContainText(where);
    await expect(details).toContainText('reiniciá Atiende: la clave pasa sola al llavero');
    await page.keyboard.press('Escape');

    await sync.cacheKeyButton('No volver a mostrar este aviso').click();
    await expect(notice).toHaveCount(0);
    await page.reload();
    await expect(sync.nowButton).toBeVisible();
    await expect(notice).toHaveCount(0);
  } finally {
    harness.child.kill('SIGTERM');
    profiles.remove();
  }
});
