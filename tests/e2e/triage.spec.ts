// Triage end to end: priority and why in the inbox, message types and their guidance in the
// case view, and the noise filter's view with its one-action restore.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';
import { AppHeader } from './pages/app-header.ts';
import { CasePane } from './pages/case-pane.ts';
import { ConsolePage } from './pages/console-page.ts';
import { SyncBar } from './pages/sync-bar.ts';
import { Triage } from './pages/triage.ts';

test('a customer writing "BAJA" jumps to the top of the queue, with the reason on its row', async ({ page, atiende }) => {
  const console = new ConsolePage(page);
  const triage = new Triage(page);
  await console.open(atiende.url);
  // A calm queue: a supervisor hands lucia's urgent and high cases to mateo; normal work waits.
  // Read the queue again until it is calm: a case can reach lucia's cache after a reading of it.
  const handedOver = new Set<string>();
  await expect(async () => {
    for (const c of await triage.queue()) {
      if (c.status !== 'resolved' && (c.priority === 'urgent' || c.priority === 'high') && !handedOver.has(c.id)) {
        await atiende.sandbox.control('POST', '/v1/sandbox/assign', { caseId: c.id, to: 'mateo' });
        handedOver.add(c.id);
      }
    }
    await expect(triage.reasons(console.rows.first())).toHaveAttribute('data-priority', 'normal', { timeout: 3_000 });
  }).toPass({ timeout: 20_000 });
  const waitingLongest = await console.rows.first().getAttribute('data-case-id');

  const { caseId } = await atiende.sandbox.control<{ caseId: string }>('POST', '/v1/sandbox/inbound', {
    channel: 'whatsapp', customer: { name: 'Marta Díaz', handle: '+5491155550199' }, text: 'Quiero darme de BAJA ya', assignTo: 'lucia',
  });
  await expect(console.rows.first()).toHaveAttribute('data-case-id', caseId);
  await expect(triage.reasons(console.rows.first())).toHaveText('Alta · retención: «darme de baja», cliente nuevo');
  await expect(console.rows.nth(1)).toHaveAttribute('data-case-id', waitingLongest ?? '');
});

test('a case twice past its service level says so on its row', async ({ page, atiende }) => {
  const console = new ConsolePage(page);
  const triage = new Triage(page);
  await console.open(atiende.url);
  const since = Date.now();
  const { caseId } = await atiende.sandbox.control<{ caseId: string }>('POST', '/v1/sandbox/inbound', {
    channel: 'webchat', customer: { name: 'Paula Ríos', handle: 'paula-r' }, text: 'No me llega la factura de este mes', assignTo: 'lucia',
  });
  // Web chat's service level is 5 minutes; the server's clock, not this computer's, says 11 have passed.
  await atiende.sandbox.control('POST', '/v1/sandbox/clock', { now: new Date(since + 11 * 60_000).toISOString() });
  await new SyncBar(page).syncNow();
  await triage.search.fill('Paula Ríos');
  await expect(triage.reasons(caseId)).toHaveText(/^Urgente · .*demorado 2× el nivel de servicio/);
});

test('a sandbox whose clock was moved back months times a fresh case by its own clock: on time, not months late', async ({ page, atiende }) => {
  const console = new ConsolePage(page);
  const triage = new Triage(page);
  await console.open(atiende.url);
  // A class set to last March: the case arrives on the server's clock, nine months behind this computer's.
  await atiende.sandbox.control('POST', '/v1/sandbox/clock', { now: new Date(Date.now() - 270 * 24 * 60 * 60_000).toISOString() });
  await new SyncBar(page).syncNow();
  const { caseId } = await atiende.sandbox.control<{ caseId: string }>('POST', '/v1/sandbox/inbound', {
    channel: 'webchat', customer: { name: 'Rosa Quiroga', handle: 'rosa-q' }, text: '¿Cuándo vence mi factura?', assignTo: 'lucia',
  });
  await triage.search.fill('Rosa Quiroga');
  await expect(triage.slaClock(caseId)).toHaveAttribute('data-level', 'ok');
  await expect(triage.slaClock(caseId)).not.toContainText(' d ');
  await triage.row(caseId).click();
  await expect(new CasePane(page).slaClock).toHaveAttribute('data-level', 'ok');
});

test('each customer message shows its type; the guidance follows the latest, and the agent’s type sticks', async ({ page, atiende }) => {
  const console = new ConsolePage(page);
  const triage = new Triage(page);
  await console.open(atiende.url);
  const { caseId } = await atiende.sandbox.control<{ caseId: string }>('POST', '/v1/sandbox/inbound', {
    channel: 'x_mention', customer: { name: 'Jorge Paz', handle: '@jorgepaz' }, text: '@ConectaAR mi DNI es 30.123.456 y sigo sin internet', assignTo: 'lucia',
  });
  await triage.search.fill('Jorge Paz');
  await triage.row(caseId).click();
  const dni = 'mi DNI es 30.123.456';
  const casePane = new CasePane(page);
  await expect(triage.typeOf(dni)).toHaveText('Tipo de mensaje: Datos privados (B)');
  await expect(casePane.guidance).toContainText('Mové la conversación a un canal privado');

  // The agent reads it as hostile, offline: a small menu, by keyboard; shown at once, not sent yet.
  await atiende.sandbox.goOffline();
  await triage.typeMenu(dni).focus();
  await page.keyboard.press('Enter');
  await triage.typeOption(dni, 'Hostil (C)').press('Enter');
  await expect(triage.typeOf(dni)).toHaveText('Tipo de mensaje: Hostil (C) (elegido por vos)');
  await expect(triage.decisionPending(dni)).toHaveText('por enviar');
  await expect(casePane.guidance).toContainText('Respondé con cuidado');

  // Back online it reaches the server once, for every console holding the case and its reviewers.
  await atiende.sandbox.restart();
  await new SyncBar(page).syncNow();
  await expect(triage.decisionPending(dni)).toHaveCount(0);
  const decisions = atiende.sandbox.server.db.prepare('SELECT type, by FROM message_decisions');
  expect(decisions.all()).toEqual([{ type: 'hostile', by: 'lucia' }]);

  await page.reload();
  await triage.search.fill('Jorge Paz');
  await triage.row(caseId).click();
  await expect(triage.typeOf(dni)).toHaveAttribute('data-overridden', 'true');
});

test('a plain question on a private X message is a query (A), never read as "public"', async ({ page, atiende }) => {
  const triage = new Triage(page);
  await new ConsolePage(page).open(atiende.url);
  const { caseId } = await atiende.sandbox.control<{ caseId: string }>('POST', '/v1/sandbox/inbound', {
    channel: 'x_dm', customer: { name: 'Inés Soto', handle: '@inessoto' }, text: '¿Cuál es la sucursal más cercana a Palermo?', assignTo: 'lucia',
  });
  await triage.search.fill('Inés Soto');
  await triage.row(caseId).click();
  await expect(new CasePane(page).visibility).toHaveAttribute('data-visibility', 'private');
  const question = 'sucursal más cercana';
  const message = triage.message(question);
  await expect(triage.typeOf(question)).toHaveText('Tipo de mensaje: Consulta (A)');
  await expect(message).not.toContainText('Público');
  await triage.typeMenu(question).click();
  await expect(triage.typeOption(question, 'Consulta (A)')).toBeVisible();

  await new AppHeader(page).setLanguage('en');
  await expect(triage.typeOf(question)).toHaveText('Message type: Query (A)');
  await expect(message).not.toContainText('Public');
});

test('"hola" on a new case lands in the filtered view, not the queue, and "Restaurar" brings it back', async ({ page, atiende }) => {
  const console = new ConsolePage(page);
  const triage = new Triage(page);
  await console.open(atiende.url);
  await expect(triage.filteredView).toHaveAttribute('data-count', '0');
  const queued = (await triage.queue()).length;

  const { caseId } = await atiende.sandbox.control<{ caseId: string }>('POST', '/v1/sandbox/inbound', {
    channel: 'webchat', customer: { name: 'Nora Vidal', handle: 'nora-v' }, text: 'hola', assignTo: 'lucia',
  });
  await expect(triage.filteredView).toHaveAttribute('data-count', '1');
  await expect(triage.filteredView).toHaveText('Filtrados (1)');
  expect((await triage.queue()).map((c) => c.id)).not.toContain(caseId);
  await expect(triage.inboxCount).toHaveText(`${queued} casos`);
  await triage.search.fill('Nora Vidal');
  await expect(console.empty).toBeVisible();

  await triage.filteredView.focus();
  await page.keyboard.press('Enter');
  await expect(triage.filteredMessage(caseId)).toContainText('hola');
  await expect(triage.filteredMessage(caseId)).toContainText('Filtrado: solo cortesía');
  await triage.restoreButton(caseId).press('Enter');
  await expect(triage.filteredEmpty).toBeVisible();
  await expect(triage.filteredView).toHaveAttribute('data-count', '0');

  await triage.queueView.click();
  await expect(triage.row(caseId)).toBeVisible();
  expect((await triage.queue()).map((c) => c.id)).toContain(caseId);
  // The restore is the agent's decision on the server too, so their other consoles follow it.
  await new SyncBar(page).syncNow();
  const decisions = atiende.sandbox.server.db.prepare('SELECT restored, by FROM message_decisions');
  await expect.poll(() => decisions.all()).toEqual([{ restored: 1, by: 'lucia' }]);
});

test('the filtered view and a case with its type menu open have no serious accessibility issues', async ({ page, atiende }) => {
  const console = new ConsolePage(page);
  const triage = new Triage(page);
  await console.open(atiende.url);
  const { caseId } = await atiende.sandbox.control<{ caseId: string }>('POST', '/v1/sandbox/inbound', {
    channel: 'webchat', customer: { name: 'Hugo Sosa', handle: 'hugo-s' }, text: 'gracias!!', assignTo: 'lucia',
  });
  const serious = async () =>
    (await new AxeBuilder({ page }).analyze()).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.length}`);
  await triage.filteredView.click();
  await expect(triage.filteredCase(caseId)).toBeVisible();
  expect(await serious()).toEqual([]);
  await triage.openFiltered(caseId);
  await expect(console.caseView).toHaveAttribute('data-case-id', caseId);
  await expect(triage.filteredNote('gracias!!')).toHaveText('Filtrado: solo cortesía');
  await triage.typeMenu('gracias!!').click();
  expect(await serious()).toEqual([]);
});

test('a rules document the console cannot read leaves the defaults in force, and the sync bar says so', async ({ page, atiende }) => {
  const console = new ConsolePage(page);
  const triage = new Triage(page);
  await console.open(atiende.url);
  const sync = new SyncBar(page);
  await expect(sync.rulesWarning).toHaveCount(0);
  await atiende.sandbox.control('POST', '/v1/sandbox/settings', { id: 'priority_rules', value: { version: 1, keywords: 'baja' } });
  await expect(sync.rulesWarning).toHaveText('Las reglas de prioridad del servidor no son válidas: se usan las de fábrica.');
  const { caseId } = await atiende.sandbox.control<{ caseId: string }>('POST', '/v1/sandbox/inbound', {
    channel: 'whatsapp', customer: { name: 'Lía Ferro', handle: 'lia-f' }, text: 'Quiero darme de BAJA ya', assignTo: 'lucia',
  });
  await triage.search.fill('Lía Ferro');
  await expect(triage.reasons(caseId)).toHaveText('Alta · retención: «darme de baja», cliente nuevo');
});
