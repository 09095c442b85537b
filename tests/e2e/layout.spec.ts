// A laptop-first console: at 1366×768, 1280×720 and 1024×640, in Spanish and English, light and
// dark, with a long case open, the reply box and Send stay in view, the thread keeps its
// height, the inbox shows eight rows or more, and nothing scrolls sideways. One console per
// worker (a harness per combination would be too slow); each test resizes its own page.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, startHarness, test as base } from './fixtures.ts';
import { AppHeader } from './pages/app-header.ts';
import { CasePane } from './pages/case-pane.ts';
import { ConsolePage } from './pages/console-page.ts';
import { FirstRun } from './pages/first-run.ts';
import { measureLayout } from './pages/layout-probe.ts';
import { fitsWindow, placeholderFits, textCut } from './pages/window-fit.ts';
import { ToolsPane } from './pages/tools-pane.ts';
import { startSandbox, tempDir, type RunningSandbox } from '../fixtures/sandbox.ts';

interface LongCase {
  url: string;
  sandbox: RunningSandbox;
  /** A WhatsApp case with many messages, each a few lines long. */
  number: number;
}

const test = base.extend<object, { laptop: LongCase }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies as the first argument
  laptop: [async ({}, use) => {
    const sandbox = await startSandbox();
    const customer = { name: 'Renata Hilo Largo', handle: '+5491100000777' };
    const opened = await sandbox.control<{ caseId: string }>('POST', '/v1/sandbox/inbound', {
      channel: 'whatsapp', customer, assignTo: 'lucia', text: 'Hola, hace tres días que no tengo internet y nadie me responde.',
    });
    for (let i = 1; i <= 40; i++) {
      await sandbox.control('POST', '/v1/sandbox/inbound', {
        channel: 'whatsapp', customer, caseId: opened.caseId,
        text: `Mensaje ${i}: sigo sin servicio. Ya reinicié el módem, revisé los cables y probé con otro equipo, y nada.`,
      });
    }
    const profiles = tempDir('atiende-e2e-');
    const harness = await startHarness(['--server', sandbox.url, '--user', 'lucia', '--profile', profiles.path]);
    await use({ url: harness.url, sandbox, number: Number(/\d+$/.exec(opened.caseId)?.[0]) });
    harness.child.kill('SIGTERM');
    await sandbox.stop();
    profiles.remove();
  }, { scope: 'worker' }],
});

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1280, height: 720 },
  { width: 1024, height: 640 },
] as const;
const LOOKS = [
  { language: 'es', theme: 'light' },
  { language: 'en', theme: 'dark' },
  { language: 'en', theme: 'light' },
  { language: 'es', theme: 'dark' },
] as const;

async function openLongCase(page: Page, laptop: LongCase): Promise<ConsolePage> {
  const console = new ConsolePage(page);
  await console.open(laptop.url);
  await console.find('Renata Hilo Largo');
  await console.openCase(laptop.number);
  await expect(console.messages).toHaveCount(41);
  // The newest message is wholly in view: the thread opens at its end, however many came before,
  // and stays there while what is drawn around it settles.
  await expect(console.message('Mensaje 40:')).toBeInViewport({ ratio: 1 });
  await console.find(''); // the whole inbox again, the case still open
  await expect(console.rows).not.toHaveCount(1);
  return console;
}

const seriousViolations = async (page: Page) =>
  (await new AxeBuilder({ page }).analyze()).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

test('at laptop sizes Send stays in view, the thread keeps its height and nothing scrolls as a page', async ({ page, laptop }) => {
  await openLongCase(page, laptop);
  const header = new AppHeader(page);
  const tools = new ToolsPane(page);
  for (const look of LOOKS) {
    await header.setLanguage(look.language);
    await header.setTheme(look.theme);
    for (const size of SIZES) {
      await page.setViewportSize(size);
      const where = `${size.width}×${size.height} ${look.language} ${look.theme}`;
      await expect(tools.root, where).toHaveAttribute('data-collapsed', size.width < 1280 ? 'true' : 'false');
      const figures = await measureLayout(page);
      test.info().annotations.push({
        type: where,
        description: `rows ${figures.rowsVisible}, thread ${Math.round(figures.threadHeight)} px (${Math.round((100 * figures.threadHeight) / size.height)} %), Send bottom ${Math.round(figures.send?.bottom ?? -1)} px`,
      });
      expect(figures.send, where).not.toBeNull();
      expect(figures.send!.top, where).toBeGreaterThanOrEqual(0);
      expect(figures.send!.bottom, where).toBeLessThanOrEqual(size.height);
      expect(figures.send!.right, where).toBeLessThanOrEqual(size.width);
      expect(figures.threadHeight, where).toBeGreaterThanOrEqual(0.35 * size.height);
      if (size.width === 1366) expect(figures.rowsVisible, where).toBeGreaterThanOrEqual(8);
      expect(figures.page.scrollHeight, where).toBeLessThanOrEqual(size.height);
      expect(figures.page.scrollWidth, where).toBeLessThanOrEqual(size.width);
      expect(figures.sidewaysScroll, where).toEqual([]);
      expect(figures.headerOneRow, where).toBe(true);
      expect(figures.headerHeight, where).toBeLessThan(52);
      expect(figures.caseLineOneRow, where).toBe(true);
      expect(figures.caseLineHeight, where).toBeLessThan(44);
      expect(figures.cutChannels, where).toEqual([]);
      expect(figures.toolsCollapsed, where).toBe(size.width < 1280);
      expect(figures.cutTabs, where).toEqual([]);
    }
  }
});

test('the newest message stays whole when the thread shrinks as it settles, and a thread scrolled up stays put', async ({ page, laptop }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const console = await openLongCase(page, laptop);
  const newest = console.message('Mensaje 40:');
  // What happens when a case opens and a line is drawn above its thread: in one task the thread
  // grows, is scrolled to its end, and loses height, so its scroll event arrives short of the end.
  const drawAbove = () => page.getByTestId('case-thread').evaluate((thread) => {
    const grown = document.createElement('li');
    grown.style.height = '300px';
    thread.querySelector('ol')!.prepend(grown);
    thread.scrollTop = thread.scrollHeight;
    const line = document.createElement('p');
    line.className = 'test-line-above';
    line.style.cssText = 'height: 90px; margin: 0; flex: none';
    thread.before(line);
  });
  await drawAbove();
  await expect(newest).toBeInViewport({ ratio: 1 });

  // The agent scrolls up to read: what is drawn afterwards does not pull the thread back down.
  await console.thread.hover();
  await page.mouse.wheel(0, -400);
  await expect(newest).not.toBeInViewport();
  // The wheel may scroll smoothly: read where it stopped, two frames without a change.
  const scrollTop = () => console.thread.evaluate(async (thread) => {
    for (let frame = 0; frame < 2; frame++) await new Promise(requestAnimationFrame);
    return thread.scrollTop;
  });
  let top = -1;
  await expect.poll(async () => top === (top = await scrollTop())).toBe(true);
  await page.evaluate(async () => {
    document.querySelector('.test-line-above')?.remove();
    // Two frames: the resize is observed and answered, were it to be.
    for (let frame = 0; frame < 2; frame++) await new Promise(requestAnimationFrame);
  });
  expect(await console.thread.evaluate((thread) => thread.scrollTop)).toBe(top);
});

test('the tools pane folds with its toggle and `l`, and unfolds when a tool is asked for', async ({ page, laptop }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const console = await openLongCase(page, laptop);
  const tools = new ToolsPane(page);
  const pane = tools.root;
  const toggle = tools.toggle;
  await expect(toggle).toHaveAccessibleName('Ocultar herramientas');
  await expect(toggle).toHaveAttribute('aria-keyshortcuts', 'l');
  const wide = (await console.thread.boundingBox())?.width ?? 0;
  await toggle.click();
  await expect(pane).toHaveAttribute('data-collapsed', 'true');
  await expect.poll(async () => (await console.thread.boundingBox())?.width ?? 0).toBeGreaterThan(wide + 200);
  // Asking for a tool (here the knowledge shortcut) shows it.
  await console.focusConsole();
  await page.keyboard.press('b');
  await expect(pane).toHaveAttribute('data-collapsed', 'false');
  await expect(tools.tab('knowledge')).toHaveAttribute('aria-selected', 'true');
  // `l` folds and unfolds it from the keyboard (not while typing: the search box has the focus).
  await console.focusConsole();
  await page.keyboard.press('l');
  await expect(pane).toHaveAttribute('data-collapsed', 'true');
  await page.keyboard.press('l');
  await expect(pane).toHaveAttribute('data-collapsed', 'false');

  // On a narrow window it folds by itself and opens over the case, never widening the page.
  await page.setViewportSize({ width: 1024, height: 640 });
  await expect(pane).toHaveAttribute('data-collapsed', 'true');
  await tools.toggle.click();
  await expect(pane).toHaveAttribute('data-collapsed', 'false');
  await expect(tools.tab('customer')).toBeVisible();
  const figures = await measureLayout(page);
  expect(figures.cutTabs).toEqual([]);
  expect(figures.page.scrollWidth).toBeLessThanOrEqual(1024);
  await tools.toggle.click();
  await expect(pane).toHaveAttribute('data-collapsed', 'true');
  await tools.railButton('templates').click();
  await expect(tools.tab('templates')).toHaveAttribute('aria-selected', 'true');
});

test('no serious or critical accessibility violations in the laptop layout, light and dark', async ({ page, laptop }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const console = await openLongCase(page, laptop);
  const casePane = new CasePane(page);
  const header = new AppHeader(page);
  const tools = new ToolsPane(page);
  await casePane.detailsToggle.click();
  await expect(casePane.details).toBeVisible();
  for (const theme of ['light', 'dark'] as const) {
    await header.setTheme(theme);
    await page.setViewportSize({ width: 1366, height: 768 });
    expect(await seriousViolations(page), theme).toEqual([]);
    await console.filterButton.click();
    await expect(console.filterPanel).toBeVisible();
    expect(await seriousViolations(page), `${theme}, filters open`).toEqual([]);
    await page.keyboard.press('Escape');
    await page.setViewportSize({ width: 1024, height: 640 });
    await tools.toggle.click(); // the tools over the case
    expect(await seriousViolations(page), `${theme}, narrow`).toEqual([]);
    await tools.toggle.click();
  }
});

test('a case with an unsent draft is marked in the inbox until the reply goes out', async ({ page, laptop }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const console = new ConsolePage(page);
  await console.open(laptop.url);
  const [first, second] = await console.caseNumbers();
  const marker = console.draftMarker(first!);
  await expect(marker).toHaveCount(0);
  await console.openCase(first!);
  await console.replyBox.fill('Hola, estoy revisando tu caso');
  await console.openCase(second!); // leaving the case saves its draft at once
  await expect(marker).toBeVisible();
  await expect(marker).toHaveAccessibleName('Borrador sin enviar');
  await console.openCase(first!);
  await expect(console.replyBox).toHaveValue('Hola, estoy revisando tu caso');
  await console.replyBox.press('Control+Enter');
  await expect(console.replyBox).toHaveValue('');
  await expect(marker).toHaveCount(0);
});

test('a trainee joins a class from the first run and the long class title gives way in the header, not the profile', async ({ page }) => {
  const sandbox = await startSandbox();
  const start = await sandbox.control<{ trainees: { password: string }[] }>('POST', '/v1/classes', { scenario: 'primer-dia', trainees: ['Ana Gómez'] });
  const profiles = tempDir('atiende-e2e-');
  const harness = await startHarness(['--profile', profiles.path]);
  try {
    const firstRun = new FirstRun(page);
    for (const size of SIZES.slice(0, 2)) {
      await page.setViewportSize(size);
      await page.goto(harness.url);
      await firstRun.fillJoinClass({ server: sandbox.url, code: start.trainees[0]!.password });
      const where = `${size.width}×${size.height}`;
      // The three ways and the open form fit the window: Unirme and Cancelar in view, no page scroll.
      for (const button of [firstRun.joinClassSubmit, firstRun.joinClassCancel]) {
        expect(await fitsWindow(button), where).toEqual({ inside: true, pageScrolls: false });
      }
    }
    await firstRun.joinClassSubmit.click();
    const header = new AppHeader(page);
    await expect(header.orgServer).toHaveText('Clase: Primer día: consultas, una baja y un DNI en público');
    await expect(header.orgServer).toHaveAttribute('title', /^Clase: Primer día: consultas, una baja y un DNI en público — http/);
    const console = new ConsolePage(page);
    await expect(console.search).toBeVisible();
    for (const size of SIZES.slice(0, 2)) {
      await page.setViewportSize(size);
      const where = `${size.width}×${size.height}`;
      await expect(header.profileName, where).toHaveText('Perfil: Ana Gómez');
      expect(await textCut(header.profileName), where).toBe(false);
      expect(await placeholderFits(console.search), where).toBe(true);
      const figures = await measureLayout(page);
      expect(figures.headerOneRow, where).toBe(true);
      expect(figures.page.scrollWidth, where).toBeLessThanOrEqual(size.width);
    }
  } finally {
    harness.child.kill('SIGTERM');
    await sandbox.stop();
    profiles.remove();
  }
});

test('a supervisor’s header, five sections and the presence selector, stays one row at 1280×720 and names its pickers', async ({ page, team }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(await team.consoleOf('sofia'));
  const header = new AppHeader(page);
  await expect(new ConsolePage(page).search).toBeVisible();
  // the words before the pickers give way below 1440 px: each picker still says what it is
  await expect(header.languageSwitch).toHaveAttribute('title', 'Idioma');
  await expect(header.languageSwitch).toHaveAccessibleName('Idioma');
  await expect(header.themeSwitch).toHaveAttribute('title', 'Tema');
  await expect(header.themeSwitch).toHaveAccessibleName('Tema');
  const figures = await measureLayout(page);
  expect(figures.headerOneRow).toBe(true);
  expect(figures.page.scrollWidth).toBeLessThanOrEqual(1280);
});
