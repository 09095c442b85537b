// A case with hundreds of messages opens at its newest, draws the earlier ones a step at a time
// as the agent scrolls up to them (the message being read stays where it was), and offers them
// with a button that says how many are left, reached from the keyboard too.
import { expect, startHarness, test } from './fixtures.ts';
import { ConsolePage } from './pages/console-page.ts';
import { startSandbox, tempDir } from '../fixtures/sandbox.ts';

// The opening message and 260 more: the thread draws the newest 120 (20 at once, 100 more a
// frame later), then 100 more each time the agent reaches its top.
const LATER = 260;

test('a long thread draws its earlier messages as the agent scrolls up, keeping the one being read in place', async ({ page }) => {
  const sandbox = await startSandbox();
  const customer = { name: 'Tomás Hilo Eterno', handle: '+5491100000888' };
  const opened = await sandbox.control<{ caseId: string }>('POST', '/v1/sandbox/inbound', {
    channel: 'whatsapp', customer, assignTo: 'lucia', text: 'Mensaje 0: hola, no tengo servicio desde el lunes.',
  });
  for (let i = 1; i <= LATER; i++) {
    await sandbox.control('POST', '/v1/sandbox/inbound', { channel: 'whatsapp', customer, caseId: opened.caseId, text: `Mensaje ${i}: sigo esperando.` });
  }
  const number = Number(/\d+$/.exec(opened.caseId)?.[0]);
  const profiles = tempDir('atiende-e2e-');
  const harness = await startHarness(['--server', sandbox.url, '--user', 'lucia', '--profile', profiles.path]);
  try {
    await page.setViewportSize({ width: 1280, height: 720 });
    const console = new ConsolePage(page);
    await console.open(harness.url);
    await console.find('Tomás Hilo Eterno');
    await console.openCase(number);
    await expect(console.message(`Mensaje ${LATER}:`)).toBeInViewport({ ratio: 1 });
    const earlier = page.getByTestId('earlier-messages');
    await expect(earlier).toHaveText('Ver 141 mensajes anteriores');
    await expect(console.messages).toHaveCount(120);
    await expect(console.message('Mensaje 140:')).toHaveCount(0);

    // Home, to the top of what is drawn: the next 100 are drawn above, and the view stays on the
    // message the agent reached instead of jumping to the oldest drawn.
    await console.thread.focus();
    await page.keyboard.press('Home');
    await expect(earlier).toHaveText('Ver 41 mensajes anteriores');
    await expect(console.message('Mensaje 41:')).toBeAttached();
    await expect(console.message('Mensaje 141:')).toBeInViewport();
    await expect(console.message('Mensaje 41:')).not.toBeInViewport();
    await expect(console.messages).toHaveCount(220);

    // Another case and back: it opens at its newest again, with the button for the rest.
    await console.find('');
    await expect.poll(async () => (await console.caseNumbers()).some((shown) => shown > 0 && shown !== number)).toBe(true);
    const other = (await console.caseNumbers()).find((shown) => shown > 0 && shown !== number)!;
    await console.openCase(other);
    await console.find('Tomás Hilo Eterno');
    await console.openCase(number);
    await expect(console.message(`Mensaje ${LATER}:`)).toBeInViewport({ ratio: 1 });
    await expect(earlier).toHaveText('Ver 141 mensajes anteriores');

    // From the keyboard: Tab reaches the button, which draws a step as it comes into view and
    // keeps the focus while some are left; Enter draws the rest, and the focus stays in the thread.
    await console.thread.focus();
    await page.keyboard.press('Tab');
    await expect(earlier).toHaveText('Ver 41 mensajes anteriores');
    await expect(earlier).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(console.message('Mensaje 0:')).toBeAttached();
    await expect(earlier).toHaveCount(0);
    await expect(console.thread).toBeFocused();
  } finally {
    harness.child.kill('SIGTERM');
    await sandbox.stop();
    profiles.remove();
  }
});
