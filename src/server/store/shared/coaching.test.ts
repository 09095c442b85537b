// The coaching plan, written once, on both engines: the wire's data back as saved, versions growing.
import { describe, expect, it } from 'vitest';
import { ENGINES } from '../../../../tests/fixtures/engines.ts';
import { coaching } from './coaching.ts';

describe.each(ENGINES)('the coaching plan on $engine', (engine) => {
  it('keeps objectives and notes as the wire has them, each save a newer version', async () => {
    const sql = await engine.open();
    const plan = coaching(sql);
    const objective = {
      metric: 'csat' as const, target: 4, comparison: 'at_least' as const, due: null, note: '', agent: 'lucia', createdBy: 'sara', updatedAt: '2026-01-05T09:00:00Z',
    };
    const version = async () => (await sql.row<{ version: number }>('SELECT version FROM coaching_objectives WHERE id = ?', 'o1'))?.version ?? 0;
    await plan.saveObjective('o1', objective);
    const first = await version();
    await plan.saveObjective('o1', { ...objective, target: 5 });
    expect(await plan.objective('o1')).toEqual({ ...objective, target: 5 });
    expect(await version()).toBeGreaterThan(first);
    await plan.removeObjective('o1');
    expect(await plan.objective('o1')).toBeUndefined();
    const note = { agent: 'lucia', week: '2026-01-05', text: 'Good week', by: 'sara', updatedAt: '2026-01-05T09:00:00Z' };
    await plan.saveNote('n1', note);
    await plan.saveNote('n1', { ...note, text: 'Better week' });
    expect(await plan.note('n1')).toEqual({ ...note, text: 'Better week' });
    expect(await plan.note('n2')).toBeUndefined();
  });
});
