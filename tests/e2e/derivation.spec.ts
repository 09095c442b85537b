// Derivation end to end in Chromium against a real sandbox: lucia derives a billing question to
// Facturación offline (keys only), sees "Derivado a Facturación" and is offered the holding
// reply; back online it is delivered once; mateo, Facturación's member, finds it among the cases
// derived to him and answers internally; the case comes back to lucia with his note.
// Axe-clean, and inside the window at both laptop sizes, with several cases derived to mateo too.
import { Feed } from '../../src/server/feed.ts';
import { nextVersion } from '../../src/server/schema.ts';
import { expect, test } from './fixtures.ts';
import { seriousViolations } from './pages/axe.ts';
import { ConsolePage } from './pages/console-page.ts';
import { DerivationPanel } from './pages/derivation.ts';
import { SyncBar } from './pages/sync-bar.ts';
import { fitsLaptops } from './pages/window-fit.ts';

type Db = { prepare(sql: string): { get(...params: unknown[]): unknown; all(...params: unknown[]): unknown[] } };

test('lucia derives a billing question to Facturación offline, it is delivered once, and mateo’s internal answer comes back to her', async ({ page, team }) => {
  test.slow();
  const db = (): Db => team.sandbox.server.db;
  const console = new ConsolePage(page);
  const derivation = new DerivationPanel(page);
  const sync = new SyncBar(page);
  await page.goto(await team.consoleOf('lucia'));
  // #1038: "Cuarto reclamo: mudanza demorada, cargos indebidos", lucia's.
  await console.find('cargos indebidos');
  await console.openCase(1038);
  await expect(derivation.panel).toHaveCount(0);

  await team.sandbox.goOffline();
  await derivation.deriveButton.focus();
  await page.keyboard.press('Enter');
  await expect(derivation.dialog).toBeVisible();
  await fitsLaptops(derivation.dialog);
  expect(await seriousViolations(page, '[data-testid="derive-dialog"]')).toEqual([]);
  await page.keyboard.press('Escape');
  await derivation.derive('Facturación', '¿Corresponde el cargo por la mudanza? <b>urgente</b>');

  await expect(derivation.title).toHaveText('Derivado a Facturación');
  // Written by an agent, shown as text.
  await expect(derivation.shownNote).toContainText('¿Corresponde el cargo por la mudanza? <b>urgente</b>');
  await expect(derivation.deriveButton).toHaveCount(0);
  // The holding reply goes into the reply box, for the agent to send.
  await derivation.holdingReply.click();
  await expect(console.replyBox).toHaveValue(/estamos consultando con el área correspondiente/);
  await fitsLaptops(console.caseView);
  expect(await seriousViolations(page, '[data-testid="derivation"]')).toEqual([]);

  await team.sandbox.restart();
  await sync.syncNow();
  await sync.syncNow();
  await expect.poll(() => db().prepare("SELECT count(*) AS n FROM mutation_log WHERE name = 'derive_case' AND status = 'applied'").get()).toEqual({ n: 1 });
  expect(db().prepare("SELECT by_agent, to_ref, state FROM derivations WHERE case_id = 'case-038'").all())
    .toEqual([{ by_agent: 'lucia', to_ref: 'area:facturacion', state: 'derived' }]);
  await expect(derivation.title).toHaveText('Derivado a Facturación');

  // mateo, in Facturación, finds it among the cases derived to him and answers internally.
  const mateoPage = await page.context().newPage();
  await mateoPage.goto(await team.consoleOf('mateo'));
  const mateo = new DerivationPanel(mateoPage);
  await expect(mateo.derivedCases).toHaveCount(1);
  await expect(mateo.derivedCases.first()).toContainText('#1038');
  await mateo.derivedCases.first().click();
  await expect(mateo.title).toHaveText('Derivado a Facturación');
  await expect(mateo.shownNote).toContainText('¿Corresponde el cargo por la mudanza?');
  await expect(mateo.deriveButton).toHaveCount(0);
  await fitsLaptops(mateoPage.getByTestId('case-view'));
  expect(await seriousViolations(mateoPage, '[data-testid="derivation"]')).toEqual([]);
  await mateo.answer('Sí corresponde: se bonifica en la próxima factura.');
  await expect(mateo.title).toHaveText('Facturación respondió');
  await expect(mateo.answerButton).toHaveCount(0);
  await new SyncBar(mateoPage).syncNow();
  await expect.poll(() => db().prepare("SELECT state, answer, answered_by FROM derivations WHERE case_id = 'case-038'").get())
    .toEqual({ state: 'answered', answer: 'Sí corresponde: se bonifica en la próxima factura.', answered_by: 'mateo' });
  await expect(mateo.derivedToMe).toHaveCount(0);

  // Six more of lucia's cases derived to mateo (written on the server as derive_case does): the
  // list names who derived them and stays a few lines high, scrolling, above his inbox.
  const server = team.sandbox.server.db;
  const others = server.prepare<[], { id: string }>(
    "SELECT id FROM cases WHERE assigned_to = 'lucia' AND id <> 'case-038' AND status <> 'resolved' ORDER BY number LIMIT 6").all();
  for (const [i, { id }] of others.entries()) {
    server.prepare(`INSERT INTO derivations (id, seq, case_id, by_agent, to_ref, note, reason, state, created_at, updated_at)
      VALUES (?, ?, ?, 'lucia', 'agent:mateo', 'Consulta', NULL, 'derived', ?, ?)`).run(`more-${i}`, 100 + i, id, new Date().toISOString(), new Date().toISOString());
    server.prepare("INSERT INTO derivation_recipients (derivation_id, username) VALUES (?, 'mateo')").run(`more-${i}`);
    server.prepare('UPDATE cases SET version = ? WHERE id = ?').run(nextVersion(server), id);
    await team.sandbox.server.withSql((sql) => new Feed(sql).publishCase(id));
  }
  await new SyncBar(mateoPage).syncNow();
  await expect(mateo.derivedCases).toHaveCount(6);
  await expect(mateo.derivedCases.first()).toContainText('de Lucía Fernández');
  await mateoPage.setViewportSize({ width: 1280, height: 720 });
  const listed = await mateo.derivedToMe.boundingBox();
  expect(listed?.height ?? 0).toBeLessThan(120);
  await fitsLaptops(mateo.derivedToMe);

  // Back with lucia, with mateo's note; she may derive it again.
  await sync.syncNow();
  await expect(derivation.title).toHaveText('Facturación respondió');
  await expect(derivation.shownNote).toHaveText('Sí corresponde: se bonifica en la próxima factura.');
  await expect(derivation.deriveButton).toBeVisible();
  expect(db().prepare("SELECT assigned_to FROM cases WHERE id = 'case-038'").get()).toEqual({ assigned_to: 'lucia' });
});
