// The block list from the case view: block with a reason after confirming, see the banner,
// find the row on the server; unblock and both are gone.
import { expect, test } from './fixtures.ts';
import { ConsolePage } from './pages/console-page.ts';

test('a sender blocked from the case view shows a banner, reaches the server, and can be unblocked', async ({ page, atiende }) => {
  const console = new ConsolePage(page);
  await console.open(atiende.url);
  const [first] = await console.caseNumbers();
  await console.openCase(first!);
  const blocks = () => atiende.sandbox.server.db
    .prepare('SELECT reason, blocked_by FROM blocked_senders WHERE unblocked_at IS NULL').all();

  await page.getByTestId('block-sender').click();
  const confirm = page.getByTestId('block-confirm');
  await expect(confirm).toContainText('para todo el equipo');
  await expect(page.getByTestId('block-confirm-yes')).toBeDisabled();
  await page.getByTestId('block-reason').fill('Spam <b>repetido</b>');
  await page.getByTestId('block-confirm-yes').click();

  const banner = page.getByTestId('blocked-banner');
  await expect(banner).toContainText('Remitente bloqueado por');
  await expect(banner).toContainText('Spam <b>repetido</b>');
  await expect(page.getByTestId('block-sender')).toHaveCount(0);
  await expect.poll(blocks).toEqual([{ reason: 'Spam <b>repetido</b>', blocked_by: 'lucia' }]);

  await page.getByTestId('block-list-button').click();
  await expect(page.getByTestId('block-list').getByTestId('blocked-sender')).toHaveCount(1);
  await page.getByTestId('block-list').getByRole('button', { name: 'Cerrar' }).click();

  await page.getByTestId('unblock-sender').click();
  await expect(banner).toHaveCount(0);
  await expect(page.getByTestId('block-sender')).toBeVisible();
  await expect.poll(blocks).toEqual([]);
});
