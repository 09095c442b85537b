// The templates panel beside the case: insertion at the cursor, long templates, personal
// templates created offline and synced, edited, deleted and copied, and drafts that keep fields.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { ConsolePage } from './pages/console-page.ts';
import { TemplatesPanel } from './pages/templates-panel.ts';
import type { RunningSandbox } from '../fixtures/sandbox.ts';

type Db = RunningSandbox['server']['db'];

const templateRow = (db: Db, title: string) =>
  db.prepare('SELECT id, owner, shortcut, body FROM templates WHERE title = ? AND owner IS NOT NULL').get(title) as
    { id: string; owner: string; shortcut: string | null; body: string } | undefined;

/** The template ids an agent's console receives when it pulls from the start. */
async function templatesSeenBy(url: string, username: string): Promise<string[]> {
  const login = await fetch(`${url}/v1/auth/login`, { method: 'POST', body: JSON.stringify({ username, password: 'sandbox' }) });
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
async function openScenarioCase(page: Page, console: ConsolePage, db: Db, key: string, words: string): Promise<void> {
  const { number } = db.prepare('SELECT number FROM cases WHERE id = ?').get(key) as { number: number };
  await page.getByTestId('inbox-search').fill(words);
  await console.openCase(number);
}

test('a personal template created offline is usable at once and reaches only its author when the server returns', async ({ page, atiende }) => {
  const console = new ConsolePage(page);
  const panel = new TemplatesPanel(page);
  await console.open(atiende.url);
  const [first] = await console.caseNumbers();
  await console.openCase(first!);
  await panel.open();

  await atiende.sandbox.goOffline();
  await panel.create({ title: 'Despedida de Lucía', shortcut: '/ChauLu', body: 'Gracias por escribirnos. Saludos, {{agent.name}}' });
  const mine = panel.item('Despedida de Lucía');
  await expect(mine).toBeVisible();
  await expect(mine).toContainText('/chaulu');
  await expect(mine.getByTestId('personal-badge')).toBeVisible();
  await expect(console.pendingCount).toHaveAttribute('data-count', '1');

  // The composer's "/" finds it by its shortcut straight away.
  await console.replyBox.click();
  await console.replyBox.pressSequentially('/chaulu');
  await expect(page.getByTestId('template-option').first()).toContainText('Despedida de Lucía');
  await console.replyBox.press('Enter');
  await expect(console.replyBox).toHaveValue('Gracias por escribirnos. Saludos, Lucía Fernández');

  await atiende.sandbox.restart();
  await page.getByTestId('sync-now').click();
  await expect(console.pendingCount).toHaveAttribute('data-count', '0');
  const saved = templateRow(atiende.sandbox.server.db, 'Despedida de Lucía');
  expect(saved).toMatchObject({ owner: 'lucia', shortcut: 'chaulu' });
  expect(await templatesSeenBy(atiende.sandbox.url, 'lucia')).toContain(saved!.id);
  expect(await templatesSeenBy(atiende.sandbox.url, 'mateo')).not.toContain(saved!.id);
});

test('templates inserted one after another land at the cursor, and the reply records both', async ({ page, atiende }) => {
  const console = new ConsolePage(page);
  const panel = new TemplatesPanel(page);
  await console.open(atiende.url);
  const [first] = await console.caseNumbers();
  await console.openCase(first!);
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
  await expect(page.getByTestId('unfilled-holes')).toContainText('[next_update]');
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
  await openScenarioCase(page, console, atiende.sandbox.server.db, 'case-001', 'Nueva Córdoba'); // a public X post: 280 characters
  await panel.open();
  await panel.find('fuera de horario');
  const long = panel.item('Fuera de horario de atención');
  await expect(long.getByTestId('too-long')).toContainText('280');

  const confirm = page.getByTestId('confirm-long');
  await long.getByTestId('insert-template').click();
  await expect(confirm).toBeVisible();
  await expect(confirm).toContainText('Mención en X');
  await expect(confirm).toContainText('280');
  await confirm.getByTestId('confirm-long-no').click();
  await expect(confirm).toBeHidden();
  await expect(console.replyBox).toHaveValue('');

  // Enter from the search box asks the same question; this time the agent goes ahead.
  await panel.search.press('Enter');
  await expect(confirm).toBeVisible();
  await confirm.getByTestId('confirm-long-yes').click();
  await expect(console.replyBox).toHaveValue(/Nuestro equipo atiende por este canal/);
  await expect(console.replyBox).toBeFocused();
  await expect(page.getByTestId('over-limit')).toContainText('280');
  await expect(console.sendButton).toBeDisabled();
});

test('the keyboard: t focuses the search, arrows choose, Enter inserts the chosen template', async ({ page, atiende }) => {
  const console = new ConsolePage(page);
  const panel = new TemplatesPanel(page);
  await console.open(atiende.url);
  const [first] = await console.caseNumbers();
  await console.openCase(first!);
  // A search request meant for the knowledge base does not pull focus into the templates later.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('b');
  await page.getByTestId('tool-tab-templates').click();
  await expect(page.getByTestId('tool-tab-templates')).toBeFocused();
  await page.keyboard.press('t');
  await expect(panel.search).toBeFocused();
  await page.keyboard.type('saludo');
  await expect(panel.root.locator('[aria-busy]')).toHaveAttribute('aria-busy', 'false');
  const chosen = panel.items.and(page.locator('[data-chosen="true"]'));
  const second = await panel.items.nth(1).getAttribute('data-template-id');
  await expect(chosen).toHaveAttribute('data-template-id', (await panel.items.first().getAttribute('data-template-id'))!);
  await page.keyboard.press('ArrowDown');
  await expect(chosen).toHaveAttribute('data-template-id', second!);
  await expect(chosen.getByTestId('template-preview')).toBeVisible();
  // The preview is what goes into the reply: the case's values filled in.
  await expect(chosen.getByTestId('template-preview')).toContainText('Lucía Fernández');
  const preview = await chosen.getByTestId('template-preview').textContent();
  await page.keyboard.press('Enter');
  await expect(console.replyBox).toHaveValue(preview!);
  await expect(panel.notice).toContainText('insertada');
});

test('personal templates are edited and deleted; company ones only copied', async ({ page, atiende }) => {
  const console = new ConsolePage(page);
  const panel = new TemplatesPanel(page);
  await console.open(atiende.url);
  await panel.open();
  await expect(page.getByTestId('templates-no-case')).toBeVisible();

  // Mistakes are explained beside their fields, and nothing is saved.
  await panel.root.getByTestId('new-template').click();
  await panel.fill({ shortcut: 'hasta luego', body: 'Hola {{cliente}}' });
  await panel.editor.getByTestId('save-template').click();
  await expect(panel.editor).toContainText('Escribí un título.');
  await expect(panel.editor).toContainText('sin espacios');
  await expect(panel.editor.getByTestId('template-title')).toBeFocused();
  await expect(panel.editor.getByTestId('template-unknown')).toContainText('{{cliente}}');
  await expect(panel.editor.getByTestId('template-editor-preview')).toHaveText('Hola [cliente]');
  await panel.fill({ title: 'Aviso de visita', shortcut: 'visita1', body: 'Hola {{customer.firstName}}, te visitamos el {{field:fecha}}.' });
  await expect(panel.editor.getByTestId('template-editor-preview')).toHaveText('Hola María, te visitamos el [fecha].');
  await panel.save();

  const mine = panel.item('Aviso de visita');
  await expect(mine.getByTestId('insert-template')).toBeDisabled(); // no case open
  await mine.getByTestId('edit-template').click();
  await expect(panel.editor.getByTestId('template-shortcut')).toHaveValue('visita1');
  await panel.fill({ title: 'Aviso de visita técnica', body: 'Te visitamos el {{field:fecha}} entre las 9 y las 13.' });
  await panel.save();
  const edited = panel.item('Aviso de visita técnica');
  await expect(edited).toBeVisible();
  await expect(panel.item('Aviso de visita')).toHaveCount(0);
  await expect(edited.getByTestId('template-preview')).toHaveText('Te visitamos el [fecha] entre las 9 y las 13.');

  await edited.getByTestId('delete-template').click();
  const confirm = page.getByTestId('confirm-delete');
  await expect(confirm).toContainText('Aviso de visita técnica');
  await confirm.getByTestId('confirm-delete-yes').click();
  await expect(panel.item('Aviso de visita técnica')).toHaveCount(0);
  await page.getByTestId('sync-now').click();
  await expect(console.pendingCount).toHaveAttribute('data-count', '0');
  expect(templateRow(atiende.sandbox.server.db, 'Aviso de visita técnica')).toBeUndefined();

  // A company template: no edit or delete, but a personal copy with its content.
  await panel.find('saludo inicial');
  const company = panel.item('Saludo inicial');
  await expect(company.getByTestId('personal-badge')).toHaveCount(0);
  await expect(company.getByTestId('edit-template')).toHaveCount(0);
  await expect(company.getByTestId('delete-template')).toHaveCount(0);
  await company.getByTestId('copy-template').click();
  const companyBody = (atiende.sandbox.server.db.prepare("SELECT body FROM templates WHERE id = 'tpl-bienvenida'").get() as { body: string }).body;
  await expect(panel.editor.getByTestId('template-body')).toHaveValue(companyBody);
  await expect(panel.editor.getByTestId('template-title')).toHaveValue('Saludo inicial');
  await panel.fill({ title: 'Mi saludo inicial' });
  await panel.save();
  const copy = panel.item('Mi saludo inicial');
  await expect(copy.getByTestId('personal-badge')).toBeVisible();
  await page.getByTestId('templates-filter-mine').check();
  await expect(panel.items).toHaveCount(1);
  await expect(panel.items.first()).toContainText('Mi saludo inicial');
  await page.getByTestId('templates-filter-company').check();
  await expect(panel.item('Mi saludo inicial')).toHaveCount(0);
  await expect(panel.item('Saludo inicial')).toBeVisible();
});

test('a field inserted from the panel still blocks sending after a reload', async ({ page, atiende }) => {
  const console = new ConsolePage(page);
  const panel = new TemplatesPanel(page);
  await console.open(atiende.url);
  const [first] = await console.caseNumbers();
  await console.openCase(first!);
  const caseId = (await console.caseView.getAttribute('data-case-id'))!;
  await panel.open();
  await panel.insert('seguimos', 'Seguimiento: seguimos trabajando');
  await expect(console.replyBox).toHaveValue(/\[next_update\]/);
  // The draft, fields included, is in the local cache before the page goes away.
  await expect.poll(() => page.evaluate(async (id) => {
    const bridge = (globalThis as unknown as { atiende: { getDraft(input: { caseId: string }): Promise<{ ok: boolean; value?: { holes: string[] } }> } }).atiende;
    return (await bridge.getDraft({ caseId: id })).value?.holes ?? [];
  }, caseId)).toContain('[next_update]');

  await page.reload();
  await console.openCase(first!);
  await expect(console.replyBox).toHaveValue(/\[next_update\]/);
  await expect(page.getByTestId('unfilled-holes')).toContainText('[next_update]');
  await expect(console.sendButton).toBeDisabled();
  await console.replyBox.fill((await console.replyBox.inputValue()).replace('[next_update]', 'el lunes'));
  await expect(console.sendButton).toBeEnabled();
});
