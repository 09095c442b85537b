// The supervisors' Calidad section in Chromium: sofia draws a stratified pack, sees the seed and
// the count per stratum before confirming, gets exactly that pack, opens one of its cases on the
// review screen (the thread beside the scorecard), and the same seed draws the same cases again;
// her disputes to resolve are in Calidad too, and an agent has Mis evaluaciones instead.
// Axe-clean, at both laptop sizes.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { longAgo } from '../fixtures/qa-review.ts';
import { expect, test } from './fixtures.ts';
import { MyReviewsPage } from './pages/my-reviews-page.ts';
import { QualityPage } from './pages/quality-page.ts';
import { fitsWindow } from './pages/window-fit.ts';

const LAPTOPS = [{ width: 1366, height: 768 }, { width: 1280, height: 720 }];

const seriousViolations = async (page: Page, selector: string) =>
  (await new AxeBuilder({ page }).include(selector).analyze()).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

test('sofia draws a stratified pack after seeing its seed and strata, opens a case, and a seed reproduces the draw', async ({ page, team }) => {
  // Two draws, an opened case and five axe runs: close to a minute on a busy 2-core machine.
  test.slow();
  const quality = new QualityPage(page);
  await page.goto(await team.consoleOf('sofia'));
  await expect(quality.section('inbox')).toHaveAttribute('aria-current', 'page');
  await quality.open();
  await expect(quality.section('quality')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId('qa-no-packs')).toBeVisible();

  // soporte has three agents with resolved cases (lucia, camila, joaquin): 4 each.
  await quality.fillDraw({ from: longAgo(), team: 'soporte', perAgent: 4, by: ['channel'] });
  await quality.preview();
  await expect(quality.drawResult).toContainText('12 casos.');
  const seed = (await quality.shownSeed.innerText()).trim();
  expect(seed).toMatch(/^[0-9a-f]{12}$/);
  const strata = await quality.strata();
  expect(strata.length).toBeGreaterThan(0);
  expect(strata.every((row) => /^channel=\w+ \d+$/.test(row))).toBe(true);
  expect(strata.reduce((sum, row) => sum + Number(row.split(' ')[1]), 0)).toBe(12);
  for (const size of LAPTOPS) {
    await page.setViewportSize(size);
    expect(await fitsWindow(quality.drawDialog)).toEqual({ inside: true, pageScrolls: false });
  }
  expect(await seriousViolations(page, '[data-testid="qa-draw-dialog"]')).toEqual([]);
  await quality.confirm();

  await expect(quality.drawDialog).toBeHidden();
  await expect(quality.packRows).toHaveCount(1);
  await expect(quality.packProgress).toHaveText('0/12 revisados');
  await expect(quality.packCases).toHaveCount(12);
  await expect(quality.packDetail.getByTestId('qa-pack-facts')).toContainText(`semilla ${seed}`);
  const numbers = await quality.caseNumbers();
  for (const size of LAPTOPS) {
    await page.setViewportSize(size);
    expect(await fitsWindow(quality.root)).toMatchObject({ pageScrolls: false });
  }
  expect(await seriousViolations(page, '[data-testid="quality-page"]')).toEqual([]);

  await quality.openCase(0);
  await expect(quality.reviewScreen).toBeVisible();
  await expect(quality.caseThread).toBeVisible();
  await expect(quality.caseThread.getByRole('listitem').first()).toBeVisible();
  await expect(quality.reviewCriteria.first()).toBeVisible();
  await expect(quality.reviewState).toHaveText('Sin empezar');
  for (const size of LAPTOPS) {
    await page.setViewportSize(size);
    expect(await fitsWindow(quality.caseDialog)).toEqual({ inside: true, pageScrolls: false });
    // The thread sits beside the scorecard, not above it.
    const thread = (await quality.caseThread.boundingBox())!;
    const criterion = (await quality.reviewCriteria.first().boundingBox())!;
    expect(thread.x + thread.width).toBeLessThanOrEqual(criterion.x);
    expect(criterion.y).toBeLessThan(thread.y + thread.height);
  }
  expect(await seriousViolations(page, '[data-testid="qa-case-dialog"]')).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(quality.caseDialog).toBeHidden();

  // The same seed, typed in, draws the same cases into a second pack.
  await quality.fillDraw({ from: longAgo(), team: 'soporte', perAgent: 4, by: ['channel'], seed });
  await quality.preview();
  await expect.poll(() => quality.strata()).toEqual(strata);
  await expect(quality.shownSeed).toHaveText(seed);
  await quality.confirm();
  await expect(quality.packRows).toHaveCount(2);
  await expect(quality.packCases).toHaveCount(12);
  expect(await quality.caseNumbers()).toEqual(numbers);

  // A calibration session over it (sofia alone here; the full calibration with valeria has its
  // own spec): the side-by-side waits for the reviews.
  await quality.calibrateWith('sofia');
  // The session's pack arrives by the next sync: allow a loaded machine its time.
  await expect(quality.packRows).toHaveCount(3, { timeout: 30_000 });
  await expect(quality.calibration).toBeVisible();
  await expect(quality.calibrationTotals).toHaveText('0 de 12 casos comparados · 0 por encima de la meta');
  await expect(quality.calibrationCases).toHaveCount(12);
  await expect(quality.calibrationCases.first()).toContainText('esperando a sofia');
  expect(await seriousViolations(page, '[data-testid="quality-page"]')).toEqual([]);

  // The agents' disputes waiting for her are in Calidad too.
  await quality.disputesButton.click();
  await expect(quality.disputes).toBeVisible();
  await expect(quality.disputes).toContainText('No hay reclamos esperando.');
  expect(await seriousViolations(page, '[data-testid="quality-page"]')).toEqual([]);

  // Back to the inbox: the pack's cases are not sofia's work.
  await quality.section('inbox').click();
  await expect(quality.root).toHaveCount(0);
});

test('an agent has Mis evaluaciones and no Calidad section, and a supervisor drawing from a team that does not exist is told so', async ({ page, team }) => {
  const quality = new QualityPage(page);
  const mine = new MyReviewsPage(page);
  await page.goto(await team.consoleOf('lucia'));
  await expect(page.getByTestId('hours-button')).toBeVisible();
  await expect(quality.section('quality')).toHaveCount(0);
  await expect(quality.section('myReviews')).toHaveText('Mis evaluaciones');
  await quality.section('myReviews').click();
  await expect(quality.section('myReviews')).toHaveAttribute('aria-current', 'page');
  await expect(mine.root).toContainText('Todavía no hay evaluaciones de tus casos.');
  await expect(mine.reviews).toHaveCount(0);
  for (const size of LAPTOPS) {
    await page.setViewportSize(size);
    expect(await fitsWindow(mine.root)).toMatchObject({ pageScrolls: false });
  }
  expect(await seriousViolations(page, '[data-testid="my-reviews"]')).toEqual([]);

  await page.goto(await team.consoleOf('sofia'));
  await quality.open();
  await quality.fillDraw({ from: longAgo(), team: 'cobranzas', perAgent: 2, by: [] });
  await quality.preview();
  await expect(quality.drawError).toHaveText('Ese equipo no existe.');
});
