// Routing end to end: Debian's Chromium, the browser harness and a real sandbox server whose
// scenario routes camila (new, no open cases) and lucia (senior), see tests/fixtures/routing.ts.
// An influential customer's case goes to lucia with the rule's reason in the case's header; an
// ordinary customer's, which came in with it, goes to camila by load and never reaches lucia's inbox.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';
import { CasePane } from './pages/case-pane.ts';
import { ConsolePage } from './pages/console-page.ts';
import { fitsWindow, textCut } from './pages/window-fit.ts';
import { INFLUENTIAL, routingScenario } from '../fixtures/routing.ts';

test.use({ sandboxOptions: { scenario: routingScenario() } });

for (const viewport of [{ width: 1366, height: 768 }, { width: 1280, height: 720 }]) {
  test(`an influential customer’s case goes to the senior agent, with the reason shown (${viewport.width}×${viewport.height})`, async ({ page, atiende }) => {
    await page.setViewportSize(viewport);
    // Both agents available and in contact. Routing prefers agents who are not away, and lucia's
    // console may or may not have reached the server yet when the messages come in: were she
    // present and camila away, the ordinary case would go to her too.
    const now = atiende.sandbox.server.clock.now().toISOString();
    await atiende.sandbox.server.withSql(async (sql) => {
      for (const agent of ['lucia', 'camila']) {
        await sql.run("INSERT INTO presence (username, state, at) VALUES (?, 'available', ?)", agent, now);
        await sql.run('INSERT INTO last_contact (username, at) VALUES (?, ?) ON CONFLICT (username) DO UPDATE SET at = excluded.at', agent, now);
      }
    });
    const plain = await atiende.sandbox.control<{ caseId: string }>('POST', '/v1/sandbox/inbound', {
      channel: 'whatsapp', customer: { name: 'Marta Ríos', handle: '+5491155550199' }, text: 'Consulta zafiro: mi plan de datos',
    });
    const { caseId } = await atiende.sandbox.control<{ caseId: string }>('POST', '/v1/sandbox/inbound', {
      ...INFLUENTIAL, text: 'Reclamo zafiro: hace dos días que no tengo servicio',
    });
    const console = new ConsolePage(page);
    const pane = new CasePane(page);
    await console.open(atiende.url);
    // Both came in before the console's first sync: the search finds lucia's only.
    await console.find('zafiro');
    const number = Number(caseId.replace('case-', ''));
    await expect(console.row(number)).toBeVisible();
    await expect(console.rows).toHaveCount(1);
    expect(plain.caseId).not.toBe(caseId);
    await console.openCase(number);

    await expect(pane.routing).toHaveText('Ruteo: cliente influyente → agente senior');
    await expect(pane.routing).toHaveAttribute('data-rule', 'influence');
    expect(await fitsWindow(pane.routing)).toEqual({ inside: true, pageScrolls: false });
    expect(await textCut(pane.routing)).toBe(false);
    const violations = (await new AxeBuilder({ page }).include('[data-testid="case-routing"]').analyze()).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.length}`);
    expect(violations).toEqual([]);
  });
}
