// Calidad's Informe and Formulario in Chromium: sofia reviews a case of a drawn pack, the report
// shows it in a chart with its table beside it and downloads its CSV, and the scorecard editor
// saves a new version. Both panes fit the window at both laptop sizes and are axe-clean.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { QualityPage } from './pages/quality-page.ts';
import { fitsWindow } from './pages/window-fit.ts';

const LAPTOPS = [{ width: 1366, height: 768 }, { width: 1280, height: 720 }];

const seriousViolations = async (page: Page, selector: string) =>
  (await new AxeBuilder({ page }).include(selector).analyze()).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

const daysAgo = (days: number): string => {
  const date = new Date(Date.now() - days * 86_400_000);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
};

test('sofia reads her review in the report, downloads its CSV, and saves a new version of the scorecard', async ({ page, team }) => {
  // A draw, a whole review and four axe runs at two sizes: about a minute on a busy 2-core machine.
  test.slow();
  const quality = new QualityPage(page);
  await page.goto(await team.consoleOf('sofia'));
  await quality.open();

  // Nothing reviewed yet: the report says so.
  await quality.reportButton.click();
  await expect(quality.reportButton).toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId('qa-report-empty')).toHaveText('Todavía no se enviaron evaluaciones en este período.');

  await quality.fillDraw({ from: daysAgo(120), team: 'soporte', perAgent: 1, by: [] });
  await quality.preview();
  await expect(quality.drawResult).toContainText('3 casos.');
  await quality.confirm();
  await quality.openCase(0);
  await expect(quality.reviewCriteria.first()).toBeVisible();
  await quality.answerAllAndSubmit();
  await expect(quality.reviewState).not.toHaveText('Sin empezar');
  await page.keyboard.press('Escape');
  await expect(quality.caseDialog).toBeHidden();

  await quality.reportButton.click();
  await expect(quality.reportTotal).toContainText('1 evaluación');
  await expect(quality.averageChart).toBeVisible();
  await expect(quality.averageTable).toBeVisible();
  await expect(quality.averageTable.getByRole('row')).toHaveCount(2);
  await expect(quality.trendChart).toBeVisible();
  const download = page.waitForEvent('download');
  await quality.reportCsv.click();
  expect((await download).suggestedFilename()).toMatch(/^calidad-agent-\d{4}-\d{2}-\d{2}\.csv$/);
  for (const size of LAPTOPS) {
    await page.setViewportSize(size);
    expect(await fitsWindow(quality.root)).toMatchObject({ pageScrolls: false });
    expect(await seriousViolations(page, '[data-testid="quality-page"]')).toEqual([]);
  }

  // Formulario: the editor, and a save becomes version 2.
  await quality.scorecardButton.focus();
  await page.keyboard.press('Enter');
  await expect(quality.scorecardButton).toHaveAttribute('aria-current', 'page');
  await expect(quality.scorecard).toContainText('versión 1 en vigor');
  await quality.renameScorecard('Planilla de soporte');
  await expect(quality.scorecard).toContainText('Planilla de soporte, versión 2 en vigor');
  for (const size of LAPTOPS) {
    await page.setViewportSize(size);
    expect(await fitsWindow(quality.root)).toMatchObject({ pageScrolls: false });
    expect(await seriousViolations(page, '[data-testid="quality-page"]')).toEqual([]);
  }
});
