// Presence, the team view and reassigning a case, against the real sandbox over loopback: the
// server stamps presence with its own clock, a quiet console turns away, a supervisor sees only
// the teams they supervise, and a reassignment is applied once, only by a supervisor of the
// case's team, moving the case from one agent's console to the other's.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LONG_SESSIONS, startSandbox, tempDir, type RunningSandbox } from '../../../tests/fixtures/sandbox.ts';
import { openProfile, reopenProfile, type TestProfile } from '../../../tests/fixtures/services.ts';
import { CodedError } from '../../shared/errors.ts';
import { CommandError } from '../commands/errors.ts';
import { reassignments, teamView } from '../team/view.ts';

let sandbox: RunningSandbox;
let dir: { path: string; remove: () => void };
const open: TestProfile[] = [];

// After the scenario's resolved history, whose agents' working days of presence end before it.
const T0 = '2030-03-04T13:00:00.000Z';
const plus = (iso: string, seconds: number) => new Date(Date.parse(iso) + seconds * 1000).toISOString();
const setClock = (now: string) => sandbox.control('POST', '/v1/sandbox/clock', { now });

async function profile(username: string): Promise<TestProfile> {
  const p = await openProfile(sandbox, `${dir.path}/${username}`, username);
  open.push(p);
  await p.services.syncOnce();
  return p;
}

beforeEach(async () => {
  sandbox = await startSandbox({ sessions: LONG_SESSIONS });
  dir = tempDir();
  await setClock(T0);
});
afterEach(async () => {
  for (const p of open.splice(0)) p.services.close();
  await sandbox.stop();
  dir.remove();
});

const serverRows = <R>(sql: string, ...params: unknown[]): R[] => sandbox.server.db.prepare<unknown[], R>(sql).all(...params);

describe('presence', () => {
  it('is stamped by the server’s clock, kept in the profile and said again after a restart', async () => {
    const lucia = await profile('lucia');
    // Never chosen: a signed-in agent starts available.
    expect(lucia.services.presence?.status()).toMatchObject({ state: 'available', pending: true });
    const chosen = await lucia.services.presence!.choose('busy');
    expect(chosen.pending).toBe(false);
    // The server's clock runs from T0, hours away from this computer's: the stamp is the server's.
    expect(Date.parse(chosen.at!) - Date.parse(T0)).toBeGreaterThanOrEqual(0);
    expect(Date.parse(chosen.at!) - Date.parse(T0)).toBeLessThan(3_600_000);
    expect(serverRows<{ state: string; at: string }>('SELECT state, at FROM presence WHERE username = ? AND at >= ?', 'lucia', T0)).toEqual([{ state: 'busy', at: chosen.at }]);

    lucia.services.close();
    const again = await reopenProfile(`${dir.path}/lucia`);
    open.push(again);
    expect(again.services.presence?.status()).toMatchObject({ state: 'busy', pending: true });
    again.services.runAsConsole();
    await again.services.syncOnce();
    expect(again.services.presence?.status().pending).toBe(false);
    expect(serverRows<{ state: string }>('SELECT state FROM presence WHERE username = ? AND at >= ? ORDER BY id', 'lucia', T0)).toEqual([{ state: 'busy' }, { state: 'busy' }]);
  });

  it('chosen offline, is sent once the connection is back, not replayed from the outbox', async () => {
    const lucia = await profile('lucia');
    lucia.services.runAsConsole();
    await sandbox.goOffline();
    const offline = await lucia.services.presence!.choose('away');
    expect(offline).toMatchObject({ state: 'away', pending: true, at: null });
    expect(lucia.services.store.outbox.counts().pending).toBe(0);
    await sandbox.restart();
    await setClock(plus(T0, 600));
    await lucia.services.syncOnce();
    const sent = lucia.services.presence!.status();
    expect(sent.pending).toBe(false);
    // Stamped when it arrived, not when it was chosen.
    expect(Date.parse(sent.at!)).toBeGreaterThanOrEqual(Date.parse(plus(T0, 600)));
  });

  it('turns away in the team view once the console went quiet for more than 90 s, and back with its next call', async () => {
    const lucia = await profile('lucia');
    const sofia = await profile('sofia');
    await lucia.services.presence!.choose('busy');
    const agentIn = async () => (await teamView(sofia.services)).agents.find((a) => a.username === 'lucia')!;
    expect(await agentIn()).toMatchObject({ presence: 'busy', team: 'soporte' });

    await setClock(plus(T0, 60));
    expect((await agentIn()).presence).toBe('busy');
    await setClock(plus(T0, 5 * 60));
    const quiet = await agentIn();
    expect(quiet.presence).toBe('away');
    expect(Date.parse(quiet.lastContact!)).toBeLessThan(Date.parse(plus(T0, 60)));
    // Any call of hers (a sync) is a contact again; her last choice holds.
    await lucia.services.syncOnce();
    expect((await agentIn()).presence).toBe('busy');
  });
});

describe('the team view', () => {
  it('shows a supervisor the agents of the teams they supervise, their load, late cases and queue', async () => {
    // camila (soporte) gets two web chats: one waiting 6 minutes (over the 5-minute target), one 2.
    const first = await sandbox.control<{ caseId: string }>('POST', '/v1/sandbox/inbound',
      { channel: 'webchat', customer: { name: 'Ana', handle: 'ana-team' }, text: 'Hola', assignTo: 'camila' });
    await setClock(plus(T0, 4 * 60));
    const second = await sandbox.control<{ caseId: string }>('POST', '/v1/sandbox/inbound',
      { channel: 'webchat', customer: { name: 'Beto', handle: 'beto-team' }, text: 'Hola', assignTo: 'camila' });
    await setClock(plus(T0, 6 * 60));

    const valeria = await profile('valeria');
    const view = await teamView(valeria.services);
    expect(view.teams).toEqual(['soporte']);
    expect(view.agents.map((a) => a.username).sort()).toEqual(['camila', 'joaquin', 'lucia']);
    expect(view.agents.find((a) => a.username === 'camila')).toMatchObject({ open: 2, late: 1, presence: 'away', lastContact: null });
    const camilas = view.queue.filter((c) => c.agent === 'camila');
    expect(camilas.map((c) => [c.caseId, c.late])).toEqual([[first.caseId, true], [second.caseId, false]]);
    // Oldest waiting first, and none of another team's.
    const waits = view.queue.map((c) => c.waitingSince).filter((w) => w !== null);
    expect(waits).toEqual([...waits].sort());
    const mateos = serverRows<{ id: string }>("SELECT id FROM cases WHERE assigned_to = 'mateo' AND status <> 'resolved'").map((r) => r.id);
    expect(mateos.length).toBeGreaterThan(0);
    expect(view.queue.filter((c) => mateos.includes(c.caseId))).toEqual([]);

    const sofia = await profile('sofia');
    const all = await teamView(sofia.services);
    expect(all.teams).toEqual(['soporte', 'ventas']);
    expect(all.agents.map((a) => a.username)).toContain('mateo');
  });

  it('gives each queued case the triage priority its agent sees, not the one stored when it was opened', async () => {
    const { caseId } = await sandbox.control<{ caseId: string }>('POST', '/v1/sandbox/inbound',
      { channel: 'webchat', customer: { name: 'Rita', handle: 'rita-team' }, text: 'Quiero darme de baja del servicio', assignTo: 'lucia' });
    const lucia = await profile('lucia');
    const valeria = await profile('valeria');
    const queued = (await teamView(valeria.services)).queue.find((c) => c.caseId === caseId)!;
    expect(serverRows('SELECT priority FROM cases WHERE id = ?', caseId)).toEqual([{ priority: 'normal' }]);
    // "Darme de baja" is a retention case: at least high, in lucia's inbox and in the queue alike.
    expect(queued.priority).toBe('high');
    expect(lucia.services.store.db.prepare('SELECT priority FROM case_triage WHERE case_id = ?').get(caseId)).toEqual({ priority: 'high' });
  });

  it('is refused to an agent, and says it needs the network when offline', async () => {
    const lucia = await profile('lucia');
    await expect(teamView(lucia.services)).rejects.toMatchObject({ code: 'not_supervisor' });
    const sofia = await profile('sofia');
    await sandbox.goOffline();
    await expect(teamView(sofia.services)).rejects.toEqual(expect.objectContaining({ code: 'team_online_only' }));
    await expect(teamView(sofia.services)).rejects.toBeInstanceOf(CodedError);
  });
});

describe('reassign_case', () => {
  // One whose customer has no other case of hers: it leaves her console altogether (with another, it would stay as history).
  const luciasOpenCase = () => serverRows<{ id: string; number: number }>(
    `SELECT id, number FROM cases c WHERE assigned_to = 'lucia' AND status <> 'resolved'
     AND NOT EXISTS (SELECT 1 FROM cases o WHERE o.customer_id = c.customer_id AND o.id <> c.id AND o.assigned_to = 'lucia')
     ORDER BY number LIMIT 1`)[0]!;
  const events = (caseId: string) => serverRows<{ kind: string; by: string; data: string }>(
    "SELECT kind, by, data FROM case_events WHERE case_id = ? AND kind = 'assigned'", caseId);

  it('moves the case from one agent’s console to the other’s, once, with an assigned event', async () => {
    const lucia = await profile('lucia');
    const mateo = await profile('mateo');
    const sofia = await profile('sofia');
    const target = luciasOpenCase();
    expect(lucia.services.store.cases.get(target.id)).toBeDefined();

    // The answer to the push is lost after the server applied it: the console sends it again.
    await sandbox.fault({ route: 'push', dropAfterApply: true });
    sofia.services.commands.reassignCase(target.id, 'mateo', 'supervisor');
    await sofia.services.syncOnce().catch(() => undefined);
    await sofia.services.syncOnce();
    expect(reassignments(sofia.services.store)).toEqual([expect.objectContaining({ caseId: target.id, to: 'mateo', status: 'applied' })]);
    expect(events(target.id)).toEqual([{ kind: 'assigned', by: 'sofia', data: JSON.stringify({ from: 'lucia', to: 'mateo' }) }]);

    await lucia.services.syncOnce();
    expect(lucia.services.store.cases.get(target.id)).toBeUndefined();
    await mateo.services.syncOnce();
    expect(mateo.services.store.cases.get(target.id)).toMatchObject({ assignedTo: 'mateo' });
    const feedReasons = serverRows<{ reason: string | null }>(
      "SELECT reason FROM feed WHERE entity = 'case' AND id = ? AND op = 'del' AND scope = 'lucia'", target.id);
    expect(feedReasons.map((r) => r.reason)).toContain('reassigned');
  });

  it('lets any supervisor give a case nobody holds to an agent of theirs; from then on it is that team’s', async () => {
    const { caseId } = await sandbox.control<{ caseId: string }>('POST', '/v1/sandbox/inbound',
      { channel: 'webchat', customer: { name: 'Nadie', handle: 'nobody-team' }, text: 'Hola, ¿me atienden?' });
    await sandbox.control('POST', '/v1/sandbox/assign', { caseId, to: null });
    // Unassigned, it is in the queue of every supervisor, whatever their teams.
    const valeria = await profile('valeria');
    const sofia = await profile('sofia');
    expect((await teamView(valeria.services)).queue.find((c) => c.caseId === caseId)).toMatchObject({ agent: null });
    expect((await teamView(sofia.services)).queue.find((c) => c.caseId === caseId)).toMatchObject({ agent: null });

    valeria.services.commands.reassignCase(caseId, 'lucia', 'supervisor');
    await valeria.services.syncOnce();
    expect(reassignments(valeria.services.store)).toEqual([expect.objectContaining({ caseId, to: 'lucia', status: 'applied' })]);
    expect(events(caseId).at(-1)).toEqual({ kind: 'assigned', by: 'valeria', data: JSON.stringify({ from: null, to: 'lucia' }) });
    // Now lucia's, so soporte's: sofia (who supervises soporte) sees it as lucia's.
    expect((await teamView(sofia.services)).queue.find((c) => c.caseId === caseId)).toMatchObject({ agent: 'lucia' });
  });

  it('is refused to an agent, to another team’s supervisor, and towards an agent outside their teams', async () => {
    const lucia = await profile('lucia');
    expect(() => lucia.services.commands.reassignCase('x', 'mateo', 'agent')).toThrow(CommandError);
    // Pushed anyway (an agent's own client), the server refuses it.
    const pushed = await lucia.services.api.push(randomUUID(), [
      { seq: 1, id: randomUUID(), name: 'reassign_case', args: { caseId: luciasOpenCase().id, to: 'camila' }, baseVersion: null },
    ]);
    expect(pushed.results[0]).toMatchObject({ status: 'rejected', reason: 'not_supervisor' });

    const valeria = await profile('valeria');
    const mateosCase = serverRows<{ id: string }>("SELECT id FROM cases WHERE assigned_to = 'mateo' AND status <> 'resolved' LIMIT 1")[0]!;
    valeria.services.commands.reassignCase(mateosCase.id, 'lucia', 'supervisor');
    valeria.services.commands.reassignCase(luciasOpenCase().id, 'mateo', 'supervisor');
    await valeria.services.syncOnce();
    expect(reassignments(valeria.services.store).map((r) => [r.to, r.status, r.reason])).toEqual([
      ['mateo', 'rejected', 'invalid_target'],
      ['lucia', 'rejected', 'forbidden'],
    ]);
    expect(events(mateosCase.id)).toEqual([]);
    expect(serverRows<{ assigned_to: string }>('SELECT assigned_to FROM cases WHERE id = ?', mateosCase.id)).toEqual([{ assigned_to: 'mateo' }]);
  });
});
