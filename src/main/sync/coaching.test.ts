// The coaching plan against the real sandbox: a supervisor of the agent's team writes objectives
// and weekly notes offline, each applied once and shown "por enviar" until then; the agent and
// the team's supervisors receive them, nobody else; a supervisor of another team, or an agent,
// is refused; a refusal the server gives is undone on screen at once with its reason.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openProfile, withTwoAgents, type TestProfile } from '../../../tests/fixtures/services.ts';
import { supervisesAgent } from '../commands/coaching.ts';

const world = withTwoAgents();
/** Sofía supervises soporte and ventas; Valeria soporte only. Lucía is on soporte, Mateo on ventas. */
let sofia: TestProfile;
let valeria: TestProfile;
beforeEach(async () => {
  sofia = await openProfile(world.sandbox, `${world.dir.path}/sofia`, 'sofia');
  valeria = await openProfile(world.sandbox, `${world.dir.path}/valeria`, 'valeria');
  await sofia.services.syncOnce();
  await valeria.services.syncOnce();
});
afterEach(() => {
  sofia.services.close();
  valeria.services.close();
});

const WEEK = '2026-11-30';
const objective = { metric: 'first_response', target: 600, comparison: 'at_most', due: '2026-12-31', note: 'Menos de 10 minutos en WhatsApp' } as const;
const logged = (mutationId: string) => world.sandbox.server.db.prepare('SELECT status, reason FROM mutation_log WHERE mutation_id = ?').all(mutationId);
const serverRows = (table: 'coaching_objectives' | 'coaching_notes') => world.sandbox.server.db.prepare(`SELECT id, agent FROM ${table} ORDER BY id`).all();
const syncAll = async () => {
  for (const p of [sofia, valeria, world.lucia, world.mateo]) await p.services.syncOnce();
};

describe('a coaching objective', () => {
  it('is written offline, applied once, and reaches the agent (read-only) and the supervisors of the agent’s team only', async () => {
    await world.sandbox.goOffline();
    const { objectiveId, mutationId } = sofia.services.commands.saveCoachingObjective({ agent: 'mateo', ...objective });
    expect(sofia.services.store.coaching.objectives('mateo')).toMatchObject([{ id: objectiveId, ...objective, createdBy: 'sofia', pending: true }]);
    await expect(sofia.services.syncOnce()).rejects.toThrow(/Cannot reach/);
    await world.sandbox.restart();
    await syncAll();
    await sofia.services.syncOnce();
    expect(logged(mutationId)).toEqual([{ status: 'applied', reason: null }]);
    expect(serverRows('coaching_objectives')).toEqual([{ id: objectiveId, agent: 'mateo' }]);
    expect(sofia.services.store.coaching.objectives('mateo')).toMatchObject([{ id: objectiveId, pending: false }]);
    expect(world.mateo.services.store.coaching.objectives('mateo')).toMatchObject([{ id: objectiveId, ...objective, createdBy: 'sofia' }]);
    // Mateo reads it; Valeria (soporte) and Lucía never receive it.
    expect(supervisesAgent(world.mateo.services.store, 'mateo', 'mateo')).toBe(false);
    expect(() => world.mateo.services.commands.saveCoachingObjective({ agent: 'mateo', ...objective, target: 1 }))
      .toThrow(expect.objectContaining({ code: 'not_team_supervisor' }));
    expect(valeria.services.store.coaching.objectives('mateo')).toEqual([]);
    expect(world.lucia.services.store.coaching.objectives('mateo')).toEqual([]);
  });

  it('is edited keeping who set it, and removed from every console that had it', async () => {
    const { objectiveId } = sofia.services.commands.saveCoachingObjective({ agent: 'lucia', ...objective });
    await syncAll();
    expect(valeria.services.store.coaching.objectives('lucia')).toHaveLength(1);
    valeria.services.commands.saveCoachingObjective({ agent: 'lucia', objectiveId, ...objective, target: 480 });
    await valeria.services.syncOnce();
    await syncAll();
    for (const p of [sofia, valeria, world.lucia]) {
      expect(p.services.store.coaching.objectives('lucia')).toMatchObject([{ id: objectiveId, target: 480, createdBy: 'sofia', pending: false }]);
    }
    const { mutationId } = sofia.services.commands.removeCoachingObjective(objectiveId);
    expect(sofia.services.store.coaching.objectives('lucia')).toEqual([]);
    await syncAll();
    expect(logged(mutationId)).toEqual([{ status: 'applied', reason: null }]);
    for (const p of [sofia, valeria, world.lucia]) expect(p.services.store.coaching.objectives('lucia')).toEqual([]);
    expect(serverRows('coaching_objectives')).toEqual([]);
  });

  it('is refused before queueing for a supervisor of another team and for an agent, and checked', () => {
    expect(() => valeria.services.commands.saveCoachingObjective({ agent: 'mateo', ...objective })).toThrow(expect.objectContaining({ code: 'not_team_supervisor' }));
    expect(() => world.lucia.services.commands.saveCoachingNote({ agent: 'lucia', week: WEEK, text: 'yo' })).toThrow(expect.objectContaining({ code: 'not_team_supervisor' }));
    expect(() => sofia.services.commands.saveCoachingObjective({ agent: 'mateo', ...objective, target: -5 })).toThrow(expect.objectContaining({ code: 'invalid_coaching' }));
    expect(() => sofia.services.commands.saveCoachingNote({ agent: 'mateo', week: '2026-12-01', text: 'martes' })).toThrow(expect.objectContaining({ code: 'invalid_coaching' }));
    expect(() => sofia.services.commands.removeCoachingObjective(crypto.randomUUID())).toThrow(expect.objectContaining({ code: 'objective_not_found' }));
    for (const p of [sofia, valeria, world.lucia]) expect(p.services.store.outbox.list()).toEqual([]);
  });

  it('is undone on screen with its reason when the supervisor no longer supervises the agent’s team', async () => {
    const { mutationId } = sofia.services.commands.saveCoachingObjective({ agent: 'mateo', ...objective });
    sofia.services.commands.saveCoachingNote({ agent: 'mateo', week: WEEK, text: 'Repasamos los tiempos de respuesta' });
    world.sandbox.server.db.prepare(`UPDATE users SET supervises = '["soporte"]' WHERE username = 'sofia'`).run();
    await sofia.services.syncOnce();
    expect(logged(mutationId)).toEqual([{ status: 'rejected', reason: 'not_team_supervisor' }]);
    expect(sofia.services.store.outbox.list('rejected').map((m) => [m.name, m.reason])).toEqual([
      ['save_coaching_objective', 'not_team_supervisor'], ['save_coaching_note', 'not_team_supervisor'],
    ]);
    expect(sofia.services.store.coaching.objectives('mateo')).toEqual([]);
    expect(sofia.services.store.coaching.notes('mateo')).toEqual([]);
    expect(serverRows('coaching_objectives')).toEqual([]);
  });
});

describe('the weekly one-on-one notes', () => {
  it('keep one note per week, newest week first, the agent reading what the supervisors wrote', async () => {
    const first = sofia.services.commands.saveCoachingNote({ agent: 'lucia', week: WEEK, text: 'Repasamos <b>los tiempos</b>' });
    expect(sofia.services.store.coaching.notes('lucia')).toMatchObject([{ week: WEEK, text: 'Repasamos <b>los tiempos</b>', by: 'sofia', pending: true }]);
    sofia.services.commands.saveCoachingNote({ agent: 'lucia', week: '2026-11-23', text: 'Primera reunión' });
    await sofia.services.syncOnce();
    // Valeria writes the same week from her computer: still one note, now hers.
    await valeria.services.syncOnce();
    valeria.services.commands.saveCoachingNote({ agent: 'lucia', week: WEEK, text: 'Sumamos el objetivo de CSAT' });
    await valeria.services.syncOnce();
    await syncAll();
    expect(logged(first.mutationId)).toEqual([{ status: 'applied', reason: null }]);
    expect(serverRows('coaching_notes')).toEqual([{ id: `lucia/2026-11-23`, agent: 'lucia' }, { id: `lucia/${WEEK}`, agent: 'lucia' }]);
    for (const p of [sofia, valeria, world.lucia]) {
      expect(p.services.store.coaching.notes('lucia').map((n) => [n.week, n.text, n.by, n.byName, n.pending])).toEqual([
        [WEEK, 'Sumamos el objetivo de CSAT', 'valeria', 'Valeria Quiroga', false], ['2026-11-23', 'Primera reunión', 'sofia', 'Sofía Benítez', false],
      ]);
    }
    expect(world.mateo.services.store.coaching.notes('lucia')).toEqual([]);
  });
});
