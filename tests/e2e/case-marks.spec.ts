// The case marks and the coaching plan, end to end in Chromium against a real sandbox: a case
// resolved with its product and "Evitó un llamado", "Respondió otro cliente" on a public case,
// and a supervisor writing an agent's objective and weekly note offline, delivered once when the
// server is back, then read (read-only) by the agent. Axe-clean, and inside the window at both
// laptop sizes.
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { CaseActions } from './pages/case-actions.ts';
import { CoachingPlanPage } from './pages/coaching-plan.ts';
import { ConsolePage } from './pages/console-page.ts';
import { QualityPage } from './pages/quality-page.ts';
import { SyncBar } from './pages/sync-bar.ts';
import { fitsWindow } from './pages/window-fit.ts';

const LAPTOPS = [{ width: 1366, height: 768 }, { width: 1280, height: 720 }];
type Db = { prepare(sql: string): { get(...params: unknown[]): unknown; all(...params: unknown[]): unknown[] } };

const seriousViolations = async (page: Page, selector?: string) => {
  const builder = new AxeBuilder({ page });
  return (await (selector ? builder.include(selector) : builder).analyze()).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
};

/** Inside the window, the page not scrolling, at both laptop sizes. */
async function fitsLaptops(page: Page, part: Locator): Promise<void> {
  for (const size of LAPTOPS) {
    await page.setViewportSize(size);
    expect(await fitsWindow(part), `${size.width}×${size.height}`).toEqual({ inside: true, pageScrolls: false });
  }
}

test('a public case marked answered by another customer, then resolved with its product and a call avoided', async ({ page, atiende }) => {
  const console = new ConsolePage(page);
  const actions = new CaseActions(page);
  const db = (): Db => atiende.sandbox.server.db;
  await console.open(atiende.url);
  // #1001: Ana Gómez's open complaint on X, a public channel.
  await console.find('amenaza con irse');
  await expect(console.rows).toHaveCount(1);
  await console.openCase(1001);

  await actions.openDetails();
  await expect(actions.peerAnswered).toHaveAttribute('aria-pressed', 'false');
  await actions.peerAnswered.click();
  await expect(actions.peerAnswered).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => db().prepare("SELECT peer_answered FROM cases WHERE id = 'case-001'").get()).toEqual({ peer_answered: 1 });

  await actions.openResolve();
  await expect(actions.product).toHaveValue('');
  // Retired products are not offered.
  await expect(actions.product.getByRole('option', { name: 'Telefonía fija' })).toHaveCount(0);
  await actions.product.selectOption({ label: 'Fibra 300 Mb' });
  await actions.callAvoided.check();
  await fitsLaptops(page, actions.resolveDialog);
  expect(await seriousViolations(page)).toEqual([]);
  await actions.resolve('Queja', 'favour');

  await expect(actions.status).toHaveAttribute('data-status', 'resolved');
  await expect(actions.shownProduct).toHaveText('Fibra 300 Mb');
  await expect(actions.shownCallAvoided).toHaveText('Evitó un llamado');
  await expect.poll(() => db().prepare("SELECT status, reason, product, call_avoided, peer_answered FROM cases WHERE id = 'case-001'").get())
    .toEqual({ status: 'resolved', reason: 'complaint', product: 'fibra_300', call_avoided: 1, peer_answered: 1 });
  await expect.poll(() => db().prepare("SELECT count(*) AS n FROM mutation_log WHERE name IN ('set_status', 'mark_peer_answered')").get())
    .toEqual({ n: 2 });
  await expect(actions.refusedChanges).toHaveCount(0);

  // A private case has no such mark: #1006, Instagram direct messages.
  await console.find('microcortes');
  await expect(console.rows).toHaveCount(1);
  await console.openCase(1006);
  await actions.openDetails();
  await expect(page.getByTestId('case-visibility')).toHaveAttribute('data-visibility', 'private');
  await expect(actions.peerAnswered).toHaveCount(0);
});

test('sofia writes lucia’s objective and weekly note offline, the server gets each once, and lucia reads them read-only', async ({ page, team }) => {
  test.slow();
  const quality = new QualityPage(page);
  const plan = new CoachingPlanPage(page);
  const sync = new SyncBar(page);
  const db = (): Db => team.sandbox.server.db;
  await page.goto(await team.consoleOf('sofia'));
  await quality.open();
  await plan.openFor('Lucía Fernández');
  await expect(plan.objectives).toHaveCount(0);

  await team.sandbox.goOffline();
  await plan.writeObjective({
    metric: 'Primera respuesta (segundos)', comparison: 'como máximo', target: '600', due: '2026-12-31', note: 'Bajar la espera en <b>WhatsApp</b>',
  });
  await plan.writeNote('2026-12-02', 'Revisamos los casos de la semana.\nPróxima: el CSAT.');
  await expect(plan.objectives).toHaveCount(1);
  await expect(plan.objectives.first()).toContainText('Primera respuesta (segundos) como máximo 600');
  // Written by someone, shown as text: the markup stays letters.
  await expect(plan.objectives.first()).toContainText('Bajar la espera en <b>WhatsApp</b>');
  await expect(plan.notes).toHaveCount(1);
  await expect(plan.notes.first()).toHaveAttribute('data-week', '2026-11-30');
  await expect(plan.pending).toHaveCount(2);
  await fitsLaptops(page, plan.root);
  expect(await seriousViolations(page, '[data-testid="coaching-pane"]')).toEqual([]);

  // The server comes back on the same port, with its data; the console delivers each once.
  await team.sandbox.restart();
  await sync.syncNow();
  await expect(plan.pending).toHaveCount(0);
  await sync.syncNow();
  expect(db().prepare('SELECT agent FROM coaching_objectives').all()).toEqual([{ agent: 'lucia' }]);
  expect(db().prepare('SELECT id, week FROM coaching_notes').all()).toEqual([{ id: 'lucia/2026-11-30', week: '2026-11-30' }]);
  expect(db().prepare("SELECT status, count(*) AS n FROM mutation_log WHERE name LIKE 'save_coaching_%' GROUP BY status").all())
    .toEqual([{ status: 'applied', n: 2 }]);

  // Lucía reads her plan in "Mis evaluaciones", with nothing to change.
  const agentPage = await page.context().newPage();
  await agentPage.goto(await team.consoleOf('lucia'));
  const mine = new CoachingPlanPage(agentPage);
  await new QualityPage(agentPage).section('myReviews').click();
  await expect(mine.objectives).toHaveCount(1);
  await expect(mine.objectives.first()).toContainText('como máximo 600');
  await expect(mine.notes.first()).toContainText('Próxima: el CSAT.');
  await expect(mine.notes.first()).toContainText('Sofía Benítez');
  await expect(mine.readOnly).toBeVisible();
  await expect(mine.addObjective).toHaveCount(0);
  await expect(mine.addNote).toHaveCount(0);
  await expect(mine.root.getByTestId('coaching-edit-objective')).toHaveCount(0);
  await fitsLaptops(agentPage, agentPage.getByTestId('my-reviews'));
  expect(await seriousViolations(agentPage, '[data-testid="coaching-plan"]')).toEqual([]);
});
