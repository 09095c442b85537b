// Escucha end to end in Chromium against a real sandbox: a public post misspelling the brand
// ("konecta") that addresses no company account shows with its author's influence and the form
// matched, its text as text; lucia likes it and opens a proactive case from it, opened once on
// the server, assigned to her on the post's public channel, and she lands on it. Axe-clean, and
// inside the window at both laptop sizes.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';
import { ConsolePage } from './pages/console-page.ts';
import { ListeningPage } from './pages/listening-page.ts';
import { fitsLaptops } from './pages/window-fit.ts';

type Db = { prepare(sql: string): { get(...params: unknown[]): unknown; all(...params: unknown[]): unknown[] } };

const TEXT = 'Gracias konecta por otra semana sin fibra <img src=x onerror=alert(1)> ya no sé a quién reclamar';

test('a post misspelling the brand shows in Escucha, is liked, and a proactive case is opened from it once', async ({ page, atiende }) => {
  const console = new ConsolePage(page);
  const listening = new ListeningPage(page);
  const db = (): Db => atiende.sandbox.server.db;
  await console.open(atiende.url);
  const heard = await atiende.sandbox.control<{ postId: string }>('POST', '/v1/sandbox/inbound', {
    channel: 'x_mention', kind: 'mention', addressed: false, customer: { name: 'Carla Méndez', handle: '@carlamendez_tv', followers: 240_000 }, text: TEXT,
  });

  await listening.open();
  const post = listening.post('Gracias konecta');
  await expect(post.row).toBeVisible();
  await expect(post.text).toHaveText(TEXT);
  await expect(post.row.locator('img')).toHaveCount(0);
  await expect(post.influence).toHaveText(/^Influencia alta · 240\D?000 seguidores$/);
  await expect(post.matched).toHaveText('Escribió «konecta» (Conecta)');
  await expect(post.state).toHaveText('Nueva');
  await fitsLaptops(listening.pane);
  const violations = (await new AxeBuilder({ page }).include('[data-testid="listening"]').analyze()).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
  expect(violations).toEqual([]);

  await post.like.click();
  await expect(post.state).toHaveText('Con me gusta');
  await expect(post.like).toHaveCount(0);
  await expect.poll(() => db().prepare('SELECT post_id AS postId, username FROM reactions').all()).toEqual([{ postId: heard.postId, username: 'lucia' }]);

  await post.openCase.click();
  await expect(post.state).toHaveText('Caso abierto');
  await expect(post.viewCase).toBeVisible();
  const opened = db().prepare("SELECT id, channel, assigned_to AS assignedTo FROM cases WHERE subject LIKE 'Gracias konecta%'").all();
  expect(opened).toEqual([{ id: expect.any(String), channel: 'x_mention', assignedTo: 'lucia' }]);
  await fitsLaptops(listening.pane);

  await post.viewCase.click();
  await expect(console.caseView).toHaveAttribute('data-case-id', (opened[0] as { id: string }).id);
  await expect(console.messages.first()).toContainText('Gracias konecta por otra semana sin fibra');
});
