// The block list from the case view: block with a reason after confirming, see the banner,
// find the row on the server; unblock and both are gone.
import { expect, test } from './fixtures.ts';
import { Blocking } from './pages/blocking.ts';
import { ConsolePage } from './pages/console-page.ts';

test('a sender blocked from the case view shows a banner, reaches the server, and can be unblocked', async ({ page, atiende }) => {
  const console = new ConsolePage(page);
  const blocking = new Blocking(page);
  await console.open(atiende.url);
  const [first] = await console.caseNumbers();
  await console.openCase(first!);
  const blocks = () => atiende.sandbox.server.db
    .prepare('SELECT reason, blocked_by FROM blocked_senders WHERE unblocked_at IS NULL').all();

  await blocking.blockButton.click();
  await expect(blocking.confirm).toContainText('para todo el equipo');
  await expect(blocking.confirmButton).toBeDisabled();
  await blocking.block('Spam <b>repetido</b>');

  await expect(blocking.banner).toContainText('Remitente bloqueado por');
  await expect(blocking.banner).toContainText('Spam <b>repetido</b>');
  await expect(blocking.blockButton).toHaveCount(0);
  await expect.poll(blocks).toEqual([{ reason: 'Spam <b>repetido</b>', blocked_by: 'lucia' }]);

  await blocking.openList();
  await expect(blocking.listed).toHaveCount(1);
  await blocking.closeList();

  await blocking.unblockButton.click();
  await expect(blocking.banner).toHaveCount(0);
  await expect(blocking.blockButton).toBeVisible();
  await expect.poll(blocks).toEqual([]);
});
