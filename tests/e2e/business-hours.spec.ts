// Business hours and out-of-hours auto-replies: a supervisor tries a customer message in the
// simulator, changes the hours and sees the new decision before saving, saves, and an agent's
// console draws the new week. Auto-replies in a case are marked as such.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { AppHeader } from './pages/app-header.ts';
import { CasePane } from './pages/case-pane.ts';
import { ConsolePage } from './pages/console-page.ts';
import { HoursPage } from './pages/hours-page.ts';
import { SyncBar } from './pages/sync-bar.ts';

const seriousViolations = async (page: Page) =>
  (await new AxeBuilder({ page }).include('[data-testid="hours-dialog"]').analyze()).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

const christmasEve = { channel: 'whatsapp', date: '2026-12-24', time: '22:10', zone: 'America/Argentina/Buenos_Aires', name: 'Ana Gómez' };

test('a supervisor simulates, changes the hours, sees the new decision before saving, and an agent sees the new week', async ({ page, browser, team }) => {
  const hours = new HoursPage(page);
  await page.goto(await team.consoleOf('sofia'));
  await hours.openWithKey();
  await expect(hours.content).toHaveAttribute('data-can-edit', 'true');
  // Nothing changed yet: nothing to save, and the button says so.
  await expect(hours.saveButton).toBeDisabled();
  await expect(hours.saveButton).toHaveAccessibleDescription('No hay cambios para guardar.');

  await hours.simulate(christmasEve);
  await expect(hours.decision).toHaveText('Se envía una respuesta automática');
  await expect(hours.simulatedText).toHaveText(
    'Hola Ana, gracias por escribirnos. En este momento estamos fuera del horario de atención; te responderemos el sábado 26 de diciembre a las 9:00.',
  );
  await expect(hours.simulatedOpening).toContainText('sáb');

  await hours.showWeekOf('2026-12-24');
  await expect(hours.day('2026-12-24')).toHaveText('Abierto 09:00–18:00');
  await expect(hours.day('2026-12-25')).toHaveText('Cerrado todo el día · Feriado: Navidad');

  await hours.addOpening('2026-12-24', '23:00');
  await expect(hours.unsaved).toBeVisible();
  await expect(hours.saveButton).toBeEnabled();
  // The draft decides, before anything is saved.
  await expect(hours.decision).toHaveText('No se envía respuesta automática: el mensaje llega dentro del horario de atención');
  await expect(hours.simulatedText).toHaveCount(0);
  await expect(hours.day('2026-12-24')).toHaveText('Abierto 09:00–23:00 (apertura especial)');
  const serverHours = () => JSON.parse((team.sandbox.server.db.prepare("SELECT value FROM settings WHERE id = 'business_hours'").get() as { value: string }).value) as {
    schedules: { openings: unknown[] }[];
  };
  expect(serverHours().schedules[0]!.openings).toEqual([]);

  expect(await seriousViolations(page)).toEqual([]);

  await hours.save();
  await expect(hours.saveNote).toHaveText('Guardado en esta computadora; llega al servidor con la próxima sincronización.');
  await expect.poll(() => serverHours().schedules[0]!.openings).toEqual([{ date: '2026-12-24', intervals: [['09:00', '23:00']] }]);
  await expect(hours.pending).toHaveCount(0);
  await expect(hours.unsaved).toHaveCount(0);
  await expect(hours.saveButton).toBeDisabled();

  // Keyboard: Esc closes the dialog and gives the keys back to the console.
  await page.keyboard.press('Escape');
  await expect(hours.dialog).toBeHidden();

  const agentPage = await browser.newPage();
  // The agent's laptop says it is Monday 7 December: the summary reads from its today.
  await agentPage.clock.setFixedTime(new Date('2026-12-07T12:00:00-03:00'));
  const agent = new HoursPage(agentPage);
  await agentPage.goto(await team.consoleOf('lucia'));
  await agent.openWithKey();
  // An agent reads a summary, not a disabled editor: no form to scroll through.
  await expect(agent.readOnly).toBeVisible();
  await expect(agent.scheduleEditor).toHaveCount(0);
  await expect(agent.saveButton).toHaveCount(0);
  await expect(agent.summaryDays).toHaveCount(7);
  await expect(agent.todayLine).toHaveText('Hoy: Abierto 09:00–18:00');
  await expect(agent.summaryToday).toHaveAttribute('data-date', '2026-12-07');
  await expect(agent.summaryReplies).toContainText('Respuesta automática fuera de horario: activada en');
  // The supervisor's special opening and the next holidays are listed ahead.
  await expect(agent.upcoming('2026-12-24')).toHaveText('jue, 24 dic: Abierto 09:00–23:00 (apertura especial)');
  await expect(agent.upcoming('2026-12-25')).toContainText('Feriado: Navidad');
  await agent.simulate(christmasEve);
  await expect(agent.decision).toHaveText('No se envía respuesta automática: el mensaje llega dentro del horario de atención');

  // The saved hours drive the agent's console: on Christmas Eve 22:10 it is open, at 23:30 not.
  const writes = async (at: string, text: string) => {
    await team.sandbox.control('POST', '/v1/sandbox/clock', { now: at });
    return (await team.sandbox.control<{ caseId: string }>('POST', '/v1/sandbox/inbound', {
      channel: 'whatsapp', customer: { name: 'Ana Gómez', handle: '+54 9 351 555-0101' }, text, assignTo: 'lucia',
    })).caseId;
  };
  const open = await writes('2026-12-25T01:10:00Z', '¿Abren mañana?');
  const closed = await writes('2026-12-25T02:30:00Z', 'Necesito un repuesto para el módem');
  const autoReplies = async () => (await team.sandbox.outbound()).filter((m) => m.kind === 'auto_reply' && [open, closed].includes(m.caseId));
  await expect.poll(autoReplies).toEqual([expect.objectContaining({
    caseId: closed,
    text: 'Hola Ana, gracias por escribirnos. En este momento estamos fuera del horario de atención; te responderemos el sábado 26 de diciembre a las 9:00.',
  })]);
  await agentPage.close();
});

test('a save on a version another console replaced meanwhile is refused, shown, and taken up again without losing anything', async ({ page, browser, team }) => {
  const serverMonday = () => (JSON.parse((team.sandbox.server.db.prepare("SELECT value FROM settings WHERE id = 'business_hours'").get() as { value: string }).value) as {
    schedules: { week: { mon: [string, string][] } }[];
  }).schedules[0]!.week.mon;
  // The supervisor's laptop opens the page and starts changing Monday.
  const laptop = new HoursPage(page);
  await page.goto(await team.consoleOf('sofia'));
  await laptop.openWithKey();
  const started = await laptop.heldVersion();
  await laptop.interval('mon', 'to').fill('20:00');
  await expect(laptop.unsaved).toBeVisible();

  // Meanwhile, at the desk, Monday closes at 19:00 and reaches the server…
  const deskPage = await browser.newPage();
  const desk = new HoursPage(deskPage);
  await deskPage.goto(await team.consoleOf('sofia'));
  await desk.openWithKey();
  await desk.interval('mon', 'to').fill('19:00');
  await desk.save();
  await expect.poll(serverMonday).toEqual([['09:00', '19:00']]);
  await deskPage.close();
  // …and the laptop's console, while its draft is still open.
  await expect.poll(() => laptop.heldVersion()).toBeGreaterThan(started!);
  await expect(laptop.interval('mon', 'to')).toHaveValue('20:00');

  // Saving the draft does not overwrite the desk's change: the server refuses it, and says why.
  await laptop.save();
  await expect(laptop.refused).toHaveAttribute('data-reason', 'stale_setting');
  await expect(laptop.refused).toContainText('Otra persona guardó una versión más nueva');
  expect(serverMonday()).toEqual([['09:00', '19:00']]);
  // The page now shows the latest version; the refused save keeps what was typed.
  await expect(laptop.interval('mon', 'to')).toHaveValue('19:00');
  await expect(laptop.unsaved).toHaveCount(0);
  await laptop.takeUpRefused();
  await expect(laptop.interval('mon', 'to')).toHaveValue('20:00');
  await expect(laptop.unsaved).toBeVisible();

  // Reviewed and saved again, on the latest version, it goes through.
  await laptop.save();
  await expect.poll(serverMonday).toEqual([['09:00', '20:00']]);
  await expect(laptop.pending).toHaveCount(0);
});

test('times are 24-hour and dates in the console’s locale, in both languages, whatever the browser’s', async ({ page, team }) => {
  const hours = new HoursPage(page);
  await page.goto(await team.consoleOf('sofia'));
  await hours.openWithKey();
  await expect(hours.interval('mon', 'from')).toHaveValue('09:00');
  await expect(hours.interval('mon', 'to')).toHaveValue('18:00');
  await hours.simulate(christmasEve);
  await expect(hours.simDate).toHaveValue('24/12/2026');
  await expect(hours.simTime).toHaveValue('22:10');

  // What an agent types: "1930" is 19:30; "7 PM" is no time, marked, and the draft keeps 18:00.
  const to = hours.interval('mon', 'to');
  await to.fill('7 PM');
  await expect(to).toHaveAttribute('aria-invalid', 'true');
  await expect(hours.unsaved).toHaveCount(0);
  // Leaving the field shows the time kept, never the unreadable text beside it.
  await to.blur();
  await expect(to).toHaveValue('18:00');
  await expect(to).not.toHaveAttribute('aria-invalid');
  await to.fill('1930');
  await to.blur();
  await expect(to).toHaveValue('19:30');
  await expect(to).not.toHaveAttribute('aria-invalid');
  await expect(hours.unsaved).toBeVisible();

  await page.keyboard.press('Escape');
  await new AppHeader(page).setLanguage('en');
  await hours.openWithKey();
  await expect(hours.interval('mon', 'from')).toHaveValue('09:00');
  await expect(hours.interval('mon', 'to')).toHaveValue('19:30');
  await expect(hours.simTime).toHaveAttribute('placeholder', 'hh:mm');
  await expect(hours.weekOf).toHaveAttribute('placeholder', /^(dd\/mm\/yyyy|mm\/dd\/yyyy)$/);
  expect(await seriousViolations(page)).toEqual([]);
});

test('a draft with a problem is not saved, and says why in words', async ({ page, team }) => {
  const hours = new HoursPage(page);
  await page.goto(await team.consoleOf('sofia'));
  await hours.openWithKey();
  await hours.scheduleZone.fill('Buenos Aires');
  await hours.save();
  await expect(hours.problems).toContainText('«Horario de atención»: el sistema no conoce esa zona horaria.');
  await expect(hours.problems).toBeFocused();
  await expect(hours.weekView).toContainText('Corregí los problemas marcados arriba');

  // Closing the page loses nothing: the unsaved draft is there when it opens again.
  await page.keyboard.press('Escape');
  await expect(hours.dialog).toBeHidden();
  await hours.openWithKey();
  await expect(hours.scheduleZone).toHaveValue('Buenos Aires');
  await expect(hours.unsaved).toBeVisible();
});

test('an automatic reply in a case is marked as one', async ({ page, team }) => {
  // A weekday night in Buenos Aires: the agent's console answers with the out-of-hours notice.
  await team.sandbox.control('POST', '/v1/sandbox/clock', { now: '2026-03-11T02:00:00Z' });
  const { caseId } = await team.sandbox.control<{ caseId: string }>('POST', '/v1/sandbox/inbound', {
    channel: 'whatsapp', customer: { name: 'Paula Acosta', handle: '+54 9 223 555-0112' }, text: 'Se me cortó el servicio', assignTo: 'lucia',
  });
  const console = new ConsolePage(page);
  await console.open(await team.consoleOf('lucia'));
  await console.find('cortó el servicio');
  await console.openCase(Number(/\d+$/.exec(caseId)?.[0]));

  const casePane = new CasePane(page);
  await expect(casePane.autoReplyBadge).toHaveText('Respuesta automática');
  await expect(casePane.autoReply).toContainText('La envió Atiende sola, fuera del horario de atención');
  await expect(casePane.autoReply).toContainText('te responderemos mañana miércoles a las 9:00');
  await expect(casePane.customerBadges).toHaveCount(0);
});

test('hours or auto-replies the console cannot read leave the defaults in force, and the sync bar says so', async ({ page, atiende }) => {
  const console = new ConsolePage(page);
  await console.open(atiende.url);
  const sync = new SyncBar(page);
  await expect(sync.autoReplyWarning).toHaveCount(0);
  await atiende.sandbox.control('POST', '/v1/sandbox/settings', {
    id: 'business_hours', unchecked: true, value: { version: 1, schedules: [{ id: 'x', timeZone: 'Buenos Aires' }] },
  });
  await expect(sync.autoReplyWarning).toHaveText('El horario o las respuestas automáticas del servidor no son válidos: se usan los de fábrica.');
});
