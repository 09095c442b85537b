// The company's like on a customer's public comment, end to end in Chromium against a real
// sandbox: lucia likes an Instagram comment while the server is down, by keyboard; it shows at
// once as "Te gusta", waiting to be sent, survives the way back and is delivered once; sofia's
// reports then count one like for lucia, whose drill-down lists the case. Axe-clean, and inside
// the window at both laptop sizes.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { CaseActions } from './pages/case-actions.ts';
import { Composer } from './pages/composer.ts';
import { ConsolePage } from './pages/console-page.ts';
import { ReportsPage } from './pages/reports-page.ts';
import { SyncBar } from './pages/sync-bar.ts';
import { fitsWindow, insideOf, textCut } from './pages/window-fit.ts';

const LAPTOPS = [{ width: 1366, height: 768 }, { width: 1280, height: 720 }];
type Db = { prepare(sql: string): { get(...params: unknown[]): unknown; all(...params: unknown[]): unknown[]; run(...params: unknown[]): unknown } };

const seriousViolations = async (page: Page) =>
  (await new AxeBuilder({ page }).include('[data-testid="case-view"]').analyze()).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

test('lucia likes an Instagram comment offline, it is delivered once, and sofia’s reports count 1 like for lucia', async ({ page, team }) => {
  test.slow();
  const db = (): Db => team.sandbox.server.db;
  const comment = '¡Gracias Conecta! Volvió la fibra y llegué a ver el partido <3';
  const { caseId } = await team.sandbox.control<{ caseId: string }>('POST', '/v1/sandbox/inbound', {
    channel: 'instagram_comment', customer: { name: 'Flor del Parque', handle: '@flor.delparque' }, text: comment, assignTo: 'lucia',
  });
  const { number } = db().prepare('SELECT number FROM cases WHERE id = ?').get(caseId) as { number: number };

  const console = new ConsolePage(page);
  const sync = new SyncBar(page);
  await console.open(await team.consoleOf('lucia'));
  await console.find('partido');
  await expect(console.row(number)).toBeVisible();
  await console.openCase(number);
  // Customer-written text stays text.
  await expect(console.message(comment)).toContainText('<3');
  await expect(console.likeButton(comment)).toHaveText('Me gusta');
  // Its name says which comment it likes: whose, and when.
  await expect(console.likeButton(comment)).toHaveAccessibleName(/^Me gusta al comentario de Flor del Parque, \S/);
  const composer = new Composer(page);
  for (const size of LAPTOPS) {
    await page.setViewportSize(size);
    expect(await fitsWindow(console.likeButton(comment)), `${size.width}×${size.height}`).toEqual({ inside: true, pageScrolls: false });
    // A public case's reply box says so in full, at both laptop sizes.
    await expect(composer.publicWarning).toHaveText('Respuesta pública: todos pueden verla');
    expect(await fitsWindow(composer.publicWarning), `${size.width}×${size.height}`).toEqual({ inside: true, pageScrolls: false });
    expect(await textCut(composer.publicWarning), `${size.width}×${size.height}`).toBe(false);
    expect(await insideOf(composer.publicWarning, console.replyBox), `${size.width}×${size.height}`).toBe(true);
  }

  await team.sandbox.goOffline();
  await console.likeButton(comment).focus();
  await page.keyboard.press('Enter');
  // Liked once, there is nothing left to press: the status takes the button's place and its focus.
  await expect(console.likeButton(comment)).toHaveCount(0);
  await expect(console.likedBy(comment)).toHaveText('Te gusta · lo diste vos · por enviar');
  await expect(console.likedBy(comment)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(sync.pendingCount).toContainText('1');
  for (const size of LAPTOPS) {
    await page.setViewportSize(size);
    expect(await fitsWindow(console.likedBy(comment)), `${size.width}×${size.height}`).toEqual({ inside: true, pageScrolls: false });
  }
  expect(await seriousViolations(page)).toEqual([]);

  // The server comes back on the same port, with its data; the like is delivered once.
  await team.sandbox.restart();
  await sync.syncNow();
  await expect(console.likedBy(comment)).toHaveText('Te gusta · lo diste vos');
  await sync.syncNow();
  expect(db().prepare('SELECT case_id, username FROM message_reactions').all()).toEqual([{ case_id: caseId, username: 'lucia' }]);
  expect(db().prepare("SELECT status, count(*) AS n FROM mutation_log WHERE name = 'react' GROUP BY status").all()).toEqual([{ status: 'applied', n: 1 }]);

  // Sofía's reports: one like this week, lucia's.
  const supervisor = await page.context().newPage();
  const reports = new ReportsPage(supervisor);
  await supervisor.goto(await team.consoleOf('sofia'));
  await reports.open();
  await reports.presetOf('thisWeek');
  await expect(reports.value('Me gusta dados')).toHaveText('1');
  await reports.groupBy('Agente');
  await expect(await reports.groupValue(/lucia/, 'Me gusta dados')).toHaveText('1');
  await reports.drillInto('Me gusta dados');
  // The drill-down loads after the click; wait for its row rather than read an empty table.
  await expect(reports.drillRows).toHaveCount(1);
  expect(await reports.drillNumbers()).toEqual([number]);
  await expect(reports.drillNote).toContainText('Escucha no tiene caso');
});

test('a like the server refuses is undone and says why in the agent’s words, under a title of its own', async ({ page, team }) => {
  test.slow();
  const db = (): Db => team.sandbox.server.db;
  const comment = 'Conecta, ¿cuándo vuelve el servicio en Caballito?';
  const { caseId } = await team.sandbox.control<{ caseId: string }>('POST', '/v1/sandbox/inbound', {
    channel: 'instagram_comment', customer: { name: 'Vecino de Caballito', handle: '@vecino.caballito' }, text: comment, assignTo: 'lucia',
  });
  const { number } = db().prepare('SELECT number FROM cases WHERE id = ?').get(caseId) as { number: number };
  const console = new ConsolePage(page);
  const sync = new SyncBar(page);
  await console.open(await team.consoleOf('lucia'));
  await console.find('Caballito');
  await console.openCase(number);
  await team.sandbox.goOffline();
  await console.likeButton(comment).click();
  await expect(console.likedBy(comment)).toHaveText('Te gusta · lo diste vos · por enviar');
  await team.sandbox.restart();
  // Meanwhile the case went on to a private chat, where a like is seen by nobody.
  db().prepare("UPDATE cases SET channel = 'instagram_dm' WHERE id = ?").run(caseId);
  await sync.syncNow();
  const actions = new CaseActions(page);
  await expect(actions.refusedChanges).toContainText('Me gusta no registrado');
  await expect(actions.refusedChanges).toContainText('El caso está en un canal privado: un me gusta ahí no lo vería nadie, así que no se dio.');
  await expect(console.likedBy(comment)).toHaveCount(0);
  expect(db().prepare('SELECT count(*) AS n FROM message_reactions').get()).toEqual({ n: 0 });
});
