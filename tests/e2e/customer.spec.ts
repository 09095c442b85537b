// The customer 360 beside the case: who the customer is on every channel, all their cases (the
// other agents' ones open read-only) and the agents' notes, synced and offline-safe.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { ConsolePage } from './pages/console-page.ts';
import { CasePane } from './pages/case-pane.ts';
import { CaseActions } from './pages/case-actions.ts';
import { CustomerPanel } from './pages/customer-panel.ts';
import { SyncBar } from './pages/sync-bar.ts';
import { Triage } from './pages/triage.ts';

// Ana Gómez: cases 1001–1003 are lucia's, 1004 (resolved, by e-mail) is mateo's.
const ANA_CASE = 1001;
const MATEOS_CASE = 1004;

const serious = async (page: Page) =>
  (await new AxeBuilder({ page }).analyze()).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

test('the customer panel shows who the customer is on every channel and all their cases, newest first', async ({ page, atiende }) => {
  const console = new ConsolePage(page);
  const customer = new CustomerPanel(page);
  await console.open(atiende.url);
  await console.openCase(ANA_CASE);
  await customer.open();

  await expect(customer.name).toHaveText('Ana Gómez');
  await expect(customer.segment).toHaveText('Alto valor');
  await expect(customer.root).toContainText('Córdoba, AR');
  await expect(customer.influence).toHaveAttribute('data-level', 'low');
  await expect(customer.influence).toHaveText('Baja');
  await expect(customer.recordNotes).toContainText('Prefiere WhatsApp');

  await expect(customer.identities).toHaveCount(4);
  await expect(customer.identity('WhatsApp')).toContainText('+54 9 351 555-0101');
  await expect(customer.identity('Correo electrónico')).toContainText('ana.gomez@example.com');
  for (const identity of await customer.identities.all()) await expect(identity).toContainText('validado');

  const expected = atiende.sandbox.server.db
    .prepare<[], { number: number }>("SELECT number FROM cases WHERE customer_id = 'cus-ana-gomez' ORDER BY created_at DESC")
    .all()
    .map((c) => c.number);
  await expect(customer.history).toHaveCount(expected.length);
  expect(await customer.historyNumbers()).toEqual(expected);
  await expect(customer.historyCase(ANA_CASE)).toHaveAttribute('data-current', 'true');
  await expect(customer.historyParts(ANA_CASE).button).toHaveAttribute('aria-current', 'true');
  await expect(customer.historyCase(MATEOS_CASE)).toHaveAttribute('data-mine', 'false');
  await expect(customer.historyParts(MATEOS_CASE).owner).toHaveText('De Mateo Rossi');
  await expect(customer.historyParts(MATEOS_CASE).status).toHaveText('Resuelto');
  await expect(customer.historyCase(MATEOS_CASE)).toContainText('Correo electrónico');

  // Only the agent's own cases are in the inbox.
  expect(await console.caseNumbers()).not.toContain(MATEOS_CASE);

  // A case listed in both places shows the same moment, its last update, written the same way.
  const updated = atiende.sandbox.server.db
    .prepare<[], { number: number; created_at: string; updated_at: string }>(
      "SELECT number, created_at, updated_at FROM cases WHERE customer_id = 'cus-ana-gomez' AND assigned_to = 'lucia'")
    .all();
  expect(updated.some((c) => c.created_at !== c.updated_at)).toBe(true);
  await console.find('Ana Gómez');
  await expect(console.rows).toHaveCount(updated.length);
  for (const { number } of updated) {
    const inInbox = console.rowTime(number);
    const inHistory = customer.historyParts(number).time;
    await expect(inHistory).toHaveAttribute('datetime', (await inInbox.getAttribute('datetime')) ?? '');
    await expect(inHistory).toHaveText((await inInbox.textContent()) ?? '');
  }
});

test('another agent’s case of the customer opens from the history read-only: no reply box, no state buttons, no type menu', async ({ page, atiende }) => {
  const console = new ConsolePage(page);
  const customer = new CustomerPanel(page);
  const marked: unknown[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/rpc/markRead')) marked.push(request.postDataJSON());
  });
  await console.open(atiende.url);
  await console.openCase(ANA_CASE);
  await expect(console.replyBox).toBeVisible();
  await customer.open();

  // Keyboard only: Tab to the history entry, Enter opens it.
  await customer.historyParts(MATEOS_CASE).button.focus();
  await page.keyboard.press('Enter');
  await expect(console.caseView).toHaveAttribute('data-case-id', 'case-004');
  const casePane = new CasePane(page);
  await expect(casePane.readOnlyNote).toContainText('Caso de Mateo Rossi: solo lectura');
  const thread = atiende.sandbox.server.db.prepare<[], { text: string }>("SELECT text FROM messages WHERE case_id = 'case-004' ORDER BY sent_at").all();
  await expect(console.messages).toHaveCount(thread.length);
  await expect(console.messages.first()).toContainText(thread[0]!.text.slice(0, 40));
  await expect(console.replyBox).toHaveCount(0);
  await expect(new CaseActions(page).resolveButton).toHaveCount(0);
  // A message's type is its agent's to settle: shown here, never changed.
  const triage = new Triage(page);
  await expect(triage.shownTypes.first()).toBeVisible();
  await expect(triage.typeMenus).toHaveCount(0);
  await expect(customer.historyCase(MATEOS_CASE)).toHaveAttribute('data-current', 'true');
  expect(marked.filter((input) => (input as { caseId: string }).caseId === 'case-004')).toEqual([]);

  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await serious(page), scheme).toEqual([]);
  }

  // Back to one of the agent's own cases: writable again.
  await customer.openHistoryCase(ANA_CASE);
  await expect(console.caseView).toHaveAttribute('data-case-id', 'case-001');
  await expect(console.replyBox).toBeVisible();
  await expect(casePane.readOnlyNote).toHaveCount(0);
  await expect(triage.typeMenus.first()).toBeVisible();
});

test('a note written offline shows at once with author and time, and reaches the server once it is back', async ({ page, atiende }) => {
  const console = new ConsolePage(page);
  const customer = new CustomerPanel(page);
  const sync = new SyncBar(page);
  await console.open(atiende.url);
  await console.openCase(ANA_CASE);
  await customer.open();
  await expect(customer.root).toContainText('Todavía no hay notas.');

  await atiende.sandbox.goOffline();
  const text = 'Pidió que la llamen después de las 18 <b>no es HTML</b>';
  await customer.addNote(text);
  const note = customer.note('Pidió que la llamen');
  await expect(note.root).toHaveAttribute('data-state', 'pending');
  await expect(note.root).toContainText('Sin enviar todavía');
  await expect(note.author).toHaveText('Lucía Fernández');
  await expect(note.time).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT/);
  await expect(note.text).toHaveText(text);
  await expect(note.root.locator('b')).toHaveCount(0);
  await expect(sync.pendingCount).toHaveAttribute('data-count', '1');

  await atiende.sandbox.restart();
  await sync.syncNow();
  await expect(note.root).toHaveAttribute('data-state', 'saved');
  await expect(sync.pendingCount).toHaveAttribute('data-count', '0');
  const saved = atiende.sandbox.server.db
    .prepare('SELECT customer_id AS customerId, author, author_name AS authorName, text FROM customer_notes')
    .all();
  expect(saved).toEqual([{ customerId: 'cus-ana-gomez', author: 'lucia', authorName: 'Lucía Fernández', text }]);

  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await serious(page), scheme).toEqual([]);
  }
});
