// An administrator revokes this console: at its next sync its data is wiped and it goes back to
// the first-run screen, saying why, from where the agent can sign in again.
import { expect, test } from './fixtures.ts';
import { ConsolePage } from './pages/console-page.ts';
import { FirstRun } from './pages/first-run.ts';
import { SyncBar } from './pages/sync-bar.ts';

test('a revoked console is wiped and back at the first run, and signs in again from there', async ({ page, atiende }) => {
  const console = new ConsolePage(page);
  await console.open(atiende.url);
  const [first] = await console.caseNumbers();
  await console.openCase(first!);

  await atiende.sandbox.control('POST', '/v1/sandbox/revoke', { username: 'lucia' });
  await new SyncBar(page).syncNow();

  const firstRun = new FirstRun(page);
  await expect(firstRun.revokedNotice).toBeVisible();
  await expect(firstRun.revokedNotice).toContainText('quitó esta computadora');
  await expect(firstRun.connectButton).toBeVisible();
  await expect(console.rows).toHaveCount(0);
  await expect(console.caseView).toHaveCount(0);

  await firstRun.connect({ server: atiende.sandbox.url, username: 'lucia', password: 'sandbox' });
  await expect(console.rows.first()).toBeVisible();
  await expect(firstRun.revokedNotice).toHaveCount(0);
  await console.openCase(first!);
  await expect(console.messages.first()).toBeVisible();
});
