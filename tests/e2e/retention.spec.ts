// Retention, notification privacy and the offline limit end to end: Debian's Chromium, the
// browser harness and a real sandbox server whose clock the test moves.
import { LONG_SESSIONS } from '../fixtures/sandbox.ts';
import { expect, test } from './fixtures.ts';
import { AppHeader } from './pages/app-header.ts';
import { CasePane } from './pages/case-pane.ts';
import { ConsolePage } from './pages/console-page.ts';
import { LockScreen } from './pages/lock-screen.ts';
import { SyncBar } from './pages/sync-bar.ts';
import { fitsWindow } from './pages/window-fit.ts';

const DAY = 86_400_000;
const LAPTOPS = [{ width: 1366, height: 768 }, { width: 1280, height: 720 }];

// Long sessions: the server's clock moves by months here, faster than a console renews its tokens.
test.use({ sandboxOptions: { sessions: LONG_SESSIONS } });

test('a case resolved longer ago than the retention says "Texto eliminado por retención"', async ({ page, atiende }) => {
  const console = new ConsolePage(page);
  const sync = new SyncBar(page);
  await console.open(atiende.url);
  // A long offline limit: the server's clock moves by months here.
  await atiende.sandbox.control('POST', '/v1/sandbox/settings', { id: 'retention', value: { version: 1, textDays: 90, maxOfflineDays: 365 } });
  await sync.syncNow();
  await expect(sync.state).toHaveAttribute('data-state', 'idle');
  await console.find('Ledesma');
  await console.openCase(1036);
  await expect(console.thread).toContainText('me robaron el celu');

  await atiende.sandbox.control('POST', '/v1/sandbox/clock', { now: new Date(Date.now() + 100 * DAY).toISOString() });
  await sync.syncNow();
  const pane = new CasePane(page);
  await expect(pane.purgedNote).toHaveText('Texto eliminado por retención');
  await expect(console.thread).not.toContainText('me robaron el celu');
  await expect(console.messages).toHaveCount(0);
  await new AppHeader(page).setLanguage('en');
  await expect(pane.purgedNote).toHaveText('Text removed by retention');
});

test('notification privacy: off by default, on for public figures, kept for the profile', async ({ page, atiende }) => {
  const console = new ConsolePage(page);
  const header = new AppHeader(page);
  await console.open(atiende.url);
  for (const size of LAPTOPS) {
    await page.setViewportSize(size);
    await header.openProfile();
    await expect(header.profilePanel).toBeVisible();
    expect(await fitsWindow(header.profilePanel)).toEqual({ inside: true, pageScrolls: false });
    await page.keyboard.press('Escape');
  }
  await header.openProfile();
  await expect(header.hideAllNotifications).not.toBeChecked();
  await expect(header.hidePublicFigureNotifications).toBeChecked();
  await header.hideAllNotifications.check();
  await expect(header.hidePublicFigureNotifications).toBeDisabled();
  await page.reload();
  await expect(console.rows.first()).toBeVisible();
  await header.openProfile();
  await expect(header.hideAllNotifications).toBeChecked();
});

test('past the offline limit by the server’s clock the console locks, and signing in again sends the queued reply once', async ({ page, atiende }) => {
  const console = new ConsolePage(page);
  const lock = new LockScreen(page);
  await console.open(atiende.url);
  await console.openCase(1001);
  // Only the server's clock says 15 days went by; the reply asks it before leaving.
  await atiende.sandbox.control('POST', '/v1/sandbox/clock', { now: new Date(Date.now() + 15 * DAY).toISOString() });
  await console.reply('Vuelvo después de las vacaciones');
  await expect(lock.root).toBeVisible();
  await expect(lock.root).toContainText('Atiende está bloqueado');
  await expect(lock.root).toContainText('1 cambio sin enviar');
  await expect(console.rows).toHaveCount(0);
  await expect(page.getByText('Ana Gómez')).toHaveCount(0);
  for (const size of LAPTOPS) {
    await page.setViewportSize(size);
    expect(await fitsWindow(lock.card)).toEqual({ inside: true, pageScrolls: false });
  }
  // Reloading shows the lock again, nothing else.
  await page.reload();
  await expect(lock.root).toBeVisible();
  expect((await atiende.sandbox.outbound()).filter((m) => m.text === 'Vuelvo después de las vacaciones')).toEqual([]);

  await lock.signIn('sandbox');
  await expect(lock.root).toBeHidden();
  await expect(console.rows.first()).toBeVisible();
  await expect.poll(async () => (await atiende.sandbox.outbound()).filter((m) => m.text === 'Vuelvo después de las vacaciones').length).toBe(1);
  await new SyncBar(page).syncNow();
  await expect(new SyncBar(page).pendingCount).toHaveAttribute('data-count', '0');
  expect((await atiende.sandbox.outbound()).filter((m) => m.text === 'Vuelvo después de las vacaciones')).toHaveLength(1);
});
