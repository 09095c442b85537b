// Templates in the composer: "/" plus a few letters, fields filled with Tab, nothing raw sent.
import { expect, test } from './fixtures.ts';
import { CasePane } from './pages/case-pane.ts';
import { Composer } from './pages/composer.ts';
import { ConsolePage } from './pages/console-page.ts';

/** Hugo Paredes's case in the seeded scenario, on WhatsApp. */
const WHATSAPP_CASE = 1056;

test('a template inserted with "/" has its fields filled before it can be sent', async ({ page, atiende }) => {
  const console = new ConsolePage(page);
  const composer = new Composer(page);
  await console.open(atiende.url);
  // A WhatsApp case: the whole template fits its length limit (a public post's limit is shorter).
  await console.openCase(WHATSAPP_CASE);

  await console.replyBox.click();
  await console.replyBox.pressSequentially('/tecnic');
  await expect(composer.templateOptions.first()).toContainText('/tecnico');
  await console.replyBox.press('Enter');
  await expect(console.replyBox).toHaveValue(/te confirmo la visita técnica para el \[visit_date\] en la franja de \[visit_slot\]/);
  await expect(console.replyBox).not.toHaveValue(/\{\{|\}\}/);
  await expect(composer.unfilledHoles).toContainText('[visit_date]');
  await expect(console.sendButton).toBeDisabled();

  await page.keyboard.type('martes 25');
  await page.keyboard.press('Tab');
  await page.keyboard.type('9 a 13 h');
  await expect(composer.unfilledHoles).toHaveCount(0);
  await expect(console.sendButton).toBeEnabled();
  await console.replyBox.press('Control+Enter');

  await expect.poll(async () => (await atiende.sandbox.outbound()).length).toBe(1);
  const [sent] = (await atiende.sandbox.outbound()) as { text: string; templates?: { id: string }[] }[];
  expect(sent!.text).toContain('para el martes 25 en la franja de 9 a 13 h');
  expect(sent!.text).not.toMatch(/\[|\{\{/);
  expect(sent!.templates?.map((t) => t.id)).toHaveLength(1);
});

test('Esc closes the template list and leaves the slash as typed', async ({ page, atiende }) => {
  const console = new ConsolePage(page);
  const composer = new Composer(page);
  await console.open(atiende.url);
  const [first] = await console.caseNumbers();
  await console.openCase(first!);
  await console.replyBox.click();
  await console.replyBox.pressSequentially('y/o /');
  await expect(composer.templatePicker).toBeVisible();
  await console.replyBox.press('Escape');
  await expect(composer.templatePicker).toHaveCount(0);
  await expect(console.replyBox).toHaveValue('y/o /');
});

test('an open case suggests the articles that match what the customer wrote', async ({ page, atiende }) => {
  const console = new ConsolePage(page);
  await console.open(atiende.url);
  // A case of its own: which case tops the inbox depends on triage, and its earlier words would weigh in.
  const { caseId } = await atiende.sandbox.control<{ caseId: string }>('POST', '/v1/sandbox/inbound', {
    channel: 'whatsapp', customer: { name: 'Rita Baja', handle: 'rita' }, assignTo: 'lucia', text: 'Quiero darme de baja, ¿cómo es el proceso de baja?',
  });
  await console.find('Rita Baja');
  await console.openCase(Number(caseId.replace('case-', '')));
  const casePane = new CasePane(page);
  await casePane.openSuggestions();
  await expect(casePane.suggestedArticle('Proceso de baja')).toBeVisible();
});
