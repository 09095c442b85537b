// Each agent's feed, on either engine: what a console pulls when cases move between agents (a
// supervisor's reassignment, as production moves them) and customers write.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ApiClient } from '../../src/main/sync/api-client.ts';
import { openProfile, withTwoAgentsOn, type TestProfile } from '../fixtures/services.ts';
import { agentScope } from '../fixtures/scope.ts';
import { ENGINE_SERVERS } from '../fixtures/servers.ts';

const threadIds = (p: TestProfile, caseId: string) => p.services.store.messages.thread(caseId).map((m) => m.id);
const hasCustomer = (p: TestProfile, id: string) => p.services.store.db.prepare('SELECT 1 FROM customers WHERE id = ?').get(id) !== undefined;

const cachedCases = (p: TestProfile, customerId: string) =>
  p.services.store.db.prepare<[string], { id: string; assigned_to: string | null }>('SELECT id, assigned_to FROM cases WHERE customer_id = ? ORDER BY id')
    .all(customerId);
const inboxIds = (p: TestProfile, agent: string) => p.services.store.cases.inbox(agent, { limit: 1000 }).map((c) => c.id);

describe.each(ENGINE_SERVERS)('on $engine', (engine) => {
  const world = withTwoAgentsOn(() => engine.start());

  /** A customer of whose cases `agent` holds exactly one, and nobody else any. */
  async function soleCaseOf(agent: string): Promise<{ customerId: string; caseId: string }> {
    return (await world.server.sql.row<{ customerId: string; caseId: string }>(
      `SELECT customer_id AS "customerId", min(id) AS "caseId" FROM cases GROUP BY customer_id
       HAVING count(*) = 1 AND max(assigned_to) = ? AND min(assigned_to) = ? ORDER BY customer_id LIMIT 1`,
      agent, agent,
    ))!;
  }

  /** Sofia, who supervises both agents' teams (soporte and ventas), moves the case from her console. */
  async function supervisorReassigns(caseId: string, to: string): Promise<void> {
    let token = '';
    const api = new ApiClient({ baseUrl: world.server.url, token: () => token });
    const clientId = randomUUID();
    token = (await api.login('sofia', 'sandbox', clientId)).token;
    const { results } = await api.push(clientId, [{ seq: 1, id: randomUUID(), name: 'reassign_case', args: { caseId, to }, baseVersion: null }]);
    expect(results, `reassign ${caseId} to ${to}`).toMatchObject([{ status: 'applied' }]);
  }

  /** The case's customer writes into it, by their own handle on its channel (what an organisation's ingest joins by). */
  async function customerWritesInto(caseId: string, text: string): Promise<void> {
    const who = (await world.server.sql.row<{ channel: string; name: string; handle: string }>(
      `SELECT c.channel, cu.name, i.handle FROM cases c JOIN customers cu ON cu.id = c.customer_id JOIN identities i ON i.id = c.identity_id
       WHERE c.id = ?`, caseId))!;
    const answer = await world.server.customerWrites({ channel: who.channel, customer: { name: who.name, handle: who.handle }, text, caseId });
    expect(answer.json, answer.text).toMatchObject({ caseId });
  }

  describe('the per-agent feed', () => {
    it('lists only the agent’s own cases in the inbox, their customers’ other cases kept as history', async () => {
      const luciaCases = inboxIds(world.lucia, 'lucia');
      const mateoCases = inboxIds(world.mateo, 'mateo');
      expect(luciaCases.length).toBeGreaterThan(0);
      expect(luciaCases.filter((id) => mateoCases.includes(id))).toEqual([]);
      const scope = await agentScope(world.server.sql, 'lucia');
      expect(luciaCases).toHaveLength(scope.assigned);
      expect(world.lucia.services.store.cases.count()).toBe(scope.cases);
      expect(scope.cases).toBeGreaterThan(scope.assigned);
    });

    it('moves a reassigned case with its whole thread and customer, and takes it from the previous agent', async () => {
      const { caseId, customerId } = await soleCaseOf('lucia');
      const moved = world.lucia.services.store.cases.summary(caseId)!;
      expect(moved.customerId).toBe(customerId);
      const thread = threadIds(world.lucia, moved.id);
      expect(thread.length).toBeGreaterThan(0);
      await supervisorReassigns(moved.id, 'mateo');
      await world.lucia.services.syncOnce();
      await world.mateo.services.syncOnce();

      expect(world.lucia.services.store.cases.get(moved.id)).toBeUndefined();
      expect(threadIds(world.lucia, moved.id)).toEqual([]);
      expect(world.mateo.services.store.cases.get(moved.id)?.assignedTo).toBe('mateo');
      expect(threadIds(world.mateo, moved.id)).toEqual(thread);
      expect(hasCustomer(world.mateo, moved.customerId)).toBe(true);
    });

    it('gives a console pulling from scratch the same cache as one that followed every change, reset included', async () => {
      const moved = world.lucia.services.store.cases.inbox('lucia', { limit: 1 })[0]!;
      await supervisorReassigns(moved.id, 'mateo');
      await supervisorReassigns(moved.id, 'lucia');
      await customerWritesInto(moved.id, 'Sigo esperando');
      world.lucia.services.commands.sendReply(moved.id, 'Respuesta que el reset borra');
      await world.lucia.services.syncOnce();
      // Only the sandbox has a reset (the scenario seeded again under the consoles); an organisation's server goes on.
      await world.server.reset?.();
      await customerWritesInto(moved.id, 'Después del reset');
      // Cases moving into and out of history: Ana keeps lucia (case-001), Martín leaves mateo.
      await supervisorReassigns('case-002', 'mateo');
      await supervisorReassigns('case-007', 'lucia');
      world.lucia.services.commands.addCustomerNote('cus-ana-gomez', 'Prefiere que la llamen a la tarde');
      await world.lucia.services.syncOnce();
      await world.mateo.services.syncOnce();
      const snapshot = (p: TestProfile) => ({
        cases: p.services.store.db.prepare('SELECT id, status, assigned_to, version FROM cases ORDER BY id').all(),
        messages: p.services.store.db.prepare('SELECT id, text FROM messages ORDER BY id').all(),
        customers: p.services.store.db.prepare('SELECT id FROM customers ORDER BY id').all(),
        identities: p.services.store.db.prepare('SELECT id FROM customer_identities ORDER BY id').all(),
        notes: p.services.store.db.prepare('SELECT id, text, version FROM customer_notes ORDER BY id').all(),
      });
      for (const followed of [world.lucia, world.mateo]) {
        const agent = followed.services.profile.username;
        const fresh = await openProfile(world.server, `${world.dir.path}/${agent}-2`, agent);
        await fresh.services.syncOnce();
        expect(snapshot(fresh), agent).toEqual(snapshot(followed));
        fresh.services.close();
      }
      expect(snapshot(world.lucia).notes).toHaveLength(1);
    });

    it('drops a customer from a console once none of their cases is that agent’s', async () => {
      const { customerId, caseId } = await soleCaseOf('lucia');
      expect(hasCustomer(world.lucia, customerId)).toBe(true);
      await supervisorReassigns(caseId, 'mateo');
      await world.lucia.services.syncOnce();
      expect(hasCustomer(world.lucia, customerId)).toBe(false);
      expect(world.lucia.services.store.db.prepare('SELECT count(*) AS n FROM customer_identities WHERE customer_id = ?').get(customerId)).toEqual({ n: 0 });
    });
  });

  describe('a customer’s history', () => {
    // Ana Gómez: cases 001–003 are lucia's, 004 (resolved, by e-mail) is mateo's.
    const ana = 'cus-ana-gomez';

    it('reaches every agent holding one of the customer’s cases, with the threads, read-only for them', async () => {
      expect(cachedCases(world.lucia, ana)).toEqual([
        { id: 'case-001', assigned_to: 'lucia' }, { id: 'case-002', assigned_to: 'lucia' },
        { id: 'case-003', assigned_to: 'lucia' }, { id: 'case-004', assigned_to: 'mateo' },
      ]);
      expect(cachedCases(world.mateo, ana)).toEqual(cachedCases(world.lucia, ana));
      const serverThread = await world.server.sql.rows<{ id: string }>("SELECT id FROM messages WHERE case_id = 'case-004' ORDER BY sent_at");
      expect(threadIds(world.lucia, 'case-004')).toEqual(serverThread.map((m) => m.id));
      expect(inboxIds(world.lucia, 'lucia')).not.toContain('case-004');
      expect(inboxIds(world.mateo, 'mateo')).toContain('case-004');
      expect(inboxIds(world.mateo, 'mateo')).not.toContain('case-001');
    });

    it('brings a new case of the customer to everyone holding one of theirs', async () => {
      // Her WhatsApp case was resolved weeks ago: a new case, routed to one of them (or anyone), history for the other.
      const answer = await world.server.customerWrites({ channel: 'whatsapp', customer: { name: 'Ana Gómez', handle: '+54 9 351 555-0101' }, text: 'Hola, otra consulta' });
      const { caseId } = answer.json as { caseId: string };
      expect(['case-001', 'case-002', 'case-003', 'case-004']).not.toContain(caseId);
      const routedTo = (await world.server.sql.row<{ assigned_to: string }>('SELECT assigned_to FROM cases WHERE id = ?', caseId))!.assigned_to;
      for (const holder of [world.lucia, world.mateo]) {
        await holder.services.syncOnce();
        expect(holder.services.store.cases.get(caseId)).toMatchObject({ customerId: ana, assignedTo: routedTo });
        expect(holder.services.store.messages.thread(caseId).map((m) => m.text)).toEqual(['Hola, otra consulta']);
      }
    });

    it('keeps a case reassigned away as read-only history while the agent holds another case of the customer', async () => {
      const thread = threadIds(world.lucia, 'case-002');
      await supervisorReassigns('case-002', 'mateo');
      await world.lucia.services.syncOnce();
      await world.mateo.services.syncOnce();
      expect(world.lucia.services.store.cases.get('case-002')?.assignedTo).toBe('mateo');
      expect(threadIds(world.lucia, 'case-002')).toEqual(thread);
      expect(inboxIds(world.lucia, 'lucia')).not.toContain('case-002');
      expect(inboxIds(world.mateo, 'mateo')).toContain('case-002');
    });

    it('is retracted, threads, identities and notes included, once the agent holds none of the customer’s cases', async () => {
      world.mateo.services.commands.addCustomerNote(ana, 'Pidió factura en papel');
      await world.mateo.services.syncOnce();
      expect(world.mateo.services.store.customerNotes.forCustomer(ana)).toHaveLength(1);
      await supervisorReassigns('case-004', 'lucia');
      await world.mateo.services.syncOnce();
      await world.lucia.services.syncOnce();
      expect(cachedCases(world.mateo, ana)).toEqual([]);
      for (const id of ['case-001', 'case-004']) expect(threadIds(world.mateo, id)).toEqual([]);
      expect(hasCustomer(world.mateo, ana)).toBe(false);
      expect(world.mateo.services.store.db.prepare('SELECT count(*) AS n FROM customer_identities WHERE customer_id = ?').get(ana)).toEqual({ n: 0 });
      expect(world.mateo.services.store.customerNotes.forCustomer(ana)).toEqual([]);
      expect(cachedCases(world.lucia, ana).map((c) => c.assigned_to)).toEqual(['lucia', 'lucia', 'lucia', 'lucia']);
      expect(world.lucia.services.store.customerNotes.forCustomer(ana).map((n) => n.text)).toEqual(['Pidió factura en papel']);
    });
  });
});
