// An agent's decisions on a customer message (its type, Restaurar in Filtrados) against the real
// sandbox: shown at once, offline too, applied once, seen by every console holding the case (the
// agent's second computer, another agent holding the customer's history), and a refusal undone
// on screen at once with its reason.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openProfile, withTwoAgents, type TestProfile } from '../../../tests/fixtures/services.ts';

const world = withTwoAgents();
/** Lucía's second computer, signed in and synced. */
let second: TestProfile;
beforeEach(async () => {
  second = await openProfile(world.sandbox, `${world.dir.path}/lucia-2`, 'lucia');
  await second.services.syncOnce();
});
afterEach(() => second.services.close());

// Ana Gómez writes on lucia's case-001; mateo holds her case-004, so he has case-001 as history.
const CASE = 'case-001';

const triageOf = (profile: TestProfile, caseId: string, messageId: string) =>
  profile.services.store.messages.thread(caseId).find((m) => m.id === messageId)?.triage;
const firstCustomerMessage = (caseId: string): string => {
  const found = world.lucia.services.store.messages.thread(caseId).find((m) => m.kind === 'customer');
  if (!found) throw new Error(`${caseId} has no customer message`);
  return found.id;
};
const serverDecisions = () => world.sandbox.server.db.prepare('SELECT message_id, type, restored, by FROM message_decisions ORDER BY message_id').all();
const logged = (mutationId: string) => world.sandbox.server.db.prepare('SELECT status FROM mutation_log WHERE mutation_id = ?').all(mutationId);
const ids = (profile: TestProfile, view: 'queue' | 'filtered') => profile.services.store.cases.inbox('lucia', { view }).map((c) => c.id);

/** A customer writes "hola" on a new case of lucia's: the noise filter holds it. */
async function holaCase(): Promise<{ caseId: string; messageId: string }> {
  const written = await world.sandbox.control<{ caseId: string; messageId: string }>('POST', '/v1/sandbox/inbound', {
    channel: 'whatsapp', customer: { name: 'Cliente', handle: `hola-${crypto.randomUUID()}` }, text: 'hola', assignTo: 'lucia',
  });
  await world.lucia.services.syncOnce();
  await second.services.syncOnce();
  return written;
}

describe('a message type the agent chose', () => {
  it('shows at once offline, is applied once, and reaches the agent’s other computer and the agent holding the history', async () => {
    const messageId = firstCustomerMessage(CASE);
    const computed = triageOf(world.lucia, CASE, messageId)?.computedType;
    const chosen = computed === 'hostile' ? 'no_content' : 'hostile';
    await world.sandbox.goOffline();
    const { mutationId } = world.lucia.services.commands.setMessageType(messageId, chosen);
    expect(triageOf(world.lucia, CASE, messageId)).toMatchObject({ type: chosen, computedType: computed, overridden: true, pending: true });
    await expect(world.lucia.services.syncOnce()).rejects.toThrow(/Cannot reach/);

    await world.sandbox.restart();
    await world.lucia.services.syncOnce();
    await world.lucia.services.syncOnce();
    expect(logged(mutationId)).toEqual([{ status: 'applied' }]);
    expect(serverDecisions()).toEqual([{ message_id: messageId, type: chosen, restored: 0, by: 'lucia' }]);
    expect(triageOf(world.lucia, CASE, messageId)).toMatchObject({ type: chosen, overridden: true, pending: false, decidedBy: { username: 'lucia', you: true } });
    // The case keeps the type it came in with: the reference the agent's choice is judged against.
    expect(world.sandbox.server.db.prepare('SELECT message_type FROM cases WHERE id = ?').get(CASE)).toEqual({ message_type: 'hostile' });

    await second.services.syncOnce();
    await world.mateo.services.syncOnce();
    expect(triageOf(second, CASE, messageId)).toMatchObject({ type: chosen, computedType: computed, overridden: true, decidedBy: { username: 'lucia', you: true } });
    expect(triageOf(world.mateo, CASE, messageId)).toMatchObject({
      type: chosen, computedType: computed, overridden: true, decidedBy: { username: 'lucia', name: 'Lucía Fernández', you: false },
    });

    // Back to the classifier's type, from the second computer: the first follows.
    second.services.commands.setMessageType(messageId, null);
    await second.services.syncOnce();
    await world.lucia.services.syncOnce();
    expect(triageOf(world.lucia, CASE, messageId)).toMatchObject({ type: computed, overridden: false });
    expect(serverDecisions()).toEqual([{ message_id: messageId, type: null, restored: 0, by: 'lucia' }]);
  });

  it('is refused before queueing on the history of another agent’s case', () => {
    const history = world.mateo.services.store.messages.thread(CASE).find((m) => m.kind === 'customer')!;
    expect(() => world.mateo.services.commands.setMessageType(history.id, 'public')).toThrow(expect.objectContaining({ code: 'not_assigned' }));
    expect(world.mateo.services.store.outbox.list()).toEqual([]);
  });
});

describe('Restaurar in Filtrados', () => {
  it('puts the case back in the queue at once, once on the server, and on the agent’s other computer', async () => {
    const { caseId, messageId } = await holaCase();
    expect(ids(second, 'filtered')).toContain(caseId);
    await world.sandbox.goOffline();
    const { mutationId } = world.lucia.services.commands.restoreMessage(messageId);
    expect(ids(world.lucia, 'queue')).toContain(caseId);
    expect(ids(world.lucia, 'filtered')).not.toContain(caseId);
    expect(triageOf(world.lucia, caseId, messageId)).toMatchObject({ noise: 'courtesy', restored: true, filtered: false, pending: true });

    await world.sandbox.restart();
    await world.lucia.services.syncOnce();
    await second.services.syncOnce();
    expect(logged(mutationId)).toEqual([{ status: 'applied' }]);
    expect(serverDecisions()).toEqual([{ message_id: messageId, type: null, restored: 1, by: 'lucia' }]);
    for (const console of [world.lucia, second]) {
      expect(ids(console, 'queue')).toContain(caseId);
      expect(ids(console, 'filtered')).not.toContain(caseId);
      expect(triageOf(console, caseId, messageId)).toMatchObject({ restored: true, filtered: false, pending: false });
    }
  });
});

describe('a refused decision', () => {
  it('goes back on screen at once when the case was reassigned meanwhile (not_assigned)', async () => {
    const { caseId, messageId } = await holaCase();
    const type = world.lucia.services.commands.setMessageType(messageId, 'hostile_no_content');
    const restore = world.lucia.services.commands.restoreMessage(messageId);
    await world.sandbox.control('POST', '/v1/sandbox/assign', { caseId, to: 'mateo' });
    // The push is answered; the pull that would bring the reassignment fails.
    await world.sandbox.fault({ route: 'pull', status: 500, times: 1000 });
    await expect(world.lucia.services.syncOnce()).rejects.toThrow(/Server error 500/);
    expect(world.lucia.services.store.outbox.forCase(caseId)).toMatchObject([
      { id: type.mutationId, status: 'conflict', reason: 'not_assigned' },
      { id: restore.mutationId, status: 'conflict', reason: 'not_assigned' },
    ]);
    expect(triageOf(world.lucia, caseId, messageId)).toMatchObject({ overridden: false, restored: false, filtered: true, pending: false });
    expect(ids(world.lucia, 'filtered')).toContain(caseId);
    expect(serverDecisions()).toEqual([]);
  });

  it('goes back on screen at once when the message is not the customer’s on that case (not_in_case), or the case is gone (case_not_found)', async () => {
    const { caseId, messageId } = await holaCase();
    const store = world.lucia.services.store;
    const restore = world.lucia.services.commands.restoreMessage(messageId);
    const type = world.lucia.services.commands.setMessageType(messageId, 'public');
    // As a console with a damaged cache would send them.
    store.db.prepare("UPDATE outbox SET args = json_set(args, '$.caseId', ?) WHERE id = ?").run(CASE, restore.mutationId);
    store.db.prepare("UPDATE outbox SET args = json_set(args, '$.caseId', 'case-gone') WHERE id = ?").run(type.mutationId);
    world.lucia.events.length = 0;
    await world.lucia.services.syncOnce();
    expect(store.outbox.list('rejected')).toMatchObject([{ id: restore.mutationId, reason: 'not_in_case', message: expect.stringMatching(/is not one the customer wrote on case #1001/) }]);
    expect(store.outbox.list('conflict')).toMatchObject([{ id: type.mutationId, reason: 'case_not_found' }]);
    expect(triageOf(world.lucia, caseId, messageId)).toMatchObject({ type: 'no_content', overridden: false, restored: false, filtered: true });
    expect(ids(world.lucia, 'filtered')).toContain(caseId);
    expect(world.lucia.events).toContainEqual({ type: 'changed', entities: expect.arrayContaining(['outbox', 'message', 'case']) });
    expect(serverDecisions()).toEqual([]);
  });
});
