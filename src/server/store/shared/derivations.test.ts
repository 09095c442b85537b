// Derivations written once, on both engines.
import { describe, expect, it } from 'vitest';
import { ENGINES } from '../../../../tests/fixtures/engines.ts';
import { derivations } from './derivations.ts';

const AT = '2026-03-10T10:00:00.000Z';

describe.each(ENGINES)('derivations on $engine', (engine) => {
  it('reads a case\'s newest open derivation with its recipients, once each and in order', async () => {
    const sql = await engine.open();
    await sql.run("INSERT INTO customers (id, name, segment, followers, public_figure, language, version) VALUES ('cus-1', 'Ana', 'new', 0, 0, 'es', 1)");
    await sql.run(`INSERT INTO cases (id, number, customer_id, channel, subject, status, priority, language, created_at, updated_at, version)
      VALUES ('case-1', 1001, 'cus-1', 'whatsapp', 's', 'open', 'normal', 'es', ?, ?, 1)`, AT, AT);
    const d = derivations(sql);
    const derive = (id: string, to: string, recipients: string[]) =>
      d.create({ id, caseId: 'case-1', byAgent: 'lucia', to, note: 'n', reason: null, recipients, at: AT });
    expect(await d.open('case-1')).toBeUndefined();
    await derive('d-1', 'billing', ['mateo']);
    await d.close('d-1', { state: 'answered', answer: 'done', by: 'mateo', at: AT });
    await derive('d-2', 'legal', ['zoe', 'ana', 'zoe']);
    await derive('d-3', 'sales', ['bea']);
    expect(await d.open('case-1')).toEqual({ id: 'd-3', to: 'sales', byAgent: 'lucia', recipients: ['bea'] });
    await d.close('d-3', { state: 'returned', answer: null, by: 'bea', at: AT });
    expect(await d.open('case-1')).toEqual({ id: 'd-2', to: 'legal', byAgent: 'lucia', recipients: ['ana', 'zoe'] });
    expect(await d.exists('d-1')).toBe(true);
    expect(await d.exists('d-9')).toBe(false);
    expect(await sql.rows('SELECT seq FROM derivations ORDER BY seq')).toEqual([{ seq: 1 }, { seq: 2 }, { seq: 3 }]);
  });
});
