// Presence and the Equipo section in Chromium: lucia says she is busy from the header, sofia
// sees it in her team view with each agent's load and the queue, reassigns one of lucia's cases
// to mateo, and the case leaves lucia's inbox. The view fits both laptop sizes, is axe-clean,
// and says so when the server cannot be reached.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { ConsolePage } from './pages/console-page.ts';
import { PresenceSelector, TeamPage } from './pages/team-page.ts';
import { fitsWindow } from './pages/window-fit.ts';

const LAPTOPS = [{ width: 1366, height: 768 }, { width: 1280, height: 720 }];

const seriousViolations = async (page: Page, selector: string) =>
  (await new AxeBuilder({ page }).include(selector).analyze()).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

test('lucia says she is busy, sofia sees it and reassigns one of her cases to mateo', async ({ browser, page, team }) => {
  const db = team.sandbox.server.db;
  // One of lucia's open cases whose customer holds no other case of hers: it leaves her inbox whole.
  const moved = db.prepare<[], { id: string; number: number; subject: string }>(
    `SELECT id, number, subject FROM cases c WHERE assigned_to = 'lucia' AND status <> 'resolved'
     AND NOT EXISTS (SELECT 1 FROM cases o WHERE o.customer_id = c.customer_id AND o.id <> c.id AND o.assigned_to = 'lucia')
     ORDER BY number LIMIT 1`).get()!;

  // Lucia's console: available from sign-in; she chooses Ocupado from the keyboard-reachable select.
  const luciaPage = await browser.newPage();
  const lucia = new ConsolePage(luciaPage);
  await lucia.open(await team.consoleOf('lucia'));
  const presence = new PresenceSelector(luciaPage);
  await expect(presence.select).toHaveValue('available');
  await expect(luciaPage.getByRole('combobox', { name: 'Presencia' })).toBeVisible();
  await presence.select.focus();
  await presence.select.selectOption('busy');
  await expect(presence.pending).toHaveCount(0);
  await expect.poll(() => db.prepare<[string], { state: string }>('SELECT state FROM presence WHERE username = ? ORDER BY id DESC').get('lucia')?.state).toBe('busy');
  // The inbox is virtualised: find the case by its subject.
  await lucia.find(moved.subject);
  await expect(lucia.row(moved.number)).toHaveCount(1);

  // Sofia's Equipo: lucia busy, her load, the queue with her case.
  const teamPage = new TeamPage(page);
  await page.goto(await team.consoleOf('sofia'));
  await teamPage.open();
  await expect(teamPage.teams).toHaveText('Equipos: soporte, ventas');
  await expect(teamPage.agent('lucia').presence).toContainText('Ocupado');
  await expect(teamPage.agent('mateo').row).toBeVisible();
  const open = Number(await teamPage.agent('lucia').open.textContent());
  expect(open).toBe(db.prepare<[], { n: number }>("SELECT count(*) AS n FROM cases WHERE assigned_to = 'lucia' AND status <> 'resolved'").get()!.n);
  await expect(teamPage.queuedCase(moved.number).agent).toHaveText('Lucía Fernández');

  for (const size of LAPTOPS) {
    await page.setViewportSize(size);
    expect(await fitsWindow(teamPage.root.locator('xpath=..'))).toMatchObject({ pageScrolls: false });
    expect(await seriousViolations(page, '[data-testid="team-page"]')).toEqual([]);
  }

  await teamPage.reassign(moved.number, 'mateo');
  await expect(teamPage.dialog).toBeHidden();
  await expect(teamPage.reassignments.first()).toHaveAttribute('data-status', 'applied');
  await expect(teamPage.reassignments.first()).toContainText(`#${moved.number} → mateo`);
  await expect(teamPage.queuedCase(moved.number).agent).toHaveText('Mateo Rossi');
  expect(db.prepare<[string], { assigned_to: string }>('SELECT assigned_to FROM cases WHERE id = ?').get(moved.id)).toEqual({ assigned_to: 'mateo' });
  expect(await seriousViolations(page, '[data-testid="team-page"]')).toEqual([]);

  // The case leaves lucia's inbox.
  await expect(lucia.row(moved.number)).toHaveCount(0);
  await luciaPage.close();
});

test('the team view says it needs the network, and a reassignment made offline waits its turn', async ({ page, team }) => {
  const db = team.sandbox.server.db;
  const target = db.prepare<[], { number: number }>("SELECT number FROM cases WHERE assigned_to = 'lucia' AND status <> 'resolved' ORDER BY number LIMIT 1").get()!;
  const teamPage = new TeamPage(page);
  await page.goto(await team.consoleOf('sofia'));
  await teamPage.open();
  await expect(teamPage.queuedCase(target.number).row).toBeVisible();
  await team.sandbox.goOffline();
  await teamPage.refresh.click();
  await expect(teamPage.offline).toHaveText('La vista del equipo necesita conexión con el servidor. Las reasignaciones que hagas quedan en cola y se envían cuando vuelva.');
  // The last answer stays on screen; a reassignment queues.
  await teamPage.reassign(target.number, 'camila');
  await expect(teamPage.reassignments.first()).toHaveAttribute('data-status', 'pending');
  await expect(teamPage.reassignments.first()).toContainText('Por enviar');
  expect(await seriousViolations(page, '[data-testid="team-page"]')).toEqual([]);
});

test('an agent an administrator disabled is marked in the team view and is not offered to take a case', async ({ page, team }) => {
  const db = team.sandbox.server.db;
  db.prepare("UPDATE users SET disabled = 1 WHERE username = 'camila'").run();
  const target = db.prepare<[], { number: number }>("SELECT number FROM cases WHERE assigned_to = 'lucia' AND status <> 'resolved' ORDER BY number LIMIT 1").get()!;
  const teamPage = new TeamPage(page);
  await page.goto(await team.consoleOf('sofia'));
  await teamPage.open();
  // Still listed, with the cases she holds, so that they can be moved.
  await expect(teamPage.agent('camila').row.getByTestId('team-agent-disabled')).toHaveText('Cuenta deshabilitada');
  await expect(teamPage.agent('mateo').row.getByTestId('team-agent-disabled')).toHaveCount(0);
  await teamPage.queuedCase(target.number).reassign.click();
  await expect(teamPage.reassignTo).toBeVisible();
  const offered = await teamPage.reassignTo.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  expect(offered).toContain('mateo');
  expect(offered).not.toContain('camila');
  expect(offered).not.toContain('lucia');
});
