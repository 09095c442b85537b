// The knowledge base beside the case: search, articles rendered safely, links through the
// allow-list, insertion into the reply (from the panel and with "??"), and its shortcuts.
import AxeBuilder from '@axe-core/playwright';
import { Feed } from '../../src/server/feed.ts';
import { nextVersion } from '../../src/server/schema.ts';
import type { RunningSandbox } from '../fixtures/sandbox.ts';
import { expect, test } from './fixtures.ts';
import { CasePane } from './pages/case-pane.ts';
import { Composer } from './pages/composer.ts';
import { ConsolePage } from './pages/console-page.ts';
import { KnowledgePanel } from './pages/knowledge-panel.ts';
import { SyncBar } from './pages/sync-bar.ts';
import { ToolsPane } from './pages/tools-pane.ts';

const articleRow = (sandbox: RunningSandbox, id: string) =>
  sandbox.server.db.prepare('SELECT * FROM articles WHERE id = ?').get(id) as {
    version: number; updated_at: string; title: string; summary: string; body: string; tags: string; language: string; url: string | null;
  };

/** Writes an article into the sandbox and publishes it to every console, as the seed does. */
async function publishArticle(sandbox: RunningSandbox, article: { id: string; title: string; summary: string; body: string; url: string | null }): Promise<void> {
  const { db } = sandbox.server;
  const version = nextVersion(db);
  db.prepare(`INSERT INTO articles (id, title, summary, body, tags, language, updated_at, version, url)
    VALUES (@id, @title, @summary, @body, '["prueba"]', 'es', @at, @version, @url)`).run({ ...article, at: new Date().toISOString(), version });
  await sandbox.server.withSql((sql) => new Feed(sql).publishGlobal('article', article.id, version));
}

const pwned = (page: import('@playwright/test').Page) => page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned);

test('search finds an article with or without accents and past a typo, marking the words found', async ({ page, atiende }) => {
  const console = new ConsolePage(page);
  const kb = new KnowledgePanel(page);
  await console.open(atiende.url);
  await expect(kb.intro).toBeVisible();
  for (const words of ['facturación', 'facturacion', 'facutracion']) {
    await kb.find(words);
    const hit = kb.result('Ciclos de facturación');
    await expect(hit, words).toBeVisible();
    await expect(kb.marks('Ciclos de facturación').first(), words).toBeVisible();
  }
  await kb.find('zzzz qqqq');
  await expect(kb.noResults).toContainText('zzzz qqqq');

  // ↓/↑ from the search box move through the results; Enter opens the one chosen.
  await kb.find('factura');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await expect(kb.results.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(kb.search).toHaveAttribute('aria-activedescendant', (await kb.results.nth(1).getAttribute('id'))!);
  const chosen = (await kb.results.nth(1).locator('.kb-result-title').textContent())!;
  await page.keyboard.press('Enter');
  await expect(kb.heading).toHaveText(chosen);
  await expect(kb.article).toBeFocused();
});

test('an article shows its table, date and version; links leave only through the allow-list', async ({ page, atiende }) => {
  const console = new ConsolePage(page);
  const kb = new KnowledgePanel(page);
  await console.open(atiende.url);
  const [first] = await console.caseNumbers();
  await console.openCase(first!);

  await kb.open('medios de pago', 'Medios de pago');
  const seeded = articleRow(atiende.sandbox, 'kb-medios-pago');
  const date = (at: string) => new Intl.DateTimeFormat('es-AR', { dateStyle: 'long', timeZone: 'America/Argentina/Buenos_Aires' }).format(new Date(at));
  // A freshly seeded article is at its first version, whatever its place in the sync feed.
  expect(seeded.version).toBeGreaterThan(1);
  await expect(kb.meta).toContainText(`Actualizado el ${date(seeded.updated_at)} · versión 1`);
  await expect(kb.table()).toHaveCount(1);
  await expect(kb.table('th').first()).toHaveText('Medio');
  await expect(kb.table('tbody tr')).toHaveCount(5);
  // The administrator edits it: the next pull brings version 2.
  await atiende.sandbox.control('POST', '/v1/sandbox/articles', {
    id: 'kb-medios-pago', title: seeded.title, summary: seeded.summary, body: `${seeded.body}\n\nActualizado.`,
    tags: JSON.parse(seeded.tags) as string[], language: seeded.language, url: seeded.url,
  });
  await new SyncBar(page).syncNow();
  await expect(kb.meta).toContainText(`· versión 2`);

  // An allowed host: main is asked to open it (the harness only answers whether it may), no tab opens.
  const allowed = page.waitForResponse((r) => r.url().endsWith('/rpc/openExternal'));
  await kb.link('Mi Conecta').click();
  const answer = await allowed;
  expect(answer.request().postDataJSON()).toEqual({ url: 'https://conecta.example.com/mi-conecta' });
  expect(await answer.json()).toEqual({ ok: true, value: true });
  await expect(kb.linkNotice).toBeEmpty();

  // A host off the list: refused, said so, nothing opened.
  await kb.open('prueba de velocidad', 'Prueba de velocidad');
  const refused = page.waitForResponse((r) => r.url().endsWith('/rpc/openExternal'));
  await kb.link('Speedtest').click();
  expect(await (await refused).json()).toEqual({ ok: true, value: false });
  await expect(kb.linkNotice).toHaveText('Este enlace no está permitido: www.speedtest.net');
  expect(page.context().pages()).toHaveLength(1);
  expect(new URL(page.url()).pathname).toBe('/');

  // Esc goes back to the results and leaves the case open.
  await kb.heading.click();
  await page.keyboard.press('Escape');
  await expect(kb.article).toHaveCount(0);
  await expect(kb.result('Prueba de velocidad')).toBeVisible();
  await expect(kb.search).toBeFocused();
  await expect(console.caseView).toBeVisible();
});

test('hostile article content stays inert text: no markup, no images, no script links', async ({ page, atiende }) => {
  const console = new ConsolePage(page);
  const kb = new KnowledgePanel(page);
  await console.open(atiende.url);
  // Near matches (the typo fallback) may answer, but not the article to come.
  await kb.find('Hostilandia');
  await expect(kb.result('Hostilandia')).toHaveCount(0);

  await publishArticle(atiende.sandbox, {
    id: 'kb-hostil',
    title: 'Hostilandia <img src=x onerror="window.__pwned=1">',
    summary: 'Prueba <b>hostil</b>',
    body: [
      '# Hostilandia',
      '<img src=x onerror="window.__pwned=2">',
      '<script>window.__pwned=3</script>',
      'Un [enlace falso](javascript:window.__pwned=4) y otro [de datos](data:text/html,<script>alert(1)</script>).',
      '![foto remota](https://evil.example.com/x.png)',
      'Y <a href="javascript:window.__pwned=5">un ancla</a> <iframe src="https://evil.example.com"></iframe>.',
      '## Respuesta',
      'Hostilandia responde con <b>negrita</b>.',
    ].join('\n\n'),
    url: null,
  });
  await new SyncBar(page).syncNow();
  // The results are read again when the sync brings the article.
  const hit = kb.result('Hostilandia');
  await expect(hit).toBeVisible();
  await expect(hit).toContainText('<img src=x onerror="window.__pwned=1">');
  await hit.click();
  const body = kb.body;
  await expect(body).toContainText('<script>window.__pwned=3</script>');
  await expect(body).toContainText('[foto remota]');
  await expect(kb.root.locator('img, script, iframe, b, a[href^="javascript"], a[href^="data"]')).toHaveCount(0);
  await expect(body.getByRole('link')).toHaveCount(0);

  await body.getByText('enlace falso').click();
  await body.getByText('un ancla').click();
  expect(await pwned(page)).toBeUndefined();
  expect(page.context().pages()).toHaveLength(1);
  // An internal article has no link to insert, and says why.
  await expect(kb.insert('link')).toBeDisabled();
});

test('the answer of an article goes into the reply at the cursor, its fields filled before it is sent', async ({ page, atiende }) => {
  const console = new ConsolePage(page);
  const kb = new KnowledgePanel(page);
  await console.open(atiende.url);
  await kb.open('ciclos de facturación', 'Ciclos de facturación');
  await expect(kb.insert('answer')).toBeDisabled();
  await expect(kb.noCase).toBeVisible();

  const [first] = await console.caseNumbers();
  await console.openCase(first!);
  await console.replyBox.fill('Hola. ');
  await kb.insert('answer').click();
  await expect(console.replyBox).toBeFocused();
  await expect(console.replyBox).toHaveValue(
    'Hola. Tu cuenta está en el ciclo [ciclo]: la factura cierra el día [cierre] y vence el día [vencimiento]. ' +
    'La podés descargar desde la app Mi Conecta > Facturas dos días después del cierre.',
  );
  const composer = new Composer(page);
  await expect(composer.unfilledHoles).toContainText('[ciclo]');
  await expect(console.sendButton).toBeDisabled();

  // The first field is selected: typing replaces it; Tab moves to the next.
  await page.keyboard.type('2');
  await page.keyboard.press('Tab');
  await page.keyboard.type('11');
  await page.keyboard.press('Tab');
  await page.keyboard.type('20');
  await expect(composer.unfilledHoles).toHaveCount(0);
  await console.replyBox.press('Control+Enter');

  await expect.poll(async () => (await atiende.sandbox.outbound()).length).toBe(1);
  const [sent] = (await atiende.sandbox.outbound()) as unknown as { text: string; articles: { id: string; version: number }[] | null }[];
  expect(sent!.text).toContain('Tu cuenta está en el ciclo 2: la factura cierra el día 11 y vence el día 20.');
  expect(sent!.articles).toEqual([{ id: 'kb-ciclos-facturacion', version: articleRow(atiende.sandbox, 'kb-ciclos-facturacion').version }]);
});

test('"??" in the reply box finds an article: Enter inserts its answer, Alt+Enter its link', async ({ page, atiende }) => {
  const console = new ConsolePage(page);
  await console.open(atiende.url);
  const [first] = await console.caseNumbers();
  await console.openCase(first!);
  const composer = new Composer(page);
  const picker = composer.articlePicker;

  await console.replyBox.click();
  await console.replyBox.pressSequentially('??m');
  await expect(composer.articlePickerStatus).toBeVisible(); // too short to search yet
  await console.replyBox.pressSequentially('edios de pago');
  await expect(picker).toHaveAttribute('data-searched', 'medios de pago');
  await expect(composer.articleOptions.first()).toContainText('Medios de pago');
  await console.replyBox.press('Enter');
  await expect(console.replyBox).toHaveValue(/^Podés pagar con débito automático, Mercado Pago/);
  await expect(console.replyBox).not.toHaveValue(/\?\?/);
  await expect(picker).toHaveCount(0);
  await console.replyBox.press('Control+Enter');
  await expect.poll(async () => (await atiende.sandbox.outbound()).length).toBe(1);
  const [sent] = (await atiende.sandbox.outbound()) as unknown as { articles: { id: string }[] | null }[];
  expect(sent!.articles?.map((a) => a.id)).toEqual(['kb-medios-pago']);

  await console.replyBox.pressSequentially('Más información: ??medios de pago');
  await expect(picker).toHaveAttribute('data-searched', 'medios de pago');
  await expect(composer.articleOptions.first()).toContainText('Medios de pago');
  await console.replyBox.press('Alt+Enter');
  await expect(console.replyBox).toHaveValue('Más información: Medios de pago: https://conecta.example.com/ayuda/medios-pago');

  // Esc closes the list and leaves the words, and the case stays open.
  await console.replyBox.pressSequentially(' ??factura');
  await expect(picker).toBeVisible();
  await console.replyBox.press('Escape');
  await expect(picker).toHaveCount(0);
  await expect(console.replyBox).toHaveValue(/ \?\?factura$/);
  await expect(console.caseView).toBeVisible();
});

test('b and Ctrl+K focus the knowledge search; a suggested article opens in the panel', async ({ page, atiende }) => {
  const console = new ConsolePage(page);
  const kb = new KnowledgePanel(page);
  const tools = new ToolsPane(page);
  await console.open(atiende.url);
  await console.focusConsole();
  await page.keyboard.press('b');
  await expect(kb.search).toBeFocused();
  await expect(kb.search).toHaveValue('');

  // A case of its own: which case tops the inbox depends on triage, and its earlier words would weigh in.
  const { caseId } = await atiende.sandbox.control<{ caseId: string }>('POST', '/v1/sandbox/inbound', {
    channel: 'whatsapp', customer: { name: 'Rita Baja', handle: 'rita' }, assignTo: 'lucia', text: 'Quiero darme de baja, ¿cómo es el proceso de baja?',
  });
  await console.find('Rita Baja');
  await console.openCase(Number(caseId.replace('case-', '')));
  await console.replyBox.click();
  await page.keyboard.type('hola');
  await page.keyboard.press('Control+k');
  await expect(kb.search).toBeFocused();
  await expect(console.replyBox).toHaveValue('hola');

  // A request for the templates tab is not replayed when the agent comes back to this one.
  await console.focusConsole();
  await page.keyboard.press('t');
  await expect(tools.tab('templates')).toHaveAttribute('aria-selected', 'true');
  await tools.tab('knowledge').click();
  await expect(tools.tab('knowledge')).toBeFocused();

  const casePane = new CasePane(page);
  await casePane.openSuggestions();
  await casePane.openSuggested('Proceso de baja');
  await expect(kb.heading).toHaveText('Proceso de baja');
  await expect(kb.article).toBeFocused();
  await page.keyboard.press('Control+k');
  await expect(kb.search).toBeFocused();
  await expect(kb.article).toHaveCount(0);
});

test('no serious or critical accessibility violations in the results, an article and the "??" list, light and dark', async ({ page, atiende }) => {
  // Six whole-page axe runs over an inbox holding the scenario's resolved history: slow on 2 cores.
  test.slow();
  const console = new ConsolePage(page);
  const kb = new KnowledgePanel(page);
  const composer = new Composer(page);
  const serious = async () =>
    (await new AxeBuilder({ page }).analyze()).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  await console.open(atiende.url);
  const [first] = await console.caseNumbers();
  await console.openCase(first!);
  for (const [scheme, words] of [['light', 'pago'], ['dark', 'medios']] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await kb.find(words);
    await expect(kb.results.first()).toBeVisible();
    await page.keyboard.press('ArrowDown');
    expect(await serious(), scheme).toEqual([]);
    await kb.result('Medios de pago').click();
    await expect(kb.table()).toBeVisible();
    expect(await serious(), scheme).toEqual([]);
    await console.replyBox.fill('');
    await console.replyBox.pressSequentially('??pago');
    await expect(composer.articlePicker).toHaveAttribute('data-searched', 'pago');
    await expect(composer.articleOptions.first()).toBeVisible();
    expect(await serious(), scheme).toEqual([]);
    await console.replyBox.press('Escape');
  }
});
