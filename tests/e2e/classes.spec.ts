// A class end to end: diego, the trainer, creates a class from "primer-dia" with two trainees;
// each joins from a console's first run with the server and their code. Ana handles the BAJA
// (answered signed, classified as a cancellation request) and moves the DNI posted on Facebook to
// private; Beto repeats the DNI in public and ignores the BAJA. The board and the grade report say
// so with the evidence quoted, the CSV holds both, each trainee sees only their own cases, and the
// page is axe-clean.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from '@playwright/test';
import { RULE_REFERENCES } from '../../src/shared/classes/rules.ts';
import { tempDir } from '../fixtures/sandbox.ts';
import { expect, startHarness, test } from './fixtures.ts';
import { AppHeader } from './pages/app-header.ts';
import { CaseActions } from './pages/case-actions.ts';
import { ClassPage, type Credential } from './pages/class-page.ts';
import { ConsolePage } from './pages/console-page.ts';
import { FirstRun } from './pages/first-run.ts';
import { SyncBar } from './pages/sync-bar.ts';
import { fitsWindow } from './pages/window-fit.ts';

const TITLE = 'Primer día: consultas, una baja y un DNI en público';
const DNI = '28.456.789';
// Scenario minutes: the BAJA is written at 6 and the DNI at 9; a jump of 10 fires both.
const JUMP = 10;
// Starting consoles, syncing two stores and grading take a while on a loaded 2-core machine.
const SLOW = { timeout: 30_000 };
const LAPTOPS = [{ width: 1366, height: 768 }, { width: 1280, height: 720 }];

const seriousViolations = async (page: Page, selector: string) =>
  (await new AxeBuilder({ page }).include(selector).analyze()).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

interface Trainee {
  page: Page;
  console: ConsolePage;
  actions: CaseActions;
  stop: () => void;
}

/** A console at its first run, joined to the class with the trainee's code, as a classroom's laptop. */
async function join(browser: Browser, server: string, credential: Credential, stops: (() => void)[]): Promise<Trainee> {
  const profiles = tempDir('atiende-e2e-');
  const harness = await startHarness(['--profile', profiles.path]);
  const stop = () => {
    harness.child.kill('SIGTERM');
    profiles.remove();
  };
  stops.push(stop);
  const page = await browser.newPage();
  await page.goto(harness.url);
  await new FirstRun(page).joinClass({ server, code: credential.code });
  await expect(new AppHeader(page).sandboxBanner).toContainText(TITLE, SLOW);
  return { page, console: new ConsolePage(page), actions: new CaseActions(page), stop };
}

/** Finds the trainee's case of a customer (the inbox is virtualised) and opens it. */
async function openCaseOf(trainee: Trainee, customer: string): Promise<void> {
  const { console } = trainee;
  await console.find(customer);
  const row = console.rows.filter({ hasText: customer });
  await expect(row).toHaveCount(1, SLOW);
  await expect(console.rows).toHaveCount(1);
  await row.click();
  await expect(console.caseView).toHaveAttribute('data-case-id', /.+/);
  await expect(console.caseView).toContainText(customer);
}

test('a class from primer-dia: two trainees, the board and the grades tell them apart, each sees only their own cases', async ({ browser, page, team }) => {
  test.setTimeout(360_000);
  const stops: (() => void)[] = [];
  try {
    const classPage = new ClassPage(page);
    await page.goto(await team.consoleOf('diego'));
    await expect(classPage.root).toBeVisible(SLOW);
    await classPage.createClass({ script: 'primer-dia', trainees: ['Ana Pérez', 'Beto Gómez'] });
    const credentials = await classPage.credentials();
    expect(credentials).toHaveLength(2);
    const [ana, beto] = credentials as [Credential, Credential];
    expect(ana).toMatchObject({ name: 'Ana Pérez', username: expect.stringMatching(/^ana-perez-\w{4}$/), code: expect.stringMatching(/^\w{4}-\w{4}$/) });
    expect(beto).toMatchObject({ name: 'Beto Gómez', username: expect.stringMatching(/^beto-gomez-\w{4}$/) });
    await classPage.closeCredentials();
    await expect(classPage.title).toHaveText(TITLE);

    const a = await join(browser, team.sandbox.url, ana, stops);
    const b = await join(browser, team.sandbox.url, beto, stops);
    await expect(classPage.boardRow(ana.username).joined).toHaveAttribute('data-joined', 'true', SLOW);
    await expect(classPage.boardRow(beto.username).joined).toHaveAttribute('data-joined', 'true', SLOW);

    await classPage.start();
    await expect(classPage.state).toHaveAttribute('data-state', 'running');
    await classPage.jump(JUMP);
    await expect.poll(() => classPage.elapsedMinutes(), SLOW).toBeGreaterThanOrEqual(JUMP);

    // Ana: the BAJA answered and signed with her first name, then classified as a cancellation request.
    await openCaseOf(a, 'Julieta Navarro');
    const anaBaja = 'Hola Julieta, lamentamos que quieras irte. Antes de tramitar la baja te cuento las opciones que tenemos para tu mudanza. Saludos, Ana';
    await a.console.reply(anaBaja);
    await expect(a.console.stateOf(anaBaja)).toHaveAttribute('data-state', 'sent', SLOW);
    await a.actions.openResolve();
    await a.actions.resolve('Pedido de baja', 'favour');
    await expect(a.actions.status).toHaveAttribute('data-status', 'resolved');
    // Ana: the DNI posted on Facebook moved to private, the invitation not repeating it.
    await openCaseOf(a, 'Roberto Sánchez');
    await a.actions.openMove();
    const invitation = await a.actions.invitation.inputValue();
    expect(invitation).not.toContain('28');
    await a.actions.sendInvitation();
    await expect(a.actions.movedTo).toHaveAttribute('data-channel', 'facebook_messenger', SLOW);

    // Beto: the DNI answered in public with the number in it; the BAJA left alone.
    await openCaseOf(b, 'Roberto Sánchez');
    const betoDni = `Hola Roberto, ya revisamos tu cuenta con el DNI ${DNI} y corregimos el plan. Saludos, Beto`;
    await b.console.reply(betoDni);
    await expect(b.console.stateOf(betoDni)).toHaveAttribute('data-state', 'sent', SLOW);

    // The live board: Ana passes both rules; Beto fails the DNI at once, his BAJA still unclassified.
    await expect.poll(() => classPage.ruleState(ana.username, 'private_data_moved'), SLOW).toBe('pass');
    await expect.poll(() => classPage.ruleState(ana.username, 'cancellation_retention'), SLOW).toBe('pass');
    await expect.poll(() => classPage.ruleState(beto.username, 'private_data_moved'), SLOW).toBe('fail');
    expect(await classPage.ruleState(beto.username, 'cancellation_retention')).toBe('pending');
    // Ana classified the BAJA as she resolved it; her other cases are still open.
    expect(await classPage.ruleState(ana.username, 'classified_before_resolving')).toBe('pending');

    // A customer writes to Beto alone: it reaches him, never Ana.
    const delivered = await classPage.sendMessage({
      to: beto.username, channel: 'webchat', customerName: 'Marta Solo Beto', handle: 'marta.solo@example.com', text: 'Hola, ¿me confirman el turno del técnico?',
    });
    await expect(delivered).toBeVisible(SLOW);
    await b.console.find('Marta Solo Beto');
    await expect(b.console.rows).toHaveCount(1, SLOW);
    await new SyncBar(a.page).syncNow();
    await expect(new SyncBar(a.page).state).toHaveAttribute('data-state', 'idle', SLOW);
    await a.console.find('Marta Solo Beto');
    await expect(a.console.empty).toBeVisible();
    await expect(a.console.rows).toHaveCount(0);
    // Ana's DNI case is her own: Beto's reply is not in it.
    await openCaseOf(a, 'Roberto Sánchez');
    await expect(a.console.message(DNI).filter({ hasText: 'Beto' })).toHaveCount(0);
    await expect(a.console.message(invitation)).toHaveCount(1);
    await expect(b.console.message(invitation)).toHaveCount(0);

    await classPage.tab('board');
    expect(await seriousViolations(page, '[data-testid="class-page"]')).toEqual([]);
    // The running class's board fits both laptops, the page never scrolling.
    for (const size of LAPTOPS) {
      await page.setViewportSize(size);
      expect(await fitsWindow(classPage.root)).toEqual({ inside: true, pageScrolls: false });
      await a.page.setViewportSize(size);
      expect(await fitsWindow(new AppHeader(a.page).sandboxBanner)).toEqual({ inside: true, pageScrolls: false });
    }

    await classPage.stop();
    await expect(classPage.state).toHaveAttribute('data-state', 'finished', SLOW);
    // Finished: Beto's BAJA, never classified, fails now.
    await expect.poll(() => classPage.ruleState(beto.username, 'cancellation_retention'), SLOW).toBe('fail');
    expect(await classPage.ruleState(ana.username, 'cancellation_retention')).toBe('pass');
    expect(await classPage.ruleState(ana.username, 'private_data_moved')).toBe('pass');
    expect(await classPage.ruleState(beto.username, 'private_data_moved')).toBe('fail');

    // Beto's case as he left it, read-only, from the board.
    const betoCase = classPage.boardRow(beto.username).cases;
    await expect(betoCase.first()).toBeVisible();
    let dniCase = 0;
    for (const button of await betoCase.all()) {
      const number = Number(await button.getAttribute('data-number'));
      await classPage.openCase(beto.username, number);
      const texts = await classPage.caseTexts();
      await classPage.closeCase();
      if (texts.some((text) => text.includes(betoDni))) dniCase = number;
    }
    expect(dniCase).toBeGreaterThan(0);
    await classPage.openCase(beto.username, dniCase);
    expect(await classPage.caseTexts()).toContain(betoDni);
    await classPage.closeCase();

    // The grade report: Beto's failing evidence quotes his public reply, with the guide's reference.
    await classPage.openGrades();
    await expect(classPage.gradeOf(beto.username).rule('private_data_moved').row).toHaveAttribute('data-state', 'fail');
    expect(await classPage.ruleEvidence(beto.username, 'private_data_moved')).toContain(DNI);
    await expect(classPage.gradeOf(beto.username).rule('private_data_moved').reference).toContainText(RULE_REFERENCES.private_data_moved);
    await expect(classPage.gradeOf(beto.username).rule('cancellation_retention').row).toHaveAttribute('data-state', 'fail');
    await expect(classPage.gradeOf(beto.username).rule('cancellation_retention').reference).toContainText(RULE_REFERENCES.cancellation_retention);
    expect(await classPage.gradeRuleState(ana.username, 'private_data_moved')).toBe('pass');
    expect(await classPage.gradeRuleState(ana.username, 'cancellation_retention')).toBe('pass');
    expect(await classPage.score(ana.username)).toBeGreaterThan(await classPage.score(beto.username));
    expect(await seriousViolations(page, '[data-testid="class-page"]')).toEqual([]);

    const download = await classPage.exportCsv();
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv).toContain(ana.username);
    expect(csv).toContain(beto.username);
    expect(csv).toContain('Ana Pérez');
    expect(csv).toContain('Beto Gómez');
    expect(csv).toContain(DNI);

    // The replay: at the end, what each trainee did; at the start, nothing yet.
    await classPage.openReplay();
    await expect(classPage.replayEvents(ana.username).filter({ hasText: 'Hola Julieta, lamentamos que quieras irte' })).toHaveCount(1);
    await expect(classPage.replayEvents(ana.username).filter({ hasText: 'Pedido de baja' })).toHaveCount(1);
    await expect(classPage.replayEvents(beto.username).filter({ hasText: betoDni })).toHaveCount(1);
    await expect(classPage.replayEvents(beto.username).filter({ hasText: 'Pedido de baja' })).toHaveCount(0);
    await classPage.replayTo(0);
    await expect(classPage.replayEvents(ana.username)).toHaveCount(0);
    await expect(classPage.replayEvents(beto.username)).toHaveCount(0);
    // The steps the jump fired came in its last moment, seconds past its minute.
    await classPage.replayTo(JUMP + 1);
    await expect(classPage.replayEvents(ana.username).first()).toBeVisible();
    expect(await seriousViolations(page, '[data-testid="class-page"]')).toEqual([]);
  } finally {
    for (const stop of stops) stop();
  }
});

test('a jump stops before the script changes the clock, and says so', async ({ page, team }) => {
  const classPage = new ClassPage(page);
  await page.goto(await team.consoleOf('diego'));
  await classPage.createClass({ script: 'lunes-fuera-de-horario', trainees: ['Ana Pérez'] });
  await classPage.closeCredentials();
  await classPage.start();
  await classPage.pause();
  // Messages at minutes 1, 3 and 5 come before the clock opens the office at minute 9: the jump of
  // 20 stops at 5, so none of them reaches the trainee hours late.
  await classPage.jump(20);
  await expect(classPage.jumpStopped).toContainText('en el minuto 5:', SLOW);
  await expect(classPage.jumpStopped).toContainText('minuto 9');
  await expect.poll(() => classPage.elapsedMinutes(), SLOW).toBeGreaterThanOrEqual(5);
  expect(await classPage.elapsedMinutes()).toBeLessThan(9);
  // The next jump passes the clock's step.
  await classPage.jump(10);
  await expect(classPage.jumpStopped).toHaveCount(0);
  await expect.poll(() => classPage.elapsedMinutes(), SLOW).toBeGreaterThanOrEqual(15);
});
