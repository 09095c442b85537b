// The listening settings end to end: sofia tries a post with a misspelling the matcher does not
// know ("kanekto"), adds it to the brand's forms, sees the preview hear it, and saves; the sandbox
// then keeps such a post, and it shows in lucia's Escucha. A broken form is refused in words.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';
import { ConsolePage } from './pages/console-page.ts';
import { ListeningPage } from './pages/listening-page.ts';
import { ListeningSettings } from './pages/listening-settings.ts';
import { TeamPage } from './pages/team-page.ts';
import { fitsLaptops } from './pages/window-fit.ts';

const POST = 'Tercer día sin fibra, kanekto no responde nunca';

test('a supervisor adds a misspelling of the brand, and a post written so reaches the agents’ Escucha', async ({ page, browser, team }) => {
  const settings = new ListeningSettings(page);
  await page.goto(await team.consoleOf('sofia'));
  await new TeamPage(page).open();
  await settings.open();
  await fitsLaptops(settings.dialog);

  // The scenario's brand and accounts; the preview runs the server's matcher on the draft.
  const conecta = settings.keyword('Conecta');
  await expect(conecta.forms).toHaveValue('conceta, konecta');
  await expect(conecta.common).toBeChecked();
  await settings.preview(POST);
  await expect(settings.previewResult).toHaveText('No nombra ninguna marca: no llega a Escucha.');
  await settings.preview('@ConectaAR kanekto no responde');
  await expect(settings.previewResult).toHaveText('Nombra una cuenta de la empresa: abre un caso, no llega a Escucha.');

  // A misspelling of two words is refused, in the schema's words, and nothing is saved.
  await conecta.forms.fill('conceta, konecta, kan ekto');
  await expect(settings.previewResult).toHaveText('Corregí la configuración para probar.');
  await settings.save.click();
  await expect(settings.problems).toContainText('one word of letters and digits');

  await conecta.forms.fill('conceta, konecta, kanekto');
  await settings.preview(POST);
  await expect(settings.previewResult).toHaveText('Llega a Escucha: nombra Conecta, escrito «kanekto».');
  const violations = (await new AxeBuilder({ page }).include('[data-testid="listening-settings-dialog"]').analyze()).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.length}`);
  expect(violations).toEqual([]);
  await settings.save.click();
  await expect(settings.saveNote).toHaveText('Guardado. Rige cuando el servidor lo acepte.');
  const db = team.sandbox.server.db;
  const stored = () => JSON.parse(db.prepare<[], { value: string }>("SELECT value FROM settings WHERE id = 'listening'").get()?.value ?? 'null') as
    { keywords: { forms?: string[] }[] } | null;
  await expect.poll(() => stored()?.keywords[0]?.forms).toEqual(['conceta', 'konecta', 'kanekto']);

  // Taken by the server: the same post, heard as a public mention, is a listening post for every agent.
  await team.sandbox.control('POST', '/v1/sandbox/inbound', {
    channel: 'x_mention', kind: 'mention', addressed: false, customer: { name: 'Diego Paz', handle: '@diegopaz' }, text: POST,
  });
  const agentPage = await browser.newPage();
  const escucha = new ListeningPage(agentPage);
  await new ConsolePage(agentPage).open(await team.consoleOf('lucia'));
  await escucha.open();
  const post = escucha.post('kanekto no responde');
  await expect(post.text).toHaveText(POST);
  await expect(post.matched).toHaveText('Escribió «kanekto» (Conecta)');
  await agentPage.close();
});
