// The inbox's unread mark as an agent sees it: opening a case reads it, a message arriving in the
// case they have open is read as it is shown, and one arriving in a case read before marks that row.
import { expect, test } from './fixtures.ts';
import { ConsolePage } from './pages/console-page.ts';

test('opening a case clears its unread mark; a message in the open case is read, one in a case read before is marked', async ({ page, atiende }) => {
  const { sandbox } = atiende;
  const irene = { name: 'Irene Lectora', handle: '+5491100000777' };
  const tomas = { name: 'Tomás Lectora', handle: '+5491100000778' };
  const write = (customer: typeof irene, text: string, caseId?: string) =>
    sandbox.control<{ caseId: string }>('POST', '/v1/sandbox/inbound', { channel: 'whatsapp', customer, text, ...(caseId ? { caseId } : { assignTo: 'lucia' }) });
  const ireneCase = (await write(irene, 'Hola, se me cortó el servicio.')).caseId;
  const tomasCase = (await write(tomas, 'Buenas, ¿me ayudan con la factura?')).caseId;
  const number = (caseId: string) => Number(/\d+$/.exec(caseId)?.[0]);

  const console = new ConsolePage(page);
  await console.open(atiende.url);
  await console.synced();
  await console.find('Lectora');
  const ireneRow = console.row(number(ireneCase));
  const tomasRow = console.row(number(tomasCase));
  await expect(ireneRow).toHaveAttribute('data-unread', 'true');
  await expect(tomasRow).toHaveAttribute('data-unread', 'true');

  // Each opened in turn is read, and stays read once another is open.
  await console.openCase(number(tomasCase));
  await expect(tomasRow).toHaveAttribute('data-unread', 'false');
  await expect(ireneRow).toHaveAttribute('data-unread', 'true');
  await console.openCase(number(ireneCase));
  await expect(ireneRow).toHaveAttribute('data-unread', 'false');
  await expect(ireneRow.getByTestId('unread-marker')).toHaveCount(0);
  await expect(tomasRow).toHaveAttribute('data-unread', 'false');

  // A new message in the open case is on screen, so it is read; Tomás's new one is not.
  await write(irene, '¿Hay novedades?', ireneCase);
  await write(tomas, 'Sigo esperando la factura.', tomasCase);
  await expect(console.message('¿Hay novedades?')).toBeVisible();
  // The inbox read afresh (another search, then this one) says what the cache holds.
  await console.find('Tomás');
  await expect(console.rows).toHaveCount(1);
  await console.find('Lectora');
  await expect(console.rows).toHaveCount(2);
  await expect(tomasRow).toHaveAttribute('data-unread', 'true');
  await expect(ireneRow).toHaveAttribute('data-unread', 'false');
  await expect(console.caseView).toHaveAttribute('data-case-id', ireneCase);
});
