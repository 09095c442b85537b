// Routing new cases on the real sandbox: the `routing` setting's rules choose the agent, the rule
// that decided is recorded on the case, and the CLI shows it after a sync.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../fixtures/cli.ts';
import { INFLUENTIAL, routingScenario } from '../fixtures/routing.ts';
import { startSandbox, tempDir, type RunningSandbox } from '../fixtures/sandbox.ts';
import { DEFAULT_ROUTING, ROUTING_SETTING } from '../../src/shared/routing/document.ts';

let sandbox: RunningSandbox;
let dir: ReturnType<typeof tempDir>;

beforeEach(async () => {
  sandbox = await startSandbox({ scenario: routingScenario() });
  dir = tempDir();
});
afterEach(async () => {
  await sandbox.stop();
  dir.remove();
});

const write = (body: object) => sandbox.control<{ caseId: string }>('POST', '/v1/sandbox/inbound', body);
const ordinary = (text: string) => write({ channel: 'whatsapp', customer: { name: 'Marta Ríos', handle: '+5491155550199' }, text });
const stored = (caseId: string) => sandbox.server.db
  .prepare('SELECT assigned_to AS agent, routing_rule AS rule, routing_reason AS reason FROM cases WHERE id = ?').get(caseId);
/** What the server chose before routing rules: the fewest open cases among routed agents, ties by username. */
const leastBusyBefore = () => (sandbox.server.db.prepare(
  `SELECT u.username FROM users u LEFT JOIN cases c ON c.assigned_to = u.username AND c.status <> 'resolved'
   WHERE u.role = 'agent' AND u.routed = 1 GROUP BY u.username ORDER BY count(c.id), u.username LIMIT 1`).get() as { username: string }).username;

describe('routing new cases', () => {
  it('gives an influential customer to the senior agent and records why; anyone else goes by load', async () => {
    const plain = await ordinary('Hola, me quedé sin internet');
    expect(stored(plain.caseId)).toEqual({ agent: 'camila', rule: 'load', reason: 'menos casos abiertos' });

    const influential = await write({ ...INFLUENTIAL, text: 'Hace dos días que no tengo servicio' });
    expect(stored(influential.caseId)).toEqual({ agent: 'lucia', rule: 'influence', reason: 'cliente influyente → agente senior' });

    // lucia's CLI shows the decision on her case after a sync.
    const profile = `${dir.path}/lucia`;
    expect((await cli('login', '--server', sandbox.url, '--user', 'lucia', '--password', 'sandbox', '--profile', profile)).code).toBe(0);
    expect((await cli('sync', '--profile', profile)).code).toBe(0);
    const listed = JSON.parse((await cli('cases', '--profile', profile, '--json')).stdout) as { id: string; routing: unknown }[];
    expect(listed.find((c) => c.id === influential.caseId)?.routing).toEqual({ rule: 'influence', reason: 'cliente influyente → agente senior' });
    // The scenario's own cases were given out by no rule.
    expect(listed.find((c) => c.id === 'case-001')?.routing).toBeNull();
  });

  it('keeps the server’s old choice under the default document, for the influential customer too', async () => {
    await sandbox.control('POST', '/v1/sandbox/settings', { id: ROUTING_SETTING, value: DEFAULT_ROUTING });
    for (const text of ['Hace dos días que no tengo servicio', 'Sigo sin servicio', '¿Novedades?']) {
      const expected = leastBusyBefore();
      const { caseId } = await write({ ...INFLUENTIAL, text });
      expect(stored(caseId)).toEqual({ agent: expected, rule: 'load', reason: 'menos casos abiertos' });
    }
    // The defaults know nothing of influence: camila, with the fewest open cases, took all three.
    expect(sandbox.server.db.prepare("SELECT count(*) AS n FROM cases WHERE routing_rule = 'load' AND assigned_to = 'camila'").get()).toEqual({ n: 3 });
  });

  it('sends a topic to its area and records no rule when an agent is named', async () => {
    await sandbox.control('POST', '/v1/sandbox/settings', {
      id: ROUTING_SETTING,
      value: { ...DEFAULT_ROUTING, teams: [{ id: 'facturacion', name: 'Facturación', kind: 'area', members: ['lucia'], skills: { topics: ['factura'] } }], rules: [{ kind: 'topic' }, { kind: 'load' }] },
    });
    const billing = await ordinary('No me llegó la FACTURA de marzo');
    expect(stored(billing.caseId)).toEqual({ agent: 'lucia', rule: 'topic', reason: 'tema «factura» → Facturación' });
    const named = await write({ channel: 'whatsapp', customer: { name: 'Ana', handle: '+5491100000001' }, text: 'Hola', assignTo: 'mateo' });
    expect(stored(named.caseId)).toEqual({ agent: 'mateo', rule: null, reason: null });
  });

  it('prefers agents whose presence is not away; when no one reports presence, routes as before', async () => {
    // No one reports presence in the scenario: camila, with the fewest open cases, as before.
    expect(stored((await ordinary('Hola, me quedé sin internet')).caseId)).toMatchObject({ agent: 'camila' });
    const now = sandbox.server.clock.now().toISOString();
    sandbox.server.db.prepare("INSERT INTO presence (username, state, at) VALUES ('lucia', 'available', ?)").run(now);
    sandbox.server.db.prepare("INSERT INTO last_contact (username, at) VALUES ('lucia', ?)").run(now);
    expect(stored((await ordinary('Sigo sin internet')).caseId)).toEqual({ agent: 'lucia', rule: 'load', reason: 'menos casos abiertos' });
  });

  it('routes the private continuation of a public case nobody holds, as any new case', async () => {
    // A public comment, given out by load, then left unassigned and invited to WhatsApp.
    const handle = '@marta.rios';
    const pub = await write({ channel: 'instagram_comment', customer: { name: 'Marta Ríos', handle }, text: 'Hola, me quedé sin internet' });
    sandbox.server.db.prepare("UPDATE cases SET assigned_to = NULL, moved_to = 'instagram_dm' WHERE id = ?").run(pub.caseId);
    const continued = await write({ channel: 'instagram_dm', customer: { name: 'Marta Ríos', handle }, text: 'Te escribo por acá' });
    expect(sandbox.server.db.prepare('SELECT continues FROM cases WHERE id = ?').get(continued.caseId)).toEqual({ continues: pub.caseId });
    expect(stored(continued.caseId)).toEqual({ agent: 'camila', rule: 'load', reason: 'menos casos abiertos' });
  });

  it('forgets why a case was routed once it is reassigned, by the trainer or by a supervisor', async () => {
    const byTrainer = await ordinary('Hola, me quedé sin internet');
    await sandbox.control('POST', '/v1/sandbox/assign', { caseId: byTrainer.caseId, to: 'lucia' });
    expect(stored(byTrainer.caseId)).toEqual({ agent: 'lucia', rule: null, reason: null });

    const bySupervisor = await write({ ...INFLUENTIAL, text: 'Hace dos días que no tengo servicio' });
    expect(stored(bySupervisor.caseId)).toEqual({ agent: 'lucia', rule: 'influence', reason: 'cliente influyente → agente senior' });
    const sofia = `${dir.path}/sofia`;
    expect((await cli('login', '--server', sandbox.url, '--user', 'sofia', '--password', 'sandbox', '--profile', sofia)).code).toBe(0);
    const moved = await cli('reassign', '--profile', sofia, '--case', bySupervisor.caseId, '--to', 'camila');
    expect(moved.code, moved.stderr).toBe(0);
    expect(stored(bySupervisor.caseId)).toEqual({ agent: 'camila', rule: null, reason: null });
  });
});
