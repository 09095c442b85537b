// A calibration session in Chromium: sofia opens one with valeria over two of lucia's cases;
// each reviews blind (valeria sees none of sofia's answers before submitting hers), and then
// the side-by-side shows each case's spread and agreement to both of them.
import { longAgo, reviewKeys } from '../fixtures/qa-review.ts';
import { expect, test } from './fixtures.ts';
import { QualityPage } from './pages/quality-page.ts';
import { SyncBar } from './pages/sync-bar.ts';

test('sofia and valeria calibrate blind on two cases and then see the spread side by side', async ({ page, team }) => {
  // Two supervisors each review two whole cases: close to a minute on a busy 2-core machine.
  test.slow();
  const quality = new QualityPage(page);
  const sync = new SyncBar(page);
  await page.goto(await team.consoleOf('sofia'));
  await quality.open();
  await quality.fillDraw({ from: longAgo(), agents: 'lucia', perAgent: 2, by: [] });
  await quality.preview();
  await quality.confirm();
  await expect(quality.packCases).toHaveCount(2);
  await quality.calibrateWith('valeria');
  await expect(quality.calibration).toBeVisible();
  await expect(quality.calibrationTotals).toHaveText('0 de 2 casos comparados · 0 por encima de la meta');

  // sofia, the benchmark, reviews both.
  for (const index of [0, 1]) {
    await quality.openCase(index);
    await quality.answerByKeys(reviewKeys({}));
    await quality.submitReview();
    await expect(quality.reviewState).not.toHaveText('Sin empezar');
    await quality.closeCase();
  }
  await sync.syncNow();
  await expect(sync.pendingCount).toHaveAttribute('data-count', '0');
  await expect(quality.calibrationCases.first()).toContainText('esperando a valeria');

  // valeria: blind until she submits. Nothing of sofia's is on her screen.
  await page.goto(await team.consoleOf('valeria'));
  await quality.open();
  await quality.openPack(0);
  await expect(quality.calibration).toBeVisible();
  await expect(quality.calibrationTotals).toHaveText('0 de 2 casos comparados · 0 por encima de la meta');
  await expect(quality.calibration.getByRole('columnheader', { name: 'sofia' })).toHaveCount(0);
  // She rates the first case's tone 1 of 5 where sofia gave 5; the second as sofia did.
  for (const [index, humble] of [[0, '1'], [1, '5']] as const) {
    await quality.openCase(index);
    await expect(quality.reviewState).toHaveText('Sin empezar');
    await expect(quality.reviewScreen.getByRole('button', { pressed: true })).toHaveCount(0);
    await quality.answerByKeys(reviewKeys({ humble }));
    await quality.submitReview();
    await quality.closeCase();
  }
  await sync.syncNow();
  await expect(sync.pendingCount).toHaveAttribute('data-count', '0');
  await sync.syncNow();

  const showsSpread = async () => {
    await expect(quality.calibrationTotals).toHaveText('2 de 2 casos comparados · 1 por encima de la meta');
    const [first, second] = [quality.calibrationCases.nth(0), quality.calibrationCases.nth(1)];
    await expect(first).toHaveAttribute('data-flagged', 'true');
    await expect(second).toHaveAttribute('data-flagged', 'false');
    await expect(second.locator('caption')).toContainText('diferencia 0 puntos, acuerdo 100 %');
    // The first: one criterion of n apart, and the spread is the distance between the two scores.
    const criteria = await first.locator('tbody tr[data-same]').count();
    await expect(first.locator('tbody tr[data-same="false"]')).toHaveCount(1);
    const scores = (await first.locator('tbody tr:not([data-same]) td').allInnerTexts()).map((cell) => Number.parseFloat(cell));
    const spread = Math.round(Math.abs(scores[0]! - scores[1]!) * 100) / 100;
    expect(spread).toBeGreaterThan(5);
    await expect(first.locator('caption')).toContainText(`diferencia ${spread} puntos, acuerdo ${Math.round(((criteria - 1) / criteria) * 100)} %`);
  };
  await showsSpread();

  await page.goto(await team.consoleOf('sofia'));
  await quality.open();
  await quality.packRows.filter({ hasText: 'Calibración' }).click();
  await showsSpread();
});
