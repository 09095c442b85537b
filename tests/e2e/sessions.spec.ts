// Signing out and signing in safely: the warning before unsent changes are lost, the server's
// session ended with the local one, and the connect screen refusing plain http off this computer.
import { tempDir } from '../fixtures/sandbox.ts';
import { expect, startHarness, test } from './fixtures.ts';
import { AppHeader } from './pages/app-header.ts';
import { ConsolePage } from './pages/console-page.ts';
import { FirstRun } from './pages/first-run.ts';
import { SyncBar } from './pages/sync-bar.ts';

const SIZES = [{ width: 1366, height: 768 }, { width: 1280, height: 720 }];

for (const size of SIZES) {
  test(`signing out with an unsent reply warns how many are lost and offers to sync first (${size.width}×${size.height})`, async ({ page, atiende }) => {
    await page.setViewportSize(size);
    const console = new ConsolePage(page);
    const header = new AppHeader(page);
    const sync = new SyncBar(page);
    await console.open(atiende.url);
    const [first] = await console.caseNumbers();
    await console.openCase(first!);
    await atiende.sandbox.goOffline();
    const text = 'Escrita antes de cerrar sesión';
    await console.reply(text);
    await expect(sync.pendingCount).toHaveAttribute('data-count', '1');

    await header.askToSignOut();
    await expect(header.signOutUnsent).toHaveText('Hay 1 cambio sin enviar: si cerrás sesión ahora, se pierde. Sincronizá primero para enviarlo.');
    await expect(header.signOutConfirm).toHaveText('Cerrar sesión y perder 1 cambio');
    for (const part of [header.signOutUnsent, header.signOutSyncFirst, header.signOutConfirm]) await expect(part).toBeInViewport();

    // "Sync first" asks for a sync; offline, the change stays unsent and the warning stays.
    const asked = page.waitForRequest((request) => request.url().endsWith('/rpc/syncNow'));
    await header.signOutSyncFirst.click();
    await asked;
    await expect(header.signOutUnsent).toBeVisible();

    // Back online, the reply goes once; the warning goes with it.
    await atiende.sandbox.restart();
    await sync.syncNow(); // closes the menu, as any click outside it
    await expect(sync.pendingCount).toHaveAttribute('data-count', '0');
    await header.openProfile(); // the confirmation is still there, now without the warning
    await expect(header.signOutUnsent).toHaveCount(0);
    await expect(header.signOutConfirm).toHaveText('Cerrar sesión y borrar');
    expect((await atiende.sandbox.outbound()).filter((m) => m.text === text)).toHaveLength(1);

    const sessions = () => (atiende.sandbox.server.db.prepare("SELECT count(*) AS n FROM tokens WHERE username = 'lucia'").get() as { n: number }).n;
    const before = sessions();
    await header.signOutConfirm.click();
    await expect(new FirstRun(page).sandboxButton).toBeVisible();
    // The server's session ended too, not only this computer's.
    expect(sessions()).toBe(before - 1);
  });
}

for (const size of SIZES) {
  test(`the connect screen refuses plain http to a public address before sending the password (${size.width}×${size.height})`, async ({ page }) => {
    await page.setViewportSize(size);
    const profiles = tempDir('atiende-e2e-');
    const harness = await startHarness(['--profile', profiles.path]);
    try {
      const connects: string[] = [];
      page.on('request', (request) => {
        if (request.url().includes('/rpc/connect')) connects.push(request.url());
      });
      const firstRun = new FirstRun(page);
      await page.goto(harness.url);
      await firstRun.connect({ server: 'http://203.0.113.10:4010', username: 'lucia', password: 'sandbox' });
      await expect(firstRun.connectError).toHaveText(
        'Atiende solo se conecta a servidores https:// (o a un sandbox de práctica en una red privada): no se envió nada a esa dirección.',
      );
      await expect(firstRun.connectError).toBeInViewport();
      expect(connects).toEqual([]);
    } finally {
      harness.child.kill('SIGTERM');
      profiles.remove();
    }
  });
}
