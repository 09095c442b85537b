// Resolving with a classification and moving a public case to private, end to end: Debian's
// Chromium, the browser harness and a real sandbox server.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { CaseActions } from './pages/case-actions.ts';
import { ConsolePage } from './pages/console-page.ts';
import { SyncBar } from './pages/sync-bar.ts';

type Db = { prepare(sql: string): { get(...params: unknown[]): unknown } };
const serverCase = (db: Db, id: string) => db.prepare('SELECT status, reason, resolution, moved_to, continued_in FROM cases WHERE id = ?').get(id);

const seriousViolations = async (page: Page) =>
  (await new AxeBuilder({ page }).analyze()).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.length}`);

/** Finds a case by words of its subject (the inbox is virtualised) and opens it. */
async function openBySubject(console: ConsolePage, words: string, number: number): Promise<void> {
  await console.find(words);
  await expect(console.rows).toHaveCount(1);
  await console.openCase(number);
}

test('resolving without a reason is refused in words; with a reason and "a favor" the case is resolved', async ({ page, atiende }) => {
  const console = new ConsolePage(page);
  const actions = new CaseActions(page);
  await console.open(atiende.url);
  // #1032: an open webchat case nobody has classified yet.
  await openBySubject(console, 'Insultos al chat', 1032);
  await actions.openResolve();
  await expect(actions.reason).toHaveValue('');
  expect(await seriousViolations(page)).toEqual([]);

  await actions.favour.check();
  await actions.submit.click();
  await expect(actions.resolveProblem).toHaveText('Elegí el motivo de contacto: sin tipificación el caso no se puede resolver.');
  await expect(actions.reason).toBeFocused();
  await expect(actions.reason).toHaveAttribute('aria-invalid', 'true');
  await page.keyboard.press('Escape');
  await expect(actions.resolveDialog).toBeHidden();
  // A full sync cycle later nothing was sent: no change refused, the case still open everywhere.
  const sync = new SyncBar(page);
  await sync.syncNow();
  await expect(sync.state).toHaveAttribute('data-state', 'idle');
  await expect(sync.pendingCount).toHaveAttribute('data-count', '0');
  await expect(actions.refusedChanges).toHaveCount(0);
  await expect(actions.status).toHaveAttribute('data-status', 'open');
  expect(serverCase(atiende.sandbox.server.db, 'case-032')).toMatchObject({ status: 'open', reason: null });

  await actions.openResolve();
  await actions.resolve('Queja', 'favour');
  await expect(actions.status).toHaveAttribute('data-status', 'resolved');
  await expect(actions.shownReason).toHaveText('Queja');
  await expect(actions.shownResolution).toHaveText('A favor del cliente');
  await expect.poll(() => serverCase(atiende.sandbox.server.db, 'case-032'))
    .toMatchObject({ status: 'resolved', reason: 'complaint', resolution: 'favour' });
  await expect(actions.refusedChanges).toHaveCount(0);
});

test('the case’s own reason comes preselected, and the dialog works from the keyboard', async ({ page, atiende }) => {
  const console = new ConsolePage(page);
  const actions = new CaseActions(page);
  await console.open(atiende.url);
  await openBySubject(console, 'amenaza con irse', 1001);
  await actions.resolveButton.focus();
  await page.keyboard.press('Enter');
  await expect(actions.reason).toHaveValue('complaint');
  // Submitting without the outcome says what is missing and sends nothing.
  await actions.submit.press('Enter');
  await expect(actions.resolveProblem).toHaveText('Indicá si se resolvió a favor o en contra del cliente.');
  await actions.against.focus();
  await page.keyboard.press('Space');
  await actions.submit.press('Enter');
  await expect(actions.resolveDialog).toBeHidden();
  await expect(actions.status).toHaveAttribute('data-status', 'resolved');
  await expect.poll(() => serverCase(atiende.sandbox.server.db, 'case-001'))
    .toMatchObject({ status: 'resolved', reason: 'complaint', resolution: 'against' });
});

test('moving a public case to private sends the invitation, and the private case that follows is linked', async ({ page, atiende }) => {
  const console = new ConsolePage(page);
  const actions = new CaseActions(page);
  await console.open(atiende.url);
  await openBySubject(console, 'amenaza con irse', 1001);
  await actions.openMove();
  await expect(actions.target).toHaveValue('x_dm');
  await expect(actions.invitation).toHaveValue(/^Hola Ana, queremos ayudarte\. Por tu seguridad seguimos por DM: .* \^Lucía/);
  expect(await seriousViolations(page)).toEqual([]);
  const invitation = await actions.invitation.inputValue();
  await actions.sendInvitation();

  await expect(console.stateOf(invitation)).toHaveAttribute('data-state', 'sent');
  await expect(actions.movedTo).toHaveAttribute('data-channel', 'x_dm');
  expect((await atiende.sandbox.outbound()).filter((m) => m.kind === 'move_to_private')).toEqual([
    expect.objectContaining({ caseId: 'case-001', channel: 'x_mention', text: invitation }),
  ]);

  const { caseId } = await atiende.sandbox.control<{ caseId: string }>('POST', '/v1/sandbox/inbound', {
    channel: 'x_dm', customer: { name: 'Ana Gómez', handle: '@anagomez_cba' }, text: 'Hola, sigo por acá: mi número de cliente es 884422',
  });
  const number = Number(/\d+$/.exec(caseId)?.[0]);
  await expect(actions.continuedIn).toHaveText(`Continúa en el caso #${number}`);
  await actions.openContinuedIn();
  await expect(console.caseView).toHaveAttribute('data-case-id', caseId);
  await expect(actions.continues).toHaveText('Viene del caso público #1001');
  await expect(actions.moveButton).toHaveCount(0);
  await actions.openContinues();
  await expect(console.caseView).toHaveAttribute('data-case-id', 'case-001');
  expect(serverCase(atiende.sandbox.server.db, 'case-001')).toMatchObject({ moved_to: 'x_dm', continued_in: caseId });
});

test('an invitation that is empty or too long for the public channel is not sent', async ({ page, atiende }) => {
  const console = new ConsolePage(page);
  const actions = new CaseActions(page);
  const sync = new SyncBar(page);
  const problem = actions.moveProblem;
  await console.open(atiende.url);
  await openBySubject(console, 'publicó número de cliente', 1047);
  await actions.openMove();
  await actions.invitation.fill('');
  await actions.moveSend.click();
  await expect(problem).toHaveText('Escribí la invitación antes de enviarla.');
  await actions.invitation.fill('Escribinos por DM. '.repeat(16));
  await actions.moveSend.click();
  await expect(problem).toHaveText('Demasiado larga para Mención en X: 304 de 280 caracteres como máximo.');
  await page.keyboard.press('Escape');
  await expect(actions.moveDialog).toBeHidden();
  await sync.syncNow();
  await expect(sync.state).toHaveAttribute('data-state', 'idle');
  await expect(actions.movedTo).toHaveCount(0);
  expect(await atiende.sandbox.outbound()).toEqual([]);
});
