// The console end to end: Debian's Chromium, the browser harness, a real sandbox server.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';
import { AppHeader } from './pages/app-header.ts';
import { ConsolePage } from './pages/console-page.ts';
import { ShortcutsDialog } from './pages/shortcuts-dialog.ts';
import { SyncBar } from './pages/sync-bar.ts';
import { TemplatesPanel } from './pages/templates-panel.ts';

const agentCases = (sandbox: { server: { db: { prepare(sql: string): { all(): unknown[] } } } }) =>
  sandbox.server.db.prepare("SELECT number, subject FROM cases WHERE assigned_to = 'lucia'").all() as { number: number; subject: string }[];

test('the first sync shows the seeded inbox, most urgent open work first', async ({ page, atiende }) => {
  const console = new ConsolePage(page);
  await console.open(atiende.url);
  const seeded = agentCases(atiende.sandbox);
  await expect(console.count).toHaveText(new RegExp(`(^|\\D)${seeded.length}(\\D|$)`));
  const shown = await console.caseNumbers();
  expect(shown.length).toBeGreaterThan(5);
  expect(seeded.map((c) => c.number)).toEqual(expect.arrayContaining(shown));
  await expect(console.rows.first()).toContainText(/urgente|urgent/i);
  // The server said it is a training sandbox at sign-in: the banner says so, and the header does
  // not call it an organisation.
  const header = new AppHeader(page);
  await expect(header.sandboxBanner).toBeVisible();
  await expect(header.sandboxBanner).toContainText('Entorno de práctica — sin clientes reales');
  await expect(header.orgServer).toHaveText(`Práctica: ${new URL(atiende.sandbox.url).host}`);
  await expect(header.orgServer).not.toContainText('Organización');
});

test('a reply shows queued, then sent, and reaches the customer exactly once', async ({ page, atiende }) => {
  const console = new ConsolePage(page);
  await console.open(atiende.url);
  const [first] = await console.caseNumbers();
  await console.openCase(first!);
  // The server holds its answer a moment, so "queued" is on screen long enough to see.
  await atiende.sandbox.fault({ route: 'push', delayMs: 1500 });
  const text = 'Hola, ya estamos revisando tu caso. Saludos, Lucía';
  await console.reply(text);
  await expect(console.stateOf(text)).toHaveAttribute('data-state', 'queued');
  await expect(console.stateOf(text)).toHaveAttribute('data-state', 'sent');
  await expect(console.replyBox).toHaveValue('');
  // Another full sync cycle, then count: a duplicate would have arrived by now.
  const sync = new SyncBar(page);
  await sync.syncNow();
  await expect(sync.state).toHaveAttribute('data-state', 'idle');
  expect((await atiende.sandbox.outbound()).filter((m) => m.text === text)).toHaveLength(1);
});

test('clicking one case and at once another shows the second one’s thread, and the first again when clicked back', async ({ page, atiende }) => {
  const console = new ConsolePage(page);
  await console.open(atiende.url);
  const [first, second] = await console.caseNumbers();
  const newestOf = (number: number) => (atiende.sandbox.server.db
    .prepare('SELECT m.id FROM messages m JOIN cases c ON c.id = m.case_id WHERE c.number = ? ORDER BY m.sent_at DESC LIMIT 1')
    .get(number) as { id: string }).id;
  // The first case's read is still on its way when the second is asked for.
  await console.row(first!).click();
  await console.openCase(second!);
  await expect(console.messageWithId(newestOf(second!))).toBeVisible();
  await expect(console.messageWithId(newestOf(first!))).toHaveCount(0);
  await console.openCase(first!);
  await expect(console.messageWithId(newestOf(first!))).toBeVisible();
});

test('offline: a reply waits in the outbox and is delivered once when the server returns', async ({ page, atiende }) => {
  const console = new ConsolePage(page);
  await console.open(atiende.url);
  const [first] = await console.caseNumbers();
  await console.openCase(first!);
  const sync = new SyncBar(page);
  await atiende.sandbox.goOffline();
  const text = 'Escrita sin conexión. Saludos, Lucía';
  await console.reply(text);
  await expect(console.stateOf(text)).toHaveAttribute('data-state', 'queued');
  await expect(sync.pendingCount).toHaveAttribute('data-count', '1');
  await expect(sync.state).toHaveAttribute('data-state', /offline|error/);
  // In the agent's language, not the network library's.
  await expect(sync.error).not.toContainText('ECONNREFUSED');
  await expect(sync.error).not.toBeEmpty();

  await atiende.sandbox.restart();
  await sync.syncNow();
  await expect(console.stateOf(text)).toHaveAttribute('data-state', 'sent');
  await expect(sync.pendingCount).toHaveAttribute('data-count', '0');
  expect((await atiende.sandbox.outbound()).filter((m) => m.text === text)).toHaveLength(1);
});

test('a customer message with HTML and script payloads shows as inert text', async ({ page, atiende }) => {
  const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><b>negrita</b> \u202eolleh';
  const { caseId } = await atiende.sandbox.control<{ caseId: string }>('POST', '/v1/sandbox/inbound', {
    channel: 'webchat', customer: { name: 'Hostil', handle: 'hostil-1' }, text: payload, assignTo: 'lucia',
  });
  const number = Number(/\d+$/.exec(caseId)?.[0]);
  const console = new ConsolePage(page);
  await console.open(atiende.url);
  await console.find('negrita');
  await expect(console.rows).toHaveCount(1);
  await console.openCase(number);
  const message = console.message('negrita');
  await expect(message).toContainText('<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><b>negrita</b>');
  await expect(console.thread.locator('img, script, b')).toHaveCount(0);
  expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('e-mail HTML is sanitised: nothing runs, loads, or draws over the console', async ({ page, atiende }) => {
  const html = '<div><p>Hola, adjunto <b>factura</b>.</p><img src=x onerror="window.__pwned=3">' +
    '<a href="javascript:window.__pwned=4">ver</a><dialog open>Tu sesión venció: ingresá tu contraseña</dialog>' +
    '<div popover="manual">falso</div><script>window.__pwned=5</script></div>';
  const { caseId } = await atiende.sandbox.control<{ caseId: string }>('POST', '/v1/sandbox/inbound', {
    channel: 'email', customer: { name: 'Correo', handle: 'correo@example.com' }, text: html, assignTo: 'lucia',
  });
  const console = new ConsolePage(page);
  await console.open(atiende.url);
  await console.find('adjunto');
  await console.openCase(Number(/\d+$/.exec(caseId)?.[0]));
  const thread = console.thread;
  await expect(thread.getByText('factura')).toBeVisible();
  await expect(thread.locator('img, script, dialog, [popover], a[href^="javascript"]')).toHaveCount(0);
  await thread.getByText('ver', { exact: true }).click();
  expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  // The console's own keys still work: no customer dialog took them over.
  await console.focusConsole();
  await page.keyboard.press('?');
  await expect(new ShortcutsDialog(page).root).toBeVisible();
});

test('keyboard first: j/k move, Enter opens, r replies, Esc goes back, ? lists the shortcuts', async ({ page, atiende }) => {
  const console = new ConsolePage(page);
  await console.open(atiende.url);
  // The rows the first sync is still bringing would move under the keys.
  await console.synced();
  const ids = await Promise.all([0, 1].map((i) => console.rows.nth(i).getAttribute('data-case-id')));
  const selected = console.selected;
  await console.focusConsole();
  await page.keyboard.press('j');
  await expect(selected).toHaveAttribute('data-case-id', ids[0] ?? '');
  await page.keyboard.press('j');
  await expect(selected).toHaveAttribute('data-case-id', ids[1] ?? '');
  await page.keyboard.press('j');
  await page.keyboard.press('k');
  await expect(selected).toHaveAttribute('data-case-id', ids[1] ?? '');
  const chosen = ids[1];
  await page.keyboard.press('Enter');
  await expect(console.caseView).toHaveAttribute('data-case-id', chosen ?? '');
  await page.keyboard.press('r');
  await expect(console.replyBox).toBeFocused();
  await page.keyboard.type('j k r');
  await expect(console.replyBox).toHaveValue('j k r');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(console.noCase).toBeVisible();
  await page.keyboard.press('?');
  const shortcuts = new ShortcutsDialog(page);
  await expect(shortcuts.root).toBeVisible();
  await expect(shortcuts.root).toContainText('j');
});

test('switching the language changes the whole console, and it is remembered', async ({ page, atiende }) => {
  const console = new ConsolePage(page);
  await console.open(atiende.url);
  const header = new AppHeader(page);
  const sync = new SyncBar(page);
  await expect(console.inbox('Casos')).toBeVisible();
  // The role is a word of the console's language too, not the server's code.
  await header.openProfile();
  await expect(header.profilePanel).toContainText('Sesión de lucia (agente)');
  await page.keyboard.press('Escape');
  // Main hears of the switch, so the tray and the notifications speak it too.
  const told = page.waitForRequest((r) => r.url().endsWith('/rpc/setLanguage') && (r.postDataJSON() as { language?: string }).language === 'en');
  await header.setLanguage('en');
  await told;
  await expect(console.inbox('Cases')).toBeVisible();
  await expect(sync.nowButton).toHaveText(/sync/i);
  await header.openProfile();
  await expect(header.profilePanel).toContainText('Signed in as lucia (agent)');
  await page.keyboard.press('Escape');
  await page.reload();
  await expect(console.inbox('Cases')).toBeVisible();
});

test('the draft of a case survives closing the console', async ({ page, atiende }) => {
  const console = new ConsolePage(page);
  await console.open(atiende.url);
  const [first] = await console.caseNumbers();
  await console.openCase(first!);
  await console.replyBox.fill('Borrador a medio escribir');
  await page.waitForTimeout(800); // the draft is saved after a pause in typing
  await page.reload();
  await console.openCase(first!);
  await expect(console.replyBox).toHaveValue('Borrador a medio escribir');
});

test('no serious or critical accessibility violations on the inbox, the case view and the templates panel', async ({ page, atiende }) => {
  const console = new ConsolePage(page);
  await console.open(atiende.url);
  const serious = async () =>
    (await new AxeBuilder({ page }).analyze()).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.length}`);
  expect(await serious()).toEqual([]);
  const [first] = await console.caseNumbers();
  await console.openCase(first!);
  expect(await serious()).toEqual([]);
  const templates = new TemplatesPanel(page);
  await templates.open();
  await expect(templates.template(templates.items.first()).preview).toBeVisible();
  expect(await serious()).toEqual([]);
  await templates.newButton.click();
  await templates.saveButton.click(); // with its mistakes explained
  await expect(templates.editor).toContainText('Escribí un título.');
  expect(await serious()).toEqual([]);
});
