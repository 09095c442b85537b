// A new message in the open case, as an agent on a laptop sees it: at the end of the thread the
// view follows it; scrolled up to read, the agent stays where they read and a button below says
// how many came and takes them there; their own reply is always brought into view.
import { expect, startHarness, test } from './fixtures.ts';
import { ConsolePage } from './pages/console-page.ts';
import { startSandbox, tempDir } from '../fixtures/sandbox.ts';

const EARLIER = 40;

for (const viewport of [{ width: 1366, height: 768 }, { width: 1280, height: 720 }]) {
  test(`the thread follows new messages at its end, and announces them to an agent reading further up, at ${viewport.width}×${viewport.height}`, async ({ page }) => {
    const sandbox = await startSandbox();
    const customer = { name: 'Irene Lectora', handle: '+5491100000777' };
    const opened = await sandbox.control<{ caseId: string }>('POST', '/v1/sandbox/inbound', {
      channel: 'whatsapp', customer, assignTo: 'lucia', text: 'Mensaje 0: se me cortó el servicio.',
    });
    const write = (text: string) => sandbox.control('POST', '/v1/sandbox/inbound', { channel: 'whatsapp', customer, caseId: opened.caseId, text });
    for (let i = 1; i <= EARLIER; i++) await write(`Mensaje ${i}: sigo sin servicio.`);
    const number = Number(/\d+$/.exec(opened.caseId)?.[0]);
    const profiles = tempDir('atiende-e2e-');
    const harness = await startHarness(['--server', sandbox.url, '--user', 'lucia', '--profile', profiles.path]);
    try {
      await page.setViewportSize(viewport);
      const console = new ConsolePage(page);
      await console.open(harness.url);
      await console.find('Irene Lectora');
      await console.openCase(number);
      await expect(console.message(`Mensaje ${EARLIER}:`)).toBeInViewport({ ratio: 1 });

      // At the end: the next message is followed into view.
      await write('Mensaje 41: ¿hay novedades?');
      await expect(console.message('Mensaje 41:')).toBeInViewport({ ratio: 1 });
      const announced = page.getByTestId('new-messages');
      await expect(announced).toHaveCount(0);

      // Scrolled up to read: the message read stays in view, the new ones are announced below.
      await console.thread.hover();
      await page.mouse.wheel(0, -1500);
      await expect(console.message('Mensaje 41:')).not.toBeInViewport();
      const read = console.message('Mensaje 10:');
      await read.scrollIntoViewIfNeeded();
      await expect(read).toBeInViewport();
      await write('Mensaje 42: ¿me atienden?');
      await expect(announced).toHaveText('1 mensaje nuevo ↓');
      await write('Mensaje 43: ¡hola!');
      await expect(announced).toHaveText('2 mensajes nuevos ↓');
      await expect(announced).toBeInViewport({ ratio: 1 });
      await expect(console.message('Mensaje 43:')).not.toBeInViewport();
      await expect(read).toBeInViewport();

      await announced.click();
      await expect(console.message('Mensaje 43:')).toBeInViewport({ ratio: 1 });
      await expect(announced).toHaveCount(0);

      // Their own reply, sent while reading further up, is brought into view.
      await console.thread.hover();
      await page.mouse.wheel(0, -1500);
      await expect(console.message('Mensaje 43:')).not.toBeInViewport();
      await console.reply('Ya lo reviso, Irene.');
      await expect(console.message('Ya lo reviso, Irene.')).toBeInViewport({ ratio: 1 });
      await expect(announced).toHaveCount(0);
    } finally {
      harness.child.kill('SIGTERM');
      await sandbox.stop();
      profiles.remove();
    }
  });
}
