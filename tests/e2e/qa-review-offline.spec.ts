// The issue's proof of supervisors' quality work, end to end in Chromium: sofia draws a
// stratified pack of 20, the server goes down, she reviews 5 by keyboard (one auto-failed on a
// public channel), reloads (drafts and queued reviews survive), finishes the rest, and when the
// server is back on the same port it holds 20 reviews, one per case. lucia disputes a criterion
// of hers and sofia amends it. The review screen is axe-clean and fits both laptop sizes.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { longAgo, reviewKeys, storedReviews } from '../fixtures/qa-review.ts';
import { expect, test } from './fixtures.ts';
import { MyReviewsPage } from './pages/my-reviews-page.ts';
import { QualityPage } from './pages/quality-page.ts';
import { SyncBar } from './pages/sync-bar.ts';
import { fitsWindow } from './pages/window-fit.ts';

const LAPTOPS = [{ width: 1366, height: 768 }, { width: 1280, height: 720 }];

const seriousViolations = async (page: Page, selector: string) =>
  (await new AxeBuilder({ page }).include(selector).analyze()).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

test('sofia reviews a pack of 20 offline across a reload, the server gets each review once, and lucia disputes one that sofia amends', async ({ page, team }) => {
  test.slow();
  const quality = new QualityPage(page);
  const sync = new SyncBar(page);
  await page.goto(await team.consoleOf('sofia'));
  await quality.open();

  // Four agents of both teams, 5 each, stratified by channel and seniority: exactly 20.
  await quality.fillDraw({ from: longAgo(), agents: 'lucia, camila, mateo, bruno', perAgent: 5, by: ['channel', 'seniority'] });
  await quality.preview();
  await expect(quality.drawResult).toContainText('20 casos.');
  const strata = await quality.strata();
  expect(strata.every((row) => /^channel=\w+\|seniority=[\w+-]+ \d+$/.test(row))).toBe(true);
  expect(strata.reduce((sum, row) => sum + Number(row.split(' ')[1]), 0)).toBe(20);
  const seed = (await quality.shownSeed.innerText()).trim();
  await quality.confirm();
  await expect(quality.packCases).toHaveCount(20);
  await expect(quality.packProgress).toHaveText('0/20 revisados');
  const numbers = await quality.caseNumbers();
  const onPublic = await quality.caseIndexesOn('public');
  expect(onPublic.length).toBeGreaterThan(0);
  const autoFailed = onPublic[0]!;
  const order = [autoFailed, ...numbers.map((_, i) => i).filter((i) => i !== autoFailed)];

  // The network goes; the pack is on this computer.
  await team.sandbox.goOffline();

  // The review screen, axe-clean and inside the window at both sizes.
  await quality.openCase(order[1]!);
  await expect(quality.reviewCriteria.first()).toBeVisible();
  for (const size of LAPTOPS) {
    await page.setViewportSize(size);
    expect(await fitsWindow(quality.caseDialog)).toEqual({ inside: true, pageScrolls: false });
    expect(await seriousViolations(page, '[data-testid="qa-case-dialog"]')).toEqual([]);
  }
  await quality.closeCase();

  // Five, by keyboard; the first on a public channel fails its critical criterion.
  for (const [n, index] of order.slice(0, 5).entries()) {
    await quality.openCase(index);
    await expect(quality.reviewState).toHaveText('Sin empezar');
    await quality.answerByKeys(reviewKeys({ autoFail: n === 0 }));
    if (n === 0) {
      await expect(quality.chosenAnswer('datos-publicos')).toHaveText('No');
      await expect(quality.autoFail).toBeVisible();
      await expect(quality.score.getByRole('strong')).toHaveText('Puntaje: 0');
      expect(await seriousViolations(page, '[data-testid="qa-case-dialog"]')).toEqual([]);
    }
    await quality.submitReview();
    await expect(quality.reviewState).toHaveText('Por enviar');
    await quality.closeCase();
  }
  await expect(quality.packProgress).toHaveText('5/20 revisados · 5 por enviar');

  // A sixth half done: its draft is saved as it is typed.
  await quality.openCase(order[5]!);
  await quality.answerByKeys(reviewKeys({}), 3);
  await expect(quality.reviewState).toHaveText('Borrador guardado');
  const drafted = (await quality.criterionIds()).slice(0, 3);
  await quality.closeCase();

  await page.reload();
  await quality.open();
  await quality.openPack(0);
  await expect(quality.packProgress).toHaveText('5/20 revisados · 5 por enviar');
  await quality.openCase(order[0]!);
  await expect(quality.reviewState).toHaveText('Por enviar');
  await expect(quality.score.getByRole('strong')).toHaveText('Puntaje: 0');
  await quality.closeCase();
  await quality.openCase(order[5]!);
  await expect(quality.reviewState).toHaveText('Borrador guardado');
  for (const id of drafted) await expect(quality.chosenAnswer(id)).toHaveCount(1);
  await expect(quality.chosenAnswer(drafted[0]!)).toHaveText(reviewKeys({})(drafted[0]!));
  await quality.closeCase();

  // The rest, still offline.
  for (const index of order.slice(5)) {
    await quality.openCase(index);
    await quality.answerByKeys(reviewKeys({}));
    await quality.submitReview();
    await expect(quality.reviewState).toHaveText('Por enviar');
    await quality.closeCase();
  }
  await expect(quality.packProgress).toHaveText('20/20 revisados · 20 por enviar');

  // The server comes back on the same port, with its data; the console delivers.
  await team.sandbox.restart();
  await sync.syncNow();
  await expect(quality.packProgress).toHaveText('20/20 revisados');
  await expect(sync.pendingCount).toHaveAttribute('data-count', '0');

  const packId = (team.sandbox.server.db.prepare("SELECT id FROM qa_packs WHERE json_extract(data, '$.seed') = ?").get(seed) as { id: string }).id;
  const { status, reviews } = await storedReviews(team.sandbox.url, 'sofia', packId);
  expect(status).toBe(200);
  expect(reviews).toHaveLength(20);
  expect(new Set(reviews.map((r) => r.caseId)).size).toBe(20);
  expect(new Set(reviews.map((r) => r.id)).size).toBe(20);
  expect(reviews.every((r) => r.reviewer === 'sofia')).toBe(true);
  const failed = reviews.filter((r) => r.answers['datos-publicos'] === 'no');
  expect(failed.map((r) => r.score)).toEqual([0]);

  // lucia reads hers and disputes "firma" on one; sofia amends it to yes.
  const mine = new MyReviewsPage(page);
  await page.goto(await team.consoleOf('lucia'));
  await quality.section('myReviews').click();
  await expect(mine.reviews).toHaveCount(5);
  // One that did not fail the critical criterion, so amending it moves the score.
  const disputed = mine.reviews.filter({ hasNot: page.getByRole('heading', { name: / · 0 puntos/ }) }).first();
  const [, number, scoreBefore] = /#(\d+) · ([\d.,]+) puntos/.exec(await mine.heading(disputed).innerText())!;
  const review = mine.review(number!);
  await mine.dispute(review, '¿Firmó con su nombre?', 'Firmé como Lucía en el segundo mensaje.');
  await expect(mine.disputeLines(review)).toHaveText(['¿Firmó con su nombre?: “Firmé como Lucía en el segundo mensaje.” — Esperando a quien evaluó']);
  await sync.syncNow();
  await expect(sync.pendingCount).toHaveAttribute('data-count', '0');

  await page.goto(await team.consoleOf('sofia'));
  await quality.open();
  await quality.disputesButton.click();
  await expect(quality.disputes.getByTestId('review-card')).toHaveCount(1);
  await expect(quality.disputes).toContainText('Firmé como Lucía en el segundo mensaje.');
  await quality.amendDispute('Sí', 'Tenés razón: la firma está.');
  await sync.syncNow();
  await expect(quality.disputes).toContainText('No hay reclamos esperando.');

  await page.goto(await team.consoleOf('lucia'));
  await quality.section('myReviews').click();
  await expect(mine.heading(review)).toContainText(`Caso #${number} · 100 puntos`);
  await expect(mine.disputeLines(review)).toContainText('Corregido a Sí: Tenés razón: la firma está.');
  await expect(mine.versions(review)).toHaveCount(2);
  await expect(mine.versions(review).first()).toContainText(`Versión 1 · ${scoreBefore} puntos`);
  await expect(mine.versions(review).nth(1)).toContainText('Versión 2 · 100 puntos');
});
