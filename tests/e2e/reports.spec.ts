// Reportes in Chromium against the sandbox: sofia reads a day whose cases the test creates, beside
// the day before, narrows it to one agent, drills down to the cases, exports them as CSV, and
// reads the synced snapshot offline, which says as of when and what needs the network. Lucía
// reads her own figures and opens one of her cases from a drill-down. Axe-clean, and the page
// never scrolls at both laptop sizes (the section scrolls inside itself).
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { RunningSandbox } from '../fixtures/sandbox.ts';
import { expect, test } from './fixtures.ts';
import { ConsolePage } from './pages/console-page.ts';
import { ReportsPage } from './pages/reports-page.ts';
import { fitsWindow } from './pages/window-fit.ts';

const LAPTOPS = [{ width: 1366, height: 768 }, { width: 1280, height: 720 }];
const DAY_MS = 86_400_000;

const seriousViolations = async (page: Page) =>
  (await new AxeBuilder({ page }).include('[data-testid="reports-page"]').analyze()).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

/** A customer writes a new case on `channel`, handed to `agent`; its number. */
async function caseFor(sandbox: RunningSandbox, agent: string, channel: string, handle: string): Promise<number> {
  const { caseId } = await sandbox.control<{ caseId: string }>('POST', '/v1/sandbox/inbound', {
    channel, customer: { name: `Cliente ${handle}`, handle }, text: 'Hola, necesito ayuda con mi factura', assignTo: agent,
  });
  return Number(caseId.replace('case-', ''));
}

test('sofia compares a day with the day before, drills down to its cases, exports them, and reads the snapshot offline', async ({ page, team }, testInfo) => {
  // Two days of cases, a drill-down, an export and a reload offline: 49 s on CI's busy 2-core machine.
  test.slow();
  // Two days from now, noon UTC: a day no seeded case falls on, so its cases are the test's.
  const day = new Date(Math.floor(Date.now() / DAY_MS) * DAY_MS + 2 * DAY_MS + 12 * 3600_000);
  const dayText = day.toISOString().slice(0, 10);
  await team.sandbox.control('POST', '/v1/sandbox/clock', { now: day.toISOString() });
  const camila = [await caseFor(team.sandbox, 'camila', 'whatsapp', '+5491100000301'), await caseFor(team.sandbox, 'camila', 'whatsapp', '+5491100000302')];
  const joaquin = await caseFor(team.sandbox, 'joaquin', 'email', 'reportes@example.com');

  const reports = new ReportsPage(page);
  await page.goto(await team.consoleOf('sofia'));
  await reports.open();
  await expect(reports.root.getByRole('heading', { level: 2 }).first()).toHaveText('Reportes de tus equipos');
  await expect(reports.asOf).toContainText('Datos al');

  await reports.custom(dayText, dayText);
  await expect(reports.value('Casos abiertos')).toHaveText('3');
  await expect(reports.figure('Casos abiertos').getByRole('cell').nth(1)).toHaveText('0');
  await expect(reports.delta('Casos abiertos')).toHaveText('+3');
  await expect(reports.range).toContainText('Comparado con');

  // By agent: every agent of sofia's teams has a row (presence counts without cases), camila's and joaquín's with their cases.
  await reports.groupBy('Agente');
  await expect(reports.groups.getByRole('row', { name: /camila/ }).getByRole('cell').first()).toHaveText('2');
  await expect(reports.groups.getByRole('row', { name: /joaquin/ }).getByRole('cell').first()).toHaveText('1');
  // By typology and by product, where satisfaction is read too: none of the three is classified yet.
  for (const grouping of ['Tipología', 'Producto']) {
    await reports.groupBy(grouping);
    await expect(reports.groups.getByRole('row', { name: /Sin dato/ }).getByRole('cell').first()).toHaveText('3');
  }

  // Every chart has its table beside it.
  for (const table of [reports.serviceLevelTable.or(page.getByText('Ningún caso tuvo primera respuesta en este período.')), reports.complaintsTable, reports.csatTable]) {
    await expect(table).toBeVisible();
  }
  await expect(reports.charts).not.toHaveCount(0);

  // The cases behind the figure, and as CSV.
  await reports.drillInto('Casos abiertos');
  await expect(reports.drillRows).toHaveCount(3);
  expect((await reports.drillNumbers()).sort((a, b) => a - b)).toEqual([...camila, joaquin].sort((a, b) => a - b));
  const rows = await reports.download(reports.drillCsv);
  const csv = readFileSync(await rows.path(), 'utf8').replace(/^\uFEFF/, '').split('\r\n');
  expect(csv[0]).toBe('caso,número,canal,agente,equipo,motivo,producto,a favor,abierto,primera respuesta,resuelto,mensajes,respuestas automáticas,filtrados,csat');
  expect(csv.filter((line) => line.startsWith('case-'))).toHaveLength(3);
  expect(csv.find((line) => line.startsWith(`case-${joaquin},`))).toContain(',email,joaquin,soporte,');

  // Each figure leads to the cases it counts: nobody has answered yet, so no first responses;
  // occupancy is made of presence, not cases.
  await reports.drillInto('Primera respuesta (promedio)');
  await expect(reports.drillEmpty).toBeVisible();
  await expect(reports.figure('Ocupación').getByRole('button')).toHaveCount(0);

  // One agent: camila's two, and the period's CSV of them.
  await reports.whose('Camila Domínguez');
  await expect(reports.value('Casos abiertos')).toHaveText('2');
  await reports.drillInto('Casos abiertos');
  await expect(reports.drillRows).toHaveCount(2);
  const period = await reports.download(reports.csv);
  expect(period.suggestedFilename()).toBe(`casos-${dayText}-${new Date(day.getTime() + DAY_MS).toISOString().slice(0, 10)}.csv`);
  expect(readFileSync(await period.path(), 'utf8').split('\r\n').filter((line) => line.startsWith('case-'))).toHaveLength(2);

  for (const size of LAPTOPS) {
    await page.setViewportSize(size);
    expect(await fitsWindow(reports.root)).toMatchObject({ pageScrolls: false });
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath(`reports-${size.width}x${size.height}.png`) });
  }

  // Offline: the snapshot synced after the pulls answers, says as of when, and what needs the network.
  await reports.whose('Todos tus equipos');
  await team.sandbox.goOffline();
  // This week, cut on the server's clock (two days ahead of this computer's): one of the snapshot's weeks.
  await reports.preset('Esta semana');
  await expect(reports.asOf).toContainText('Sin conexión. Datos al');
  await expect(reports.asOf).not.toContainText('no está guardado en esta computadora');
  await reports.preset('Últimas 8 semanas');
  await expect(reports.asOf).toContainText('Sin conexión. Datos al');
  await expect(reports.asOf).toContainText(/otros períodos y el detalle de casos necesitan conexión/i);
  await expect(reports.snapshotWeeks.locator('tbody tr')).toHaveCount(8);
  await expect(reports.figure('Casos abiertos').getByRole('button')).toHaveCount(0);
  await expect(reports.csv).toBeDisabled();
  await reports.whose('Camila Domínguez');
  await expect(reports.error).toHaveText('Sin conexión: otros períodos y el detalle de casos necesitan conexión con el servidor.');
  for (const size of LAPTOPS) {
    await page.setViewportSize(size);
    await reports.whose('Todos tus equipos');
    await expect(reports.asOf).toContainText('Sin conexión. Datos al');
    expect(await fitsWindow(reports.root)).toMatchObject({ pageScrolls: false });
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath(`reports-offline-${size.width}x${size.height}.png`) });
  }
});

test('lucia reads her own figures and opens one of her cases from the drill-down', async ({ page, team }) => {
  const number = await caseFor(team.sandbox, 'lucia', 'webchat', 'reportes-lucia');
  const console = new ConsolePage(page);
  await console.open(await team.consoleOf('lucia'));
  await console.find('factura');
  await expect(console.row(number)).toBeVisible();

  const reports = new ReportsPage(page);
  await reports.open();
  await expect(reports.root.getByRole('heading', { level: 2 }).first()).toHaveText('Tus reportes');
  await expect(reports.who).toHaveCount(0);
  await reports.drillInto('Casos abiertos');
  await expect.poll(() => reports.drillNumbers()).toContain(number);
  await reports.openFromDrill(number);
  await expect(console.caseView).toHaveAttribute('data-case-id', `case-${number}`);
});
