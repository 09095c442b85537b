// Linking an account to a known customer and merging records from the customer panel: the
// directory finds customers this console has never seen, a link needs the agent's word that
// they validated the account, and a merge can be undone. Replies keep their own account.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';
import { ConsolePage } from './pages/console-page.ts';
import { Composer } from './pages/composer.ts';
import { CustomerDialogs } from './pages/customer-dialogs.ts';
import { CustomerPanel } from './pages/customer-panel.ts';

const caseNumber = (caseId: string) => Number(/\d+$/.exec(caseId)?.[0]);

test('a customer who wrote on X and then by e-mail, once linked, has both cases in one history', async ({ page, atiende }) => {
  // Nicolás Herrera wrote on X (case 1028, mateo's); now he writes from an e-mail nobody knows.
  const { caseId } = await atiende.sandbox.control<{ caseId: string }>('POST', '/v1/sandbox/inbound', {
    channel: 'email', customer: { name: 'Nico H.', handle: 'nico.h.personal@example.com' }, text: 'Les escribí por X la semana pasada', assignTo: 'lucia',
  });
  const console = new ConsolePage(page);
  const customer = new CustomerPanel(page);
  await console.open(atiende.url);
  await console.find('semana pasada');
  await console.openCase(caseNumber(caseId));
  await customer.open();
  await expect(customer.name).toHaveText('Nico H.');
  await expect(customer.history).toHaveCount(1);

  // This console has never seen Nicolás: the directory finds him.
  await customer.search.fill('nicoherrera');
  await expect(customer.candidate('Nicolás Herrera')).toContainText('@nicoherrera_ok');
  await customer.linkTo('Nicolás Herrera');

  const dialogs = new CustomerDialogs(page);
  await expect(dialogs.link).toContainText('nico.h.personal@example.com');
  await expect(dialogs.confirmLink).toBeDisabled();
  expect((await new AxeBuilder({ page }).include('[data-testid="link-dialog"]').analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  await dialogs.validated.check();
  await dialogs.confirmLink.click();

  await expect(customer.name).toHaveText('Nicolás Herrera');
  await expect.poll(() => customer.historyNumbers()).toEqual(expect.arrayContaining([1028, caseNumber(caseId)]));
  await expect(customer.historyCase(1028)).toHaveAttribute('data-mine', 'false');
  await expect(customer.identity('nico.h.personal@example.com')).toContainText('validado');
  await expect(customer.merge).toHaveAttribute('data-kind', 'link');
  const server = atiende.sandbox.server.db.prepare<[string], { customer_id: string; validated: number }>(
    'SELECT customer_id, validated FROM identities WHERE handle = ?').get('nico.h.personal@example.com');
  expect(server).toEqual({ customer_id: 'cus-nicolas-herrera', validated: 1 });
  // The accounts share nothing, so the server kept the agent's word: who validated it.
  expect(atiende.sandbox.server.db.prepare('SELECT customer_id, by FROM identity_validations').all())
    .toEqual([{ customer_id: 'cus-nicolas-herrera', by: 'lucia' }]);

  // His next e-mail arrives already identified.
  const next = await atiende.sandbox.control<{ caseId: string }>('POST', '/v1/sandbox/inbound', {
    channel: 'email', customer: { name: 'Nico H.', handle: 'nico.h.personal@example.com' }, text: 'Otra consulta', assignTo: 'lucia',
  });
  await expect(customer.historyCase(caseNumber(next.caseId))).toBeVisible();
});

test('a record sharing a phone is suggested, merged keeping the fuller one, replied from its own account, and undone', async ({ page, atiende }) => {
  // Ana Gómez writes by SMS from the number she uses on WhatsApp.
  const { caseId } = await atiende.sandbox.control<{ caseId: string }>('POST', '/v1/sandbox/inbound', {
    channel: 'sms', customer: { name: 'Ana', handle: '351 555 0101' }, text: 'Hola, soy Ana, me quedé sin datos', assignTo: 'lucia',
  });
  const console = new ConsolePage(page);
  const customer = new CustomerPanel(page);
  await console.open(atiende.url);
  const composer = new Composer(page);
  const dialogs = new CustomerDialogs(page);
  await console.find('sin datos');
  await console.openCase(caseNumber(caseId));
  await customer.open();
  await expect(composer.replyTo).toHaveText('Para: 351 555 0101 · SMS');

  await expect(customer.mergeSuggestion('Ana Gómez')).toContainText('Mismo teléfono (3515550101)');
  await customer.startMerge('Ana Gómez');
  await expect(dialogs.keepOther).toBeChecked(); // Ana Gómez has four accounts
  await dialogs.confirmMerge.click();

  await expect(customer.name).toHaveText('Ana Gómez');
  await expect(customer.merge).toContainText('Ana');
  await expect(customer.identities).toHaveCount(5);
  // Ana's record has her e-mail and WhatsApp now, but this case's reply still goes by SMS to her number.
  await expect(composer.replyTo).toHaveText('Para: 351 555 0101 · SMS');
  await console.reply('Hola Ana, ya lo revisamos');
  await expect.poll(async () => (await atiende.sandbox.outbound()).find((m) => m.caseId === caseId)).toMatchObject({ channel: 'sms', to: '351 555 0101' });

  await customer.undoMerge();
  await expect(customer.name).toHaveText('Ana');
  await expect(customer.identities).toHaveCount(1);
  await expect(customer.history).toHaveCount(1);
});

test('an account is unlinked only with a reason, and takes its cases along', async ({ page, atiende }) => {
  const console = new ConsolePage(page);
  const customer = new CustomerPanel(page);
  await console.open(atiende.url);
  await console.openCase(1001);
  await customer.open();
  await customer.startUnlink('WhatsApp');
  const dialogs = new CustomerDialogs(page);
  await expect(dialogs.confirmUnlink).toBeDisabled();
  await dialogs.unlinkReason.fill('Es el número del hermano');
  await dialogs.confirmUnlink.click();

  await expect(customer.identities).toHaveCount(3);
  await expect(customer.historyCase(1003)).toHaveCount(0); // the WhatsApp case went with the number
  expect(atiende.sandbox.server.db.prepare('SELECT reason FROM identity_unlinks').all()).toEqual([{ reason: 'Es el número del hermano' }]);
});
