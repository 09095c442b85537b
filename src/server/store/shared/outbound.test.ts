// Deliveries, written once, on both engines: to the customer's own account, their sources as JSON.
import { describe, expect, it } from 'vitest';
import { ENGINES } from '../../../../tests/fixtures/engines.ts';
import { outbound } from './outbound.ts';

const delivery = {
  caseId: 'c1', channel: 'email', text: 'Hola', kind: 'reply' as const, mutationId: 'm1', clientId: 'cl', username: 'lucia', sentAt: '2026-01-01',
};

describe.each(ENGINES)('deliveries on $engine', (engine) => {
  it('records a delivery to the identity\'s handle, its sources as JSON or null', async () => {
    const sql = await engine.open();
    await sql.run(`INSERT INTO customers (id, name, segment, followers, public_figure, language, version)
      VALUES ('cu1', 'Ana', 'standard', 0, 0, 'es', 1)`);
    await sql.run("INSERT INTO identities (id, customer_id, channel, handle, validated, version) VALUES ('i1', 'cu1', 'email', 'ana@example.com', 1, 1)");
    await outbound(sql).record({ ...delivery, identityId: 'i1', templates: [{ id: 't1', version: 2 }], articles: [] });
    await outbound(sql).record({ ...delivery, identityId: null, mutationId: 'm2' });
    expect(await sql.rows('SELECT mutation_id AS "mutationId", to_handle AS "to", templates, articles FROM outbound ORDER BY id')).toEqual([
      { mutationId: 'm1', to: 'ana@example.com', templates: '[{"id":"t1","version":2}]', articles: null },
      { mutationId: 'm2', to: null, templates: null, articles: null },
    ]);
  });
});
