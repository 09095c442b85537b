// A customer who writes a right-to-left override cannot make a file name read backwards: the
// thread, the inbox row and the case's heading show what was really written, while Arabic
// still reads right to left in its own isolate.
import type { RunningSandbox } from '../fixtures/sandbox.ts';
import { expect, test } from './fixtures.ts';
import { ConsolePage } from './pages/console-page.ts';
import { CustomerTextOnScreen } from './pages/reading.ts';

const RLO = '\u202e';
const PDF = '\u202c';

/** A customer writes a new case to lucia through the sandbox's inbound control; its number. */
async function customerWrites(sandbox: RunningSandbox, message: { channel: string; name: string; handle: string; text: string }): Promise<number> {
  const { caseId } = await sandbox.control<{ caseId: string }>('POST', '/v1/sandbox/inbound', {
    channel: message.channel, customer: { name: message.name, handle: message.handle }, text: message.text, assignTo: 'lucia',
  });
  return Number(caseId.replace('case-', ''));
}

test('an override in a customer message never makes "gnp.exe" read "exe.png"', async ({ page, atiende }) => {
  const console = new ConsolePage(page);
  const screen = new CustomerTextOnScreen(page);
  await console.open(atiende.url);
  const number = await customerWrites(atiende.sandbox, { channel: 'whatsapp', name: `${RLO}gnp.exe${PDF}`, handle: '+5491100000202', text: `Te mando la factura ${RLO}gnp.exe${PDF}` });
  await console.find('factura');
  const row = console.row(number);
  await expect(row).toBeVisible();

  const subject = screen.rowSubject(row);
  expect(await screen.leftToRight(subject)).toBe('Te mando la factura gnp.exe');
  expect(await screen.hasBidiControls(row)).toBe(false);
  expect(await screen.leftToRight(row)).not.toContain('exe.png');

  await console.openCase(number);
  const message = console.messages.last();
  expect(await screen.leftToRight(screen.messageText(message))).toBe('Te mando la factura gnp.exe');
  expect(await screen.leftToRight(screen.caseTitle)).toBe(`#${number}gnp.exe`);
  await screen.showDetails();
  expect(await screen.leftToRight(screen.detailsSubject)).toBe('Te mando la factura gnp.exe');
  expect(await screen.hasBidiControls(screen.caseSubject)).toBe(false);
  for (const shown of [console.thread, screen.caseTitle, screen.detailsSubject]) {
    expect(await screen.hasBidiControls(shown)).toBe(false);
    expect(await screen.leftToRight(shown)).not.toContain('exe.png');
  }
});

test('Arabic still reads right to left, in an isolate that leaves the line around it alone', async ({ page, atiende }) => {
  const console = new ConsolePage(page);
  const screen = new CustomerTextOnScreen(page);
  await console.open(atiende.url);
  const arabic = 'مرحبا، أين طلبي؟';
  const number = await customerWrites(atiende.sandbox, { channel: 'whatsapp', name: 'مريم', handle: '+5491100000203', text: arabic });
  await console.find('مرحبا');
  await console.openCase(number);
  const text = screen.messageText(console.messages.last());
  await expect(text).toHaveText(arabic);
  expect(await screen.direction(text)).toBe('rtl');
  // Painted right to left: the first letter written is the rightmost one.
  const painted = await screen.leftToRight(text);
  expect(painted.at(-1)).toBe('م');
  // The case's number stays where a left-to-right heading puts it, before the name.
  expect(await screen.leftToRight(screen.caseTitle)).toMatch(new RegExp(`^#${number}`));
  expect(await screen.direction(screen.caseTitle)).toBe('ltr');
});

test('an e-mail’s HTML cannot turn a file name around with an override or a <bdo>', async ({ page, atiende }) => {
  const console = new ConsolePage(page);
  const screen = new CustomerTextOnScreen(page);
  await console.open(atiende.url);
  const number = await customerWrites(atiende.sandbox, { channel: 'email', name: 'Mallory', handle: 'mallory@example.com', text: `<p>Adjunto ${RLO}gnp.exe${PDF}</p><p><bdo dir="rtl">fdp.exe</bdo></p>` });
  await console.find('Adjunto');
  await console.openCase(number);
  const body = screen.messageText(console.messages.last());
  const painted = await screen.leftToRight(body);
  expect(painted).toContain('Adjunto gnp.exe');
  expect(painted).toContain('fdp.exe');
  expect(painted).not.toContain('exe.png');
  expect(painted).not.toContain('exe.pdf');
});
