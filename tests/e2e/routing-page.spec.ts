// The supervisors' routing page end to end: sofia simulates where a case would go, adds the topic
// rule and a topic, saves, and the sandbox routes the next case by it with the reason recorded.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';
import { RoutingPage } from './pages/routing-page.ts';
import { TeamPage } from './pages/team-page.ts';
import { fitsWindow } from './pages/window-fit.ts';

for (const viewport of [{ width: 1366, height: 768 }, { width: 1280, height: 720 }]) {
  test(`a supervisor simulates, edits and saves the routing, and new cases follow it (${viewport.width}×${viewport.height})`, async ({ page, team }) => {
    await page.setViewportSize(viewport);
    const teamPage = new TeamPage(page);
    const routing = new RoutingPage(page);
    await page.goto(await team.consoleOf('sofia'));
    await teamPage.open();
    await routing.open();
    expect(await fitsWindow(routing.dialog)).toMatchObject({ inside: true });

    // The scenario's rules: influence, then load. Its routed agents (lucia, mateo) are both senior,
    // so for an influential customer load decides, as the server records it; Camila is not routed.
    await expect(routing.rules).toHaveCount(2);
    await routing.simulate('high', 'No tengo servicio');
    await expect(routing.simResult).toHaveAttribute('data-rule', 'load');
    await expect(routing.simResult).toContainText('menos casos abiertos');
    await expect(routing.simResult).toContainText('Lucía Fernández');
    await expect(routing.simResult).toContainText('Mateo Rossi');
    await expect(routing.simResult).not.toContainText('Camila Domínguez');

    // The topic rule, with "mudanza" for Técnica, and mateo (routed in the scenario) joining it:
    // simulated at once, from the draft.
    await routing.addRule.selectOption('topic');
    const tecnica = routing.team('tecnica');
    await tecnica.topics.fill('router, módem, fibra, señal, mudanza');
    // A supervisor among the members is warned of, not refused.
    await tecnica.members.fill('joaquin, sofia');
    await expect(routing.warnings).toHaveText('Técnica: «sofia» no es un agente; nunca recibirá casos.');
    await tecnica.members.fill('joaquin, mateo');
    await expect(routing.warnings).toBeHidden();
    await routing.simulate('low', 'Me MUDO y necesito la mudanza del servicio');
    await expect(routing.simResult).toHaveAttribute('data-rule', 'topic');
    await expect(routing.simResult).toContainText('tema «mudanza» → Técnica');
    const violations = (await new AxeBuilder({ page }).include('[data-testid="routing-dialog"]').analyze()).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.length}`);
    expect(violations).toEqual([]);
    await routing.save.click();
    const db = team.sandbox.server.db;
    const stored = () => JSON.parse(db.prepare<[], { value: string }>("SELECT value FROM settings WHERE id = 'routing'").get()!.value) as { rules: { kind: string }[] };
    await expect.poll(() => stored().rules.map((r) => r.kind)).toEqual(['influence', 'topic', 'load']);

    // Saved and taken by the server: a customer moving house goes to mateo, with the reason recorded.
    const { caseId } = await team.sandbox.control<{ caseId: string }>('POST', '/v1/sandbox/inbound', {
      channel: 'whatsapp', customer: { name: 'Marta Ríos', handle: '+5491155550199' }, text: 'Hola, quiero pedir la mudanza del servicio',
    });
    expect(db.prepare('SELECT assigned_to AS agent, routing_rule AS rule, routing_reason AS reason FROM cases WHERE id = ?').get(caseId))
      .toEqual({ agent: 'mateo', rule: 'topic', reason: 'tema «mudanza» → Técnica' });
  });
}

test('the simulator leaves out an agent who is away, as the server does, and says so', async ({ page, team }) => {
  const db = team.sandbox.server.db;
  const teamPage = new TeamPage(page);
  const routing = new RoutingPage(page);
  await page.goto(await team.consoleOf('sofia'));
  await teamPage.open();
  // No agent's console is open: everyone is away, and both the server and the simulator count them all.
  await routing.open();
  await routing.simulate('low', 'Hola, me quedé sin internet');
  await expect(routing.simResult).toContainText('Lucía Fernández');
  await expect(routing.simResult).toContainText('Mateo Rossi');
  await expect(routing.simPresence).toHaveText('Todos los agentes están ausentes: el servidor reparte entre todos, y el simulador también.');
  await page.keyboard.press('Escape');
  await expect(routing.dialog).toBeHidden();

  // Lucía says she is available and her console is in contact; mateo stays away.
  const now = team.sandbox.server.clock.now().toISOString();
  db.prepare("INSERT INTO presence (username, state, at) VALUES ('lucia', 'available', ?)").run(now);
  db.prepare("INSERT INTO last_contact (username, at) VALUES ('lucia', ?)").run(now);
  await teamPage.refresh.click();
  await expect(teamPage.agent('lucia').presence).toContainText('Disponible');
  await routing.open();
  await routing.simulate('low', 'Hola, me quedé sin internet');
  await expect(routing.simResult).toHaveAttribute('data-rule', 'load');
  await expect(routing.simResult).toContainText('Entre: Lucía Fernández (lo toma quien tenga menos casos abiertos).');
  await expect(routing.simResult).not.toContainText('Mateo Rossi');
  await expect(routing.simPresence).toHaveText('No cuenta a quien está ausente, como el servidor: Mateo Rossi.');

  // The server agrees: the next case goes to lucia.
  const { caseId } = await team.sandbox.control<{ caseId: string }>('POST', '/v1/sandbox/inbound', {
    channel: 'whatsapp', customer: { name: 'Marta Ríos', handle: '+5491155550199' }, text: 'Hola, me quedé sin internet',
  });
  expect(db.prepare('SELECT assigned_to AS agent, routing_rule AS rule FROM cases WHERE id = ?').get(caseId)).toEqual({ agent: 'lucia', rule: 'load' });
});
