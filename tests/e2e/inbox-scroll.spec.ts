// A long inbox by keyboard: End takes the selection to the last case, far past the rows read at
// start, and that row is drawn, in view and focused; j there stays on it, k and Home come back.
import { expect, test } from './fixtures.ts';
import { ConsolePage } from './pages/console-page.ts';

// Enough cases that lucia's inbox holds several reads' worth of rows.
test.use({ sandboxOptions: { cases: 1200 } });

test('End and j scroll a long inbox to its last case: selected, drawn, in view and focused', async ({ page, atiende }) => {
  const inbox = new ConsolePage(page);
  await page.setViewportSize({ width: 1366, height: 768 });
  await inbox.open(atiende.url);
  // The first sync of so many cases is still bringing rows when the first ones are drawn, and the
  // sync bar says "idle" before it starts: wait for it to end, then for the inbox's last read of it.
  await inbox.synced();
  const setSize = async () => Number(await inbox.rows.first().getAttribute('aria-setsize'));
  let total = -1;
  const heldStill = async () => {
    const now = await setSize();
    const still = now === total;
    total = now;
    return still;
  };
  await expect.poll(heldStill, { intervals: [500] }).toBe(true);
  expect(total).toBeGreaterThan(300);
  const selected = inbox.selected;

  await inbox.focusConsole();
  await page.keyboard.press('j');
  await expect(selected).toHaveAttribute('aria-posinset', '1');
  await page.keyboard.press('End');
  await expect(selected).toHaveAttribute('aria-posinset', String(total));
  await expect(selected).toBeInViewport({ ratio: 1 });
  await expect(selected).toBeFocused();

  // Past the end, j stays on the last case.
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await expect(selected).toHaveAttribute('aria-posinset', String(total));
  await expect(selected).toBeInViewport({ ratio: 1 });
  await page.keyboard.press('k');
  await expect(selected).toHaveAttribute('aria-posinset', String(total - 1));
  await expect(selected).toBeInViewport({ ratio: 1 });
  await expect(selected).toBeFocused();

  await page.keyboard.press('Home');
  await expect(selected).toHaveAttribute('aria-posinset', '1');
  await expect(selected).toBeInViewport({ ratio: 1 });
});
