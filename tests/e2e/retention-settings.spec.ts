// "Retención y privacidad" on the business-hours page: a supervisor changes how long consoles
// keep customer text, is told in words what a field cannot take, saves like the other settings,
// and an agent's console reads the new value; a save on a version an administrator replaced
// meanwhile is refused and taken up again.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { HoursPage } from './pages/hours-page.ts';
import { fitsWindow } from './pages/window-fit.ts';

const TEXT = 'Texto de los clientes';
const OFFLINE = 'Días sin conexión';
const LAPTOPS = [{ width: 1366, height: 768 }, { width: 1280, height: 720 }];

const seriousViolations = async (page: Page) =>
  (await new AxeBuilder({ page }).include('[data-testid="hours-dialog"]').analyze()).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

test('a supervisor changes the retention, is told what a field cannot take, saves, and an agent reads it', async ({ page, browser, team }) => {
  const serverRetention = () => JSON.parse((team.sandbox.server.db.prepare("SELECT value FROM settings WHERE id = 'retention'").get() as { value: string }).value) as unknown;
  const hours = new HoursPage(page);
  await page.goto(await team.consoleOf('sofia'));
  await hours.openWithKey();
  await hours.retention.scrollIntoViewIfNeeded();
  await expect(hours.retentionField(TEXT)).toHaveValue('90');
  await expect(hours.retentionField(TEXT)).toHaveAccessibleDescription('Días después de resolver un caso en que cada computadora borra el texto de los clientes.');
  // The team's sandbox allows a year offline.
  await expect(hours.retentionField(OFFLINE)).toHaveValue('365');
  for (const size of LAPTOPS) {
    await page.setViewportSize(size);
    expect(await fitsWindow(hours.dialog)).toEqual({ inside: true, pageScrolls: false });
    await hours.retention.scrollIntoViewIfNeeded();
    expect(await fitsWindow(hours.retention)).toMatchObject({ inside: true });
  }

  await hours.retentionField(TEXT).fill('2,5');
  await expect(hours.retentionProblems).toHaveText(['Texto de los clientes: tiene que ser un número entero de días, sin decimales.']);
  await expect(hours.retentionField(TEXT)).toHaveAttribute('aria-invalid', 'true');
  await hours.retentionField(OFFLINE).fill('400');
  await expect(hours.retentionProblems).toHaveText([
    'Texto de los clientes: tiene que ser un número entero de días, sin decimales.',
    'Días sin conexión: entre 1 y 365 días.',
  ]);
  expect(await seriousViolations(page)).toEqual([]);
  // Saving lists the problems and queues nothing.
  await hours.save();
  await expect(hours.problems).toContainText('Días sin conexión: entre 1 y 365 días.');
  expect(serverRetention()).toEqual({ version: 1, maxOfflineDays: 365 });

  await hours.retentionField(TEXT).fill('60');
  await hours.retentionField(OFFLINE).fill('30');
  await expect(hours.retentionProblems).toHaveCount(0);
  await expect(hours.unsaved).toBeVisible();
  await hours.save();
  await expect(hours.saveNote).toHaveText('Guardado en esta computadora; llega al servidor con la próxima sincronización.');
  await expect.poll(serverRetention).toEqual({ version: 1, textDays: 60, outboxDays: 30, maxOfflineDays: 30 });
  await expect(hours.pending).toHaveCount(0);
  await expect(hours.unsaved).toHaveCount(0);
  await expect(hours.retentionField(TEXT)).toHaveValue('60');

  // An agent's console reads the new values and cannot change them.
  // A context of its own, as axe needs.
  const agentContext = await browser.newContext();
  const agentPage = await agentContext.newPage();
  const agent = new HoursPage(agentPage);
  await agentPage.goto(await team.consoleOf('lucia'));
  await agent.openWithKey();
  await expect(agent.content).toHaveAttribute('data-can-edit', 'false');
  await expect(agent.retentionValue(TEXT)).toContainText('60 días');
  await expect(agent.retentionValue(OFFLINE)).toContainText('30 días');
  await expect(agent.retention.getByRole('textbox')).toHaveCount(0);
  expect(await seriousViolations(agentPage)).toEqual([]);
  await agentContext.close();
});

test('a retention save on a version an administrator replaced meanwhile is refused, then taken up again', async ({ page, team }) => {
  const serverRetention = () => JSON.parse((team.sandbox.server.db.prepare("SELECT value FROM settings WHERE id = 'retention'").get() as { value: string }).value) as unknown;
  const hours = new HoursPage(page);
  await page.goto(await team.consoleOf('sofia'));
  await hours.openWithKey();
  const started = await hours.heldVersion('retention');
  await hours.retentionField(TEXT).fill('45');

  const published = { version: 1, textDays: 120, outboxDays: 30, maxOfflineDays: 365 };
  await team.sandbox.control('POST', '/v1/sandbox/settings', { id: 'retention', value: published });
  // The console hears of it while the draft is still open: the draft stays as typed.
  await expect.poll(() => hours.heldVersion('retention')).toBeGreaterThan(started!);
  await expect(hours.retentionField(TEXT)).toHaveValue('45');

  await hours.save();
  await expect(hours.refused).toHaveAttribute('data-reason', 'stale_setting');
  await expect(hours.refused).toContainText('la retención');
  expect(serverRetention()).toEqual(published);
  await expect(hours.retentionField(TEXT)).toHaveValue('120');
  await hours.takeUpRefused();
  await expect(hours.retentionField(TEXT)).toHaveValue('45');
  await hours.save();
  await expect.poll(serverRetention).toEqual({ ...published, textDays: 45 });
});
