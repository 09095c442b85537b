// The whole case by keyboard: open, answer with a template, classify, resolve and go on to the
// next one, counting the keys it takes; the state keys, the inbox keys and the `?` list.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { AppHeader } from './pages/app-header.ts';
import { CaseActions } from './pages/case-actions.ts';
import { CasePane } from './pages/case-pane.ts';
import { Composer } from './pages/composer.ts';
import { ConsolePage } from './pages/console-page.ts';
import { CustomerPanel } from './pages/customer-panel.ts';
import { ShortcutsDialog } from './pages/shortcuts-dialog.ts';
import { SyncBar } from './pages/sync-bar.ts';
import { Triage, type ListedCase } from './pages/triage.ts';

type Db = { prepare(sql: string): { get(...params: unknown[]): unknown } };
const serverCase = (db: Db, id: string) => db.prepare('SELECT status, reason, resolution FROM cases WHERE id = ?').get(id);

/** The case of the queue whose customer has waited longest, but `skip`: what `n` should open. */
function longestWaiting(queue: ListedCase[], skip: string | null): ListedCase {
  const waiting = queue.filter((c) => c.id !== skip && c.status !== 'resolved' && c.waitingSince !== null);
  const found = waiting.toSorted((a, b) => Date.parse(a.waitingSince!) - Date.parse(b.waitingSince!))[0];
  if (!found) throw new Error('No case waits in the seeded queue');
  return found;
}

/** page.keyboard.press that counts: keys beyond the text typed (page.keyboard.type counts nothing). */
function countingKeys(page: Page) {
  let count = 0;
  return {
    press: async (key: string) => {
      count += 1;
      await page.keyboard.press(key);
    },
    get count() {
      return count;
    },
  };
}

test('three cases in a row by keyboard alone, at most 10 keys each, each answered once and resolved', async ({ page, atiende }) => {
  const console = new ConsolePage(page);
  const actions = new CaseActions(page);
  const triage = new Triage(page);
  const composer = new Composer(page);
  const sync = new SyncBar(page);
  const keys = countingKeys(page);
  await console.open(atiende.url);
  const done: { id: string; reason: string; text: string }[] = [];
  const perCase: number[] = [];

  for (let round = 0; round < 3; round += 1) {
    const before = keys.count;
    const expected = longestWaiting(await triage.queue(), done.at(-1)?.id ?? null);
    await keys.press('n');
    await expect(console.caseView).toHaveAttribute('data-case-id', expected.id);
    await keys.press('r');
    await expect(console.replyBox).toBeFocused();
    await page.keyboard.type('/ajuste');
    await expect(composer.templateOptions.first()).toContainText('/ajuste');
    await keys.press('Enter');
    await expect(composer.unfilledHoles).toContainText('[amount]');
    await page.keyboard.type('$ 1.500');
    await keys.press('Tab');
    await page.keyboard.type(`NC-00${round + 1}`);
    await expect(composer.unfilledHoles).toHaveCount(0);
    const text = await console.replyBox.inputValue();
    await keys.press('Control+Shift+Enter');

    await expect(actions.resolveDialog).toBeVisible();
    if (expected.reason === null) {
      // Nothing to preselect: focus starts on the reason, the first one is a key away.
      await expect(actions.reason).toBeFocused();
      await keys.press('ArrowDown');
      await keys.press('Tab');
    } else {
      await expect(actions.reason).toHaveValue(expected.reason);
    }
    await expect(actions.favour).toBeFocused();
    const reason = await actions.reason.inputValue();
    await keys.press('Space');
    await keys.press('Enter');
    await expect(actions.resolveDialog).toBeHidden();
    await expect(actions.status).toHaveAttribute('data-status', 'resolved');
    await expect(actions.resolveButton).toHaveAttribute('aria-pressed', 'true');
    await expect(actions.resolveButton).toBeFocused();
    await expect(console.stateOf(text)).toHaveAttribute('data-state', 'sent');
    perCase.push(keys.count - before);
    done.push({ id: expected.id, reason, text });
  }

  // And on to the next: the fourth case waiting longest opens.
  const fourth = longestWaiting(await triage.queue(), done.at(-1)?.id ?? null);
  await keys.press('n');
  await expect(console.caseView).toHaveAttribute('data-case-id', fourth.id);
  expect(new Set(done.map((c) => c.id)).size).toBe(3);
  expect(done.map((c) => c.id)).not.toContain(fourth.id);
  for (const count of perCase) expect(count).toBeLessThanOrEqual(10);
  test.info().annotations.push({ type: 'keys per case', description: perCase.join(', ') });

  // On the server: one reply each, the case resolved with its reason.
  await sync.syncNow();
  await expect(sync.pendingCount).toHaveAttribute('data-count', '0');
  const outbound = await atiende.sandbox.outbound();
  for (const handled of done) {
    expect(outbound.filter((m) => m.caseId === handled.id && m.kind === 'reply').map((m) => m.text)).toEqual([handled.text]);
    expect(serverCase(atiende.sandbox.server.db, handled.id)).toEqual({ status: 'resolved', reason: handled.reason, resolution: 'favour' });
  }
});

test('Ctrl+Shift+Enter neither sends nor resolves a reply that cannot go yet', async ({ page, atiende }) => {
  const console = new ConsolePage(page);
  const actions = new CaseActions(page);
  await console.open(atiende.url);
  const composer = new Composer(page);
  const sync = new SyncBar(page);
  await console.find('amenaza con irse');
  await console.openCase(1001);
  await console.replyBox.click();
  await page.keyboard.type('/ajuste');
  await expect(composer.templateOptions.first()).toContainText('/ajuste');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Shift+Enter');
  await expect(composer.unfilledHoles).toContainText('[amount]');
  await expect(actions.resolveDialog).toBeHidden();
  // Nothing was queued: the reply stays in the box and no change waits to go out.
  await expect(console.replyBox).toHaveValue(/corresponde un ajuste de/);
  await expect(sync.pendingCount).toHaveAttribute('data-count', '0');
  await sync.syncNow();
  await expect(sync.state).toHaveAttribute('data-state', 'idle');
  expect(await atiende.sandbox.outbound()).toEqual([]);
  expect(serverCase(atiende.sandbox.server.db, 'case-001')).toMatchObject({ status: 'open' });
});

test('o, p and w change the open case’s state; e opens the resolve dialog; none act on another agent’s case', async ({ page, atiende }) => {
  const console = new ConsolePage(page);
  const actions = new CaseActions(page);
  const sync = new SyncBar(page);
  const db = atiende.sandbox.server.db;
  await console.open(atiende.url);
  await console.find('amenaza con irse');
  await console.openCase(1001);
  await console.focusConsole();

  for (const [key, status] of [['p', 'pending_company'], ['w', 'waiting_customer'], ['o', 'open']] as const) {
    await page.keyboard.press(key);
    await expect(actions.status).toHaveAttribute('data-status', status);
    await expect(actions.stateButton(status)).toHaveAttribute('aria-pressed', 'true');
    await sync.syncNow();
    await expect.poll(() => serverCase(db, 'case-001')).toMatchObject({ status });
  }

  await page.keyboard.press('e');
  await expect(actions.resolveDialog).toBeVisible();
  await expect(actions.reason).toHaveValue('complaint');
  await expect(actions.favour).toBeFocused();
  // Enter without the outcome says what is missing and resolves nothing.
  await page.keyboard.press('Enter');
  await expect(actions.resolveProblem).toHaveText('Indicá si se resolvió a favor o en contra del cliente.');
  await page.keyboard.press('Escape');
  await expect(actions.resolveDialog).toBeHidden();
  await expect(actions.status).toHaveAttribute('data-status', 'open');

  // Another agent's case, opened from the customer's history: no state buttons, keys do nothing.
  const customer = new CustomerPanel(page);
  await customer.open();
  await customer.openHistoryCase(1004);
  await expect(new CasePane(page).readOnlyNote).toBeVisible();
  await console.focusConsole();
  for (const key of ['o', 'p', 'w', 'e']) await page.keyboard.press(key);
  await expect(actions.resolveDialog).toBeHidden();
  await expect(actions.status).toHaveAttribute('data-status', 'resolved');
  await sync.syncNow();
  await expect(sync.pendingCount).toHaveAttribute('data-count', '0');
  expect(serverCase(db, 'case-004')).toMatchObject({ status: 'resolved' });
});

test('/ goes to the inbox search, f shows the filtered view and back; in the reply box / stays the template lookup', async ({ page, atiende }) => {
  const console = new ConsolePage(page);
  const triage = new Triage(page);
  await console.open(atiende.url);
  await console.focusConsole();

  await page.keyboard.press('f');
  await expect(triage.filteredView).toHaveAttribute('aria-pressed', 'true');
  await expect(triage.filteredList).toBeVisible();
  await page.keyboard.press('f');
  await expect(triage.queueView).toHaveAttribute('aria-pressed', 'true');
  await expect(triage.filteredList).toHaveCount(0);

  // From the filtered view too: the search lives in the work queue, which comes back.
  await page.keyboard.press('f');
  await page.keyboard.press('/');
  await expect(triage.search).toBeFocused();
  await expect(triage.queueView).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.type('amenaza con irse');
  await expect(triage.search).toHaveValue('amenaza con irse');
  await expect(console.rows).toHaveCount(1);

  await console.openCase(1001);
  await page.keyboard.press('r');
  await page.keyboard.type('/sal');
  await expect(new Composer(page).templatePicker).toBeVisible();
  await expect(triage.search).toHaveValue('amenaza con irse');
  await expect(console.replyBox).toBeFocused();
});

test('n says so when no other case waits for an answer, and keeps the open case', async ({ page, atiende }) => {
  const console = new ConsolePage(page);
  const triage = new Triage(page);
  await console.open(atiende.url);
  const waiting = (await triage.queue()).filter((c) => c.status !== 'resolved' && c.waitingSince !== null);
  const [kept, ...others] = waiting;
  // Every other waiting customer gets an answer (through the console's own contract).
  await page.evaluate(async (ids) => {
    const bridge = (globalThis as unknown as { atiende: { sendReply(input: object): Promise<unknown> } }).atiende;
    for (const caseId of ids) await bridge.sendReply({ caseId, text: 'Hola, ya lo estamos viendo. Saludos, Lucía' });
  }, others.map((c) => c.id));
  await console.focusConsole();
  await page.keyboard.press('n');
  await expect(console.caseView).toHaveAttribute('data-case-id', kept!.id);
  await expect(console.notice).toBeEmpty();
  await page.keyboard.press('n');
  await expect(console.notice).toHaveText('Ningún otro caso de tu bandeja espera respuesta.');
  await expect(console.caseView).toHaveAttribute('data-case-id', kept!.id);
});

test('? lists every key by group, in Spanish and in English, over a backdrop, with no serious accessibility problems', async ({ page, atiende }) => {
  const console = new ConsolePage(page);
  await console.open(atiende.url);
  const shortcuts = new ShortcutsDialog(page);
  const dialog = shortcuts.root;
  const groups = shortcuts.groups;

  await console.focusConsole();
  await page.keyboard.press('?');
  await expect(dialog).toBeVisible();
  await expect(groups).toHaveText(['Navegación', 'Caso', 'Respuesta', 'Herramientas']);
  for (const [name, shown] of [
    ['nextWaiting', 'n'], ['search', '/'], ['filtered', 'f'], ['back', 'Esc'], ['stateOpen', 'o'], ['statePending', 'p'],
    ['stateWaiting', 'w'], ['resolve', 'e'], ['send', 'Ctrl+Enter / ⌘+Enter'], ['sendResolve', 'Ctrl+Shift+Enter / ⌘+Shift+Enter'],
    ['templateLookup', '/'], ['articleLookup', '??'], ['toolsPane', 'l'],
  ] as const) await expect(shortcuts.keysOf(name)).toHaveText(shown);
  await expect(shortcuts.descriptionOf('sendResolve')).toHaveText('Enviar la respuesta y resolver el caso');
  await expect(shortcuts.descriptionOf('templateLookup')).toHaveText('En la respuesta: buscar una plantilla');
  // A modal <dialog>: the page behind is inert and dimmed by its ::backdrop, in both themes.
  expect(await dialog.evaluate((d) => (d as unknown as { matches(selector: string): boolean }).matches(':modal'))).toBe(true);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const backdrop = await dialog.evaluate((d) =>
      (globalThis as unknown as { getComputedStyle(e: unknown, pseudo: string): { backgroundColor: string } }).getComputedStyle(d, '::backdrop').backgroundColor);
    expect(backdrop, scheme).toMatch(/^rgba\(0, 0, 0, 0\.[4-9]\d*\)$/);
    const violations = (await new AxeBuilder({ page }).include('[data-testid="shortcuts-dialog"]').analyze()).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.length}`);
    expect(violations, scheme).toEqual([]);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await new AppHeader(page).setLanguage('en');
  await console.focusConsole();
  await page.keyboard.press('?');
  await expect(groups).toHaveText(['Navigation', 'Case', 'Reply', 'Tools']);
  await expect(shortcuts.descriptionOf('nextWaiting')).toHaveText('Open the case waiting longest for an answer');
  await expect(shortcuts.descriptionOf('articleLookup')).toHaveText('In the reply: look up an article');
});
