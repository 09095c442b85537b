// Takes the README's screenshots from the browser harness: `node scripts/screenshots.ts`
// after `npm run build`. Uses the training scenario, so no real customer ever appears.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { Harness } from '../src/main/harness/server.ts';
import { CSAT_SETTING, DEFAULT_CSAT } from '../src/shared/csat/settings.ts';
import { CHROMIUM } from '../tests/fixtures/chromium.ts';
import { classShots } from './class-shots.ts';

const out = (name: string) => fileURLToPath(new URL(`../docs/screenshots/${name}`, import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'atiende-shots-'));
const rendererDir = fileURLToPath(new URL('../out/renderer', import.meta.url));
const harness = new Harness({ profilesRoot: root, rendererDir });
const browser = await chromium.launch(CHROMIUM);
try {
  const url = await harness.listen(0);
  await harness.controller.openSandbox();
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'es-AR', timezoneId: 'America/Argentina/Buenos_Aires' });
  await page.goto(url);
  await page.getByTestId('case-row').first().waitFor();
  await page.getByTestId('sync-state').and(page.locator('[data-state="idle"]')).waitFor();
  await page.screenshot({ path: out('inbox.png') });
  await page.getByTestId('case-row').first().click();
  await page.getByTestId('case-thread').waitFor();
  await page.getByTestId('reply-box').fill('Hola Martín, ya escalamos el corte con el equipo técnico. Te aviso apenas tengamos novedades.');
  await page.screenshot({ path: out('case.png') });
  await page.getByTestId('kb-search').fill('corte masivo');
  await page.getByTestId('kb-result').first().click();
  await page.getByTestId('kb-article').waitFor();
  await page.screenshot({ path: out('knowledge.png') });
  const quality = await qualityShots(page, url);
  const teamView = await teamShots(page, url);
  const csat = await csatShot(page, url);
  const classes = await classShots({ harness, browser, url, rendererDir, out });
  process.stdout.write(`Saved ${['inbox.png', 'case.png', 'knowledge.png', ...quality, ...teamView, ...csat, ...classes].map(out).join(', ')}\n`);
} finally {
  await browser.close();
  await harness.close();
  rmSync(root, { recursive: true, force: true });
}

/** The supervisors' Calidad and Reportes screens as sofia, then Mis evaluaciones as an agent. */
async function qualityShots(page: Page, url: string): Promise<string[]> {
  await harness.controller.openSandbox('sofia');
  await page.goto(url);
  await page.getByTestId('section-quality').click();
  await page.getByTestId('qa-draw-open').click();
  const dialog = page.getByTestId('qa-draw-dialog');
  await dialog.getByTestId('qa-draw-team').fill('soporte');
  await dialog.getByTestId('qa-draw-per-agent').fill('4');
  for (const by of ['channel', 'seniority']) await dialog.getByTestId(`qa-draw-by-${by}`).check();
  await dialog.getByTestId('qa-draw-preview').click();
  await page.getByTestId('qa-draw-seed-shown').waitFor();
  await page.screenshot({ path: out('qa-draw.png') });
  await dialog.getByTestId('qa-draw-confirm').click();
  await page.getByTestId('qa-pack-case').first().waitFor();
  await page.screenshot({ path: out('qa-pack.png') });

  // A review half typed: the draft, the live score, the thread beside the scorecard.
  await page.getByTestId('qa-open-case').first().click();
  const criteria = page.getByTestId('qa-case-dialog').getByTestId('qa-criterion');
  await criteria.first().waitFor();
  for (let i = 0; i < 4; i += 1) await criteria.nth(i).getByRole('button', { name: /^(Sí|3|5)$/ }).last().click();
  await page.screenshot({ path: out('qa-review.png') });
  const count = await criteria.count();
  for (let i = 4; i < count; i += 1) await criteria.nth(i).getByRole('button', { name: /^(Sí|3|5)$/ }).last().click();
  await page.getByTestId('qa-submit').click();
  await page.keyboard.press('Escape');

  await page.getByTestId('qa-calibration-reviewers').fill('sofia, valeria');
  await page.getByTestId('qa-calibration-reviewers').press('Enter');
  await page.getByTestId('qa-calibration').waitFor();
  await page.screenshot({ path: out('qa-calibration.png') });

  await page.getByTestId('qa-report-open').click();
  await page.getByTestId('qa-average-chart').waitFor();
  await page.screenshot({ path: out('qa-report.png') });
  // Reportes: the month so far beside the month before, and the cases behind one figure.
  await page.getByTestId('section-reports').click();
  await page.getByTestId('reports-figures').waitFor();
  await page.getByRole('button', { name: 'Ver casos: Quejas' }).click();
  await page.getByTestId('reports-drill-rows').waitFor();
  await page.screenshot({ path: out('reportes.png') });
  // Each sandbox profile has its own practice server, so the agent's page shows the sheet they
  // are reviewed with rather than sofia's review.
  await harness.controller.openSandbox('lucia');
  await page.goto(url);
  await page.getByTestId('section-myReviews').click();
  await page.getByTestId('my-sheet-toggle').click();
  await page.getByTestId('scorecard-view').waitFor();
  await page.screenshot({ path: out('my-reviews.png') });
  return ['qa-draw.png', 'qa-pack.png', 'qa-review.png', 'qa-calibration.png', 'qa-report.png', 'reportes.png', 'my-reviews.png'];
}

/** The supervisors' Equipo section as sofia, at both laptop sizes, and the reassign dialog. */
async function teamShots(page: Page, url: string): Promise<string[]> {
  await harness.controller.openSandbox('sofia');
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(url);
  await page.getByTestId('presence-select').selectOption('busy');
  await page.getByTestId('section-team').click();
  await page.getByTestId('team-queue-case').first().waitFor();
  await page.screenshot({ path: out('team.png') });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: out('team-1280.png') });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByTestId('team-reassign').first().click();
  await page.getByTestId('team-reassign-to').selectOption('mateo');
  await page.screenshot({ path: out('team-reassign.png') });
  await page.keyboard.press('Escape');
  return ['team.png', 'team-1280.png', 'team-reassign.png'];
}

/**
 * A case reopened by a negative survey answer, as lucia sees it: the survey in the thread, the
 * answer and the recontact banner. The trainer's controls of lucia's practice server play the
 * customer.
 */
async function csatShot(page: Page, url: string): Promise<string[]> {
  await harness.controller.openSandbox('lucia');
  const server = harness.controller.current.profile.server;
  const login = await fetch(`${server}/v1/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'diego', password: 'sandbox' }),
  });
  const { token } = (await login.json()) as { token: string };
  const control = async (path: string, body: unknown): Promise<{ caseId: string }> => {
    const response = await fetch(`${server}${path}`, {
      method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${path} → ${response.status} ${await response.text()}`);
    return (await response.json()) as { caseId: string };
  };
  const customer = { name: 'Marta Ríos', handle: '+5491155550199' };
  await control('/v1/sandbox/settings', { id: CSAT_SETTING, value: { ...DEFAULT_CSAT, sampleRate: 1 } });
  const { caseId } = await control('/v1/sandbox/inbound', { channel: 'whatsapp', customer, text: 'No me llega la factura de marzo', assignTo: 'lucia' });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(url);
  await page.getByTestId('inbox-search').fill('factura de marzo');
  await page.getByTestId('case-row').filter({ hasText: `#${caseId.replace('case-', '')}` }).click();
  await page.getByTestId('set-status-resolved').click();
  const dialog = page.getByTestId('resolve-dialog');
  await dialog.getByTestId('resolve-reason').selectOption({ label: 'Consulta' });
  await dialog.getByTestId('resolve-favour').check();
  await dialog.getByTestId('resolve-submit').click();
  await page.locator('[data-testid="message"][data-kind="survey"]').waitFor();
  await control('/v1/sandbox/inbound', { channel: 'whatsapp', customer, text: '2, no, no', caseId });
  await page.getByTestId('case-recontact').waitFor();
  await page.screenshot({ path: out('csat.png') });
  return ['csat.png'];
}
