// The templates panel beside the case: insertion at the cursor, long templates, personal
// templates created offline and synced, edited, deleted and copied, and drafts that keep fields.
import { expect, test } from './fixtures.ts';
import { Composer } from './pages/composer.ts';
import { ConsolePage } from './pages/console-page.ts';
import { SyncBar } from './pages/sync-bar.ts';
import { TemplatesPanel } from './pages/templates-panel.ts';
import { ToolsPane } from './pages/tools-pane.ts';
import type { RunningSandbox } from '../fixtures/sandbox.ts';

type Db = RunningSandbox['server']['db'];

const templateRow = (db: Db, title: string) =>
  db.prepare('SELECT id, owner, shortcut, body FROM templates WHERE title = ? AND owner IS NOT NULL').get(title) as
    { id: string; owner: string; shortcut: string | null; body: string } | undefined;

/** The template ids an agent's console receives when it pulls from the start. */
async function templatesSeenBy(url: string, username: string): Promise<string[]> {
  const login = await fetch(`${url}/v1/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: 'sandbox' }),
  });
  const { token } = (await login.json()) as { token: string };
  const ids: string[] = [];
  for (let cursor: string | null = null; ;) {
    const response = await fetch(`${url}/v1/sync/pull`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ cursor, limit: 2000 }),
    });
    const page = (await response.json()) as { changes: { entity: string; id: string; op: string }[]; cursor: string; hasMore: boolean };
    ids.push(...page.changes.filter((c) => c.entity === 'template' && c.op === 'put').map((c) => c.id));
    if (!page.hasMore) return ids;
    cursor = page.cursor;
  }
}

/** Opens one of the sandbox's cases through the inbox search, whatever its place in the list. */
async function openScenarioCase(console: ConsolePage, db: Db, key: string, words: string): Promise<void> {
  const { number } = db.prepare('SELECT number FROM cases WHERE id = ?').get(key) as { number: number };
  await console.find(words);
  await console.openCase(number);
}

/** Hugo Paredes's case in the seeded scenario, on WhatsApp. */
const WHATSAPP_CASE = 1056;

test('a personal template created offline is usable at once and reaches only its author when the server returns', async ({ page, atiende }) => {
  const console = new ConsolePage(page);
  const panel = new TemplatesPanel(page);
  await console.open(atiende.url);
  const [first] = await console.caseNumbers();
  await console.openCase(first!);
  await panel.open();
  const sync = new SyncBar(page);

  await atiende.sandbox.goOffline();
  await panel.create({ title: 'Despedida de Lucía', shortcut: '/ChauLu', body: 'Gracias por escribirnos. Saludos, {{agent.name}}' });
  const mine = panel.item('Despedida de Lucía');
  await expect(mine).toBeVisible();
  await expect(mine).toContainText('/chaulu');
  await expect(panel.template(mine).personalBadge).toBeVisible();
  await expect(sync.pendingCount).toHaveAttribute('data-count', '1');

  // The composer's "/" finds it by its shortcut straight away.
  await console.replyBox.click();
  await console.replyBox.pressSequentially('/chaulu');
  await expect(new Composer(page).templateOptions.first()).toContainText('Despedida de Lucía');
  await console.replyBox.press('Enter');
  await expect(console.replyBox).toHaveValue('Gracias por escribirnos. Saludos, Lucía Fernández');

  await atiende.sandbox.restart();
  await sync.syncNow();
  await expect(sync.pendingCount).toHaveAttribute('data-count', '0');
  const saved = templateRow(atiende.sandbox.server.db, 'Despedida de Lucía');
  expect(saved).toMatchObject({ owner: 'lucia', shortcut: 'chaulu' });
  expect(await templatesSeenBy(atiende.sandbox.url, 'lucia')).toContain(saved!.id);
  expect(await templatesSeenBy(atiende.sandbox.url, 'mateo')).not.toContain(saved!.id);
});

test('templates inserted one after another land at the cursor, and the reply records both', async ({ page, atiende }) => {
  const console = new ConsolePage(page);
  const panel = new TemplatesPanel(page);
  await console.open(atiende.url);
  // A WhatsApp case: the whole template fits its length limit (a public post's limit is shorter).
  await console.openCase(WHATSAPP_CASE);
  await panel.open();

  await console.replyBox.fill('ANTES DEL CURSOR DESPUÉS DEL CURSOR');
  await console.replyBox.evaluate((element, at) => {
    const box = element as unknown as { focus(): void; setSelectionRange(start: number, end: number): void };
    box.focus();
    box.setSelectionRange(at, at);
  }, 'ANTES DEL CURSOR'.length);
  // The first has a field the composer selects; the second must not replace it.
  await panel.insert('seguimos', 'Seguimiento: seguimos trabajando');
  await expect(console.replyBox).toHaveValue(/\[next_update\]/);
  await panel.insert('cierre', 'Cierre del caso');

  const reply = await console.replyBox.inputValue();
  // Each insertion is set apart from the text before it: a template of several lines by a line break.
  expect(reply).toMatch(/^ANTES DEL CURSOR\nHola /);
  expect(reply).toMatch(/Lucía Fernández DESPUÉS DEL CURSOR$/);
  const a = reply.indexOf('seguimos trabajando en tu caso');
  const hole = reply.indexOf('[next_update]');
  const b = reply.indexOf('Cerramos el caso');
  expect(a).toBeGreaterThan(0);
  expect(hole).toBeGreaterThan(a);
  expect(b).toBeGreaterThan(hole);
  expect(reply).not.toMatch(/\{\{/);
  await expect(new Composer(page).unfilledHoles).toContainText('[next_update]');
  await expect(console.sendButton).toBeDisabled();

  await console.replyBox.fill(reply.replace('[next_update]', 'el viernes'));
  await expect(console.sendButton).toBeEnabled();
  await console.replyBox.press('Control+Enter');
  await expect.poll(async () => (await atiende.sandbox.outbound()).length).toBe(1);
  const [sent] = (await atiende.sandbox.outbound()) as { text: string; templates?: { id: string }[] }[];
  expect(sent!.text).toContain('antes de el viernes');
  expect(sent!.templates?.map((t) => t.id).sort()).toEqual(['tpl-cierre', 'tpl-seguimiento']);
});

test('a template too long for the channel asks first, and cancelling inserts nothing', async ({ page, atiende }) => {
  const console = new ConsolePage(page);
  const panel = new TemplatesPanel(page);
  await console.open(atiende.url);
  await openScenarioCase(console, atiende.sandbox.server.db, 'case-001', 'Nueva Córdoba'); // a public X post: 280 characters
  await panel.open();
  await panel.find('fuera de horario');
  const long = panel.template('Fuera de horario de atención');
  await expect(long.tooLong).toContainText('280');

  const confirm = panel.confirmLong;
  await long.insertButton.click();
  await expect(confirm).toBeVisible();
  await expect(confirm).toContainText('Mención en X');
  await expect(confirm).toContainText('280');
  await panel.answerLong(false);
  await expect(confirm).toBeHidden();
  await expect(console.replyBox).toHaveValue('');

  // Enter from the search box asks the same question; this time the agent goes ahead.
  await panel.search.press('Enter');
  await expect(confirm).toBeVisible();
  await panel.answerLong(true);
  await expect(console.replyBox).toHaveValue(/Nuestro equipo atiende por este canal/);
  await expect(console.replyBox).toBeFocused();
  await expect(new Composer(page).overLimit).toContainText('280');
  await expect(console.sendButton).toBeDisabled();
});

test('the keyboard: t focuses the search, arrows choose, Enter inserts the chosen template', async ({ page, atiende }) => {
  const console = new ConsolePage(page);
  const panel = new TemplatesPanel(page);
  await console.open(atiende.url);
  const [first] = await console.caseNumbers();
  await console.openCase(first!);
  // A search request meant for the knowledge base does not pull focus into the templates later.
  const tools = new ToolsPane(page);
  await console.focusConsole();
  await page.keyboard.press('b');
  await tools.tab('templates').click();
  await expect(tools.tab('templates')).toBeFocused();
  await page.keyboard.press('t');
  await expect(panel.search).toBeFocused();
  await page.keyboard.type('saludo');
  await expect(panel.busy).toHaveAttribute('aria-busy', 'false');
  const chosen = panel.chosen;
  const second = await panel.items.nth(1).getAttribute('data-template-id');
  await expect(chosen.root).toHaveAttribute('data-template-id', (await panel.items.first().getAttribute('data-template-id'))!);
  await page.keyboard.press('ArrowDown');
  await expect(chosen.root).toHaveAttribute('data-template-id', second!);
  await expect(chosen.preview).toBeVisible();
  // The preview is what goes into the reply: the case's values filled in.
  await expect(chosen.preview).toContainText('Lucía Fernández');
  const preview = await chosen.preview.textContent();
  await page.keyboard.press('Enter');
  await expect(console.replyBox).toHaveValue(preview!);
  await expect(panel.notice).toContainText('insertada');
});

test('personal templates are edited and deleted; company ones only copied', async ({ page, atiende }) => {
  const console = new ConsolePage(page);
  const panel = new TemplatesPanel(page);
  await console.open(atiende.url);
  await panel.open();
  const sync = new SyncBar(page);
  await expect(panel.noCase).toBeVisible();

  // Mistakes are explained beside their fields, and nothing is saved.
  await panel.newButton.click();
  await panel.fill({ shortcut: 'hasta luego', body: 'Hola {{cliente}}' });
  await panel.saveButton.click();
  await expect(panel.editor).toContainText('Escribí un título.');
  await expect(panel.editor).toContainText('sin espacios');
  await expect(panel.editorTitle).toBeFocused();
  await expect(panel.editorUnknown).toContainText('{{cliente}}');
  await expect(panel.editorPreview).toHaveText('Hola [cliente]');
  await panel.fill({ title: 'Aviso de visita', shortcut: 'visita1', body: 'Hola {{customer.firstName}}, te visitamos el {{field:fecha}}.' });
  await expect(panel.editorPreview).toHaveText('Hola María, te visitamos el [fecha].');
  await panel.save();

  const mine = panel.template('Aviso de visita');
  await expect(mine.insertButton).toBeDisabled(); // no case open
  await mine.editButton.click();
  await expect(panel.editorShortcut).toHaveValue('visita1');
  await panel.fill({ title: 'Aviso de visita técnica', body: 'Te visitamos el {{field:fecha}} entre las 9 y las 13.' });
  await panel.save();
  const edited = panel.template('Aviso de visita técnica');
  await expect(edited.root).toBeVisible();
  await expect(panel.item('Aviso de visita')).toHaveCount(0);
  await expect(edited.preview).toHaveText('Te visitamos el [fecha] entre las 9 y las 13.');

  await edited.deleteButton.click();
  await expect(panel.confirmDelete).toContainText('Aviso de visita técnica');
  await panel.confirmDeletion();
  await expect(panel.item('Aviso de visita técnica')).toHaveCount(0);
  await sync.syncNow();
  await expect(sync.pendingCount).toHaveAttribute('data-count', '0');
  expect(templateRow(atiende.sandbox.server.db, 'Aviso de visita técnica')).toBeUndefined();

  // A company template: no edit or delete, but a personal copy with its content.
  await panel.find('saludo inicial');
  const company = panel.template('Saludo inicial');
  await expect(company.personalBadge).toHaveCount(0);
  await expect(company.editButton).toHaveCount(0);
  await expect(company.deleteButton).toHaveCount(0);
  await company.copyButton.click();
  const companyBody = (atiende.sandbox.server.db.prepare("SELECT body FROM templates WHERE id = 'tpl-bienvenida'").get() as { body: string }).body;
  await expect(panel.editorBody).toHaveValue(companyBody);
  await expect(panel.editorTitle).toHaveValue('Saludo inicial');
  await panel.fill({ title: 'Mi saludo inicial' });
  await panel.save();
  await expect(panel.template('Mi saludo inicial').personalBadge).toBeVisible();
  await panel.show('mine');
  await expect(panel.items).toHaveCount(1);
  await expect(panel.items.first()).toContainText('Mi saludo inicial');
  await panel.show('company');
  await expect(panel.item('Mi saludo inicial')).toHaveCount(0);
  await expect(panel.item('Saludo inicial')).toBeVisible();
});

test('a field inserted from the panel still blocks sending after a reload', async ({ page, atiende }) => {
  const console = new ConsolePage(page);
  const panel = new TemplatesPanel(page);
  await console.open(atiende.url);
  const [first] = await console.caseNumbers();
  await console.openCase(first!);
  const caseId = await console.openCaseId();
  await panel.open();
  await panel.insert('seguimos', 'Seguimiento: seguimos trabajando');
  await expect(console.replyBox).toHaveValue(/\[next_update\]/);
  // The draft, fields included, is in the local cache before the page goes away.
  await expect.poll(async () => (await console.savedDraft(caseId))?.holes ?? []).toContain('[next_update]');

  await page.reload();
  await console.openCase(first!);
  await expect(console.replyBox).toHaveValue(/\[next_update\]/);
  await expect(new Composer(page).unfilledHoles).toContainText('[next_update]');
  await expect(console.sendButton).toBeDisabled();
  await console.replyBox.fill((await console.replyBox.inputValue()).replace('[next_update]', 'el lunes'));
  await expect(console.sendButton).toBeEnabled();
});
