// Each agent's feed: what a console pulls when cases move between agents.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningSandbox, tempDir } from '../../../tests/fixtures/sandbox.ts';
import { openProfile, startTwoAgents, stopTwoAgents, type TestProfile } from '../../../tests/fixtures/services.ts';

let sandbox: RunningSandbox;
let dir: ReturnType<typeof tempDir>;
let lucia: TestProfile;
let mateo: TestProfile;

beforeEach(async () => {
  ({ sandbox, dir, lucia, mateo } = await startTwoAgents());
});
afterEach(() => stopTwoAgents({ sandbox, dir, lucia, mateo }));

const threadIds = (p: TestProfile, caseId: string) => p.services.store.messages.thread(caseId).map((m) => m.id);
const hasCustomer = (p: TestProfile, id: string) => p.services.store.db.prepare('SELECT 1 FROM customers WHERE id = ?').get(id) !== undefined;

describe('the per-agent feed', () => {
  it('gives each console only its agent’s cases', () => {
    const luciaCases = lucia.services.store.cases.inbox('lucia', { limit: 1000 }).map((c) => c.id);
    const mateoCases = mateo.services.store.cases.inbox('mateo', { limit: 1000 }).map((c) => c.id);
    expect(luciaCases.length).toBeGreaterThan(0);
    expect(luciaCases.filter((id) => mateoCases.includes(id))).toEqual([]);
    expect(lucia.services.store.cases.count()).toBe(luciaCases.length);
  });

  it('moves a reassigned case with its whole thread and customer, and takes it from the previous agent', async () => {
    const moved = lucia.services.store.cases.inbox('lucia', { limit: 1 })[0]!;
    const thread = threadIds(lucia, moved.id);
    await sandbox.control('POST', '/v1/sandbox/assign', { caseId: moved.id, to: 'mateo' });
    await lucia.services.syncOnce();
    await mateo.services.syncOnce();

    expect(lucia.services.store.cases.get(moved.id)).toBeUndefined();
    expect(threadIds(lucia, moved.id)).toEqual([]);
    expect(mateo.services.store.cases.get(moved.id)?.assigned_to).toBe('mateo');
    expect(threadIds(mateo, moved.id)).toEqual(thread);
    expect(hasCustomer(mateo, moved.customerId)).toBe(true);
  });

  it('gives a console pulling from scratch the same cache as one that followed every change, reset included', async () => {
    const moved = lucia.services.store.cases.inbox('lucia', { limit: 1 })[0]!;
    await sandbox.control('POST', '/v1/sandbox/assign', { caseId: moved.id, to: 'mateo' });
    await sandbox.control('POST', '/v1/sandbox/assign', { caseId: moved.id, to: 'lucia' });
    await sandbox.control('POST', '/v1/sandbox/inbound', { channel: moved.channel, customer: { name: 'X', handle: 'x' }, text: 'Sigo esperando', caseId: moved.id });
    lucia.services.commands.sendReply(moved.id, 'Respuesta que el reset borra');
    await lucia.services.syncOnce();
    await sandbox.control('POST', '/v1/sandbox/reset');
    await sandbox.control('POST', '/v1/sandbox/inbound', { channel: moved.channel, customer: { name: 'X', handle: 'x' }, text: 'Después del reset', caseId: moved.id });
    await lucia.services.syncOnce();
    const fresh = await openProfile(sandbox, `${dir.path}/lucia-2`, 'lucia');
    await fresh.services.syncOnce();
    const snapshot = (p: TestProfile) => ({
      cases: p.services.store.db.prepare('SELECT id, status, version FROM cases ORDER BY id').all(),
      messages: p.services.store.db.prepare('SELECT id, text FROM messages ORDER BY id').all(),
      customers: p.services.store.db.prepare('SELECT id FROM customers ORDER BY id').all(),
      identities: p.services.store.db.prepare('SELECT id FROM customer_identities ORDER BY id').all(),
    });
    expect(snapshot(fresh)).toEqual(snapshot(lucia));
    fresh.services.close();
  });

  it('drops a customer from a console once none of their cases is that agent’s', async () => {
    const row = sandbox.server.db
      .prepare<[], { customer_id: string }>(
        `SELECT customer_id FROM cases GROUP BY customer_id
         HAVING count(*) = 1 AND max(assigned_to) = 'lucia' AND min(assigned_to) = 'lucia' LIMIT 1`,
      )
      .get()!;
    const onlyCase = sandbox.server.db.prepare<[string], { id: string }>('SELECT id FROM cases WHERE customer_id = ?').get(row.customer_id)!;
    expect(hasCustomer(lucia, row.customer_id)).toBe(true);
    await sandbox.control('POST', '/v1/sandbox/assign', { caseId: onlyCase.id, to: 'mateo' });
    await lucia.services.syncOnce();
    expect(hasCustomer(lucia, row.customer_id)).toBe(false);
    expect(lucia.services.store.db.prepare('SELECT count(*) AS n FROM customer_identities WHERE customer_id = ?').get(row.customer_id)).toEqual({ n: 0 });
  });
});
