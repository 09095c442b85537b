// `npm start` on a computer where Electron's binary cannot be had: one line says why, the same
// console opens in the browser, and what the agent typed is there after a restart.
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { electronBinary } from '../../scripts/launcher/electron.mjs';
import { descendantsOf, isAlive, offlineEnv, startLauncher, type RunningLauncher } from '../fixtures/launcher.ts';
import { tempDir } from '../fixtures/sandbox.ts';
import { AppHeader } from './pages/app-header.ts';
import { ConsolePage } from './pages/console-page.ts';
import { FirstRun } from './pages/first-run.ts';

const ADDRESS = /^(http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+)$/;
const NOTICE = /^Electron could not be downloaded \(.+\), so the console opens in your browser instead\.$/;

const root = fileURLToPath(new URL('../..', import.meta.url));

async function stop(launcher: RunningLauncher): Promise<number[]> {
  const started = descendantsOf(launcher.child.pid!);
  launcher.child.kill('SIGINT');
  expect(await launcher.exited).toBe(0);
  return started;
}

test('npm start without an Electron binary opens the console in the browser and keeps the draft across a restart', async ({ page }) => {
  // Where Electron is installed, npm start opens its window instead, which the smoke test covers.
  test.skip(electronBinary(root) !== null, 'Electron is installed here: npm start opens its window, not the browser');
  test.setTimeout(240_000);
  const home = tempDir('atiende-start-');
  const env = await offlineEnv(home.path);
  let launcher = startLauncher(env);
  try {
    // One line says why, in plain words, and the address stands on a line of its own.
    const notice = await launcher.waitFor(NOTICE);
    expect(notice[0]).not.toMatch(/\bat \S+:\d+|Error:/);
    const first = (await launcher.waitFor(ADDRESS))[1]!;

    const firstRun = new FirstRun(page);
    const console = new ConsolePage(page);
    await page.goto(first);
    await expect(firstRun.sandboxButton).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(console.rows.first()).toBeVisible({ timeout: 60_000 });
    await expect(new AppHeader(page).sandboxBanner).toBeVisible();
    const [number] = await console.caseNumbers();
    await console.openCase(number!);
    const caseId = await console.openCaseId();
    await console.replyBox.fill('Borrador antes de reiniciar');
    // The draft is saved after a pause in typing: wait until the console holds it.
    await expect.poll(async () => (await console.savedDraft(caseId))?.text).toBe('Borrador antes de reiniciar');

    // Ctrl+C stops the launcher and everything it started.
    const started = await stop(launcher);
    expect(started.length).toBeGreaterThan(0);
    await expect.poll(() => started.filter(isAlive)).toEqual([]);

    launcher = startLauncher(env);
    const second = (await launcher.waitFor(ADDRESS))[1]!;
    // The same port as before, so the page's origin and what the browser keeps for it stay.
    expect(new URL(second).port).toBe(new URL(first).port);
    await page.goto(second);
    // The last profile reopens: no first-run screen, the draft where the agent left it.
    await expect(console.rows.first()).toBeVisible({ timeout: 60_000 });
    await expect(firstRun.sandboxButton).toHaveCount(0);
    await console.openCase(number!);
    await expect(console.replyBox).toHaveValue('Borrador antes de reiniciar');
    // The address works when opened again (another tab, a reload).
    const again = await page.context().newPage();
    await again.goto(second);
    await expect(new ConsolePage(again).rows.first()).toBeVisible();
    await stop(launcher);

    // Killed outright, the launcher still takes the console with it (it ends with its input).
    launcher = startLauncher(env);
    await launcher.waitFor(ADDRESS);
    const orphans = descendantsOf(launcher.child.pid!);
    expect(orphans.length).toBeGreaterThan(0);
    launcher.child.kill('SIGKILL');
    await expect.poll(() => orphans.filter(isAlive), { timeout: 20_000 }).toEqual([]);
  } finally {
    launcher.child.kill('SIGTERM');
    home.remove();
  }
});
