// Linking an unknown account to a known customer, unlinking it, merging two records and undoing:
// queued offline like any change, applied once by the server, and seen by every agent who
// holds one of the customer's cases. Replies keep going to the account the case came through.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { withTwoAgents, type TestProfile } from '../../../tests/fixtures/services.ts';
import { CommandError } from '../commands/errors.ts';

const world = withTwoAgents();

const ana = 'cus-ana-gomez'; // lucia holds cases 001–003 (X, X DM, WhatsApp), mateo case-004 (e-mail)

/** A customer writes from an account the organisation does not know yet; lucia gets the case. */
async function unknownWrites(channel: string, handle: string, text: string): Promise<{ caseId: string; customerId: string }> {
  const { caseId } = await world.sandbox.control<{ caseId: string }>('POST', '/v1/sandbox/inbound', {
    channel, customer: { name: 'Ana G.', handle }, text, assignTo: 'lucia',
  });
  await world.lucia.services.syncOnce();
  return { caseId, customerId: world.lucia.services.store.cases.get(caseId)!.customerId };
}

const history = (agent: TestProfile, customerId: string) =>
  agent.services.store.cases.history(customerId, agent.services.profile.username).map((c) => c.id).sort();
const code = (act: () => unknown) => {
  try {
    act();
  } catch (error) {
    return error instanceof CommandError ? error.code : 'other';
  }
  return 'none';
};

describe('linking an account to a known customer', () => {
  it('is queued offline, moves the case into the customer’s history for every agent, and the next contact arrives identified', async () => {
    const { caseId, customerId: unknown } = await unknownWrites('email', 'ana.g.personal@mail.com', 'Hola, les escribí por X también');
    expect(unknown).not.toBe(ana);

    await world.sandbox.goOffline();
    world.lucia.services.commands.linkIdentity(caseId, ana);
    expect(world.lucia.services.store.outbox.pendingCustomerChanges(unknown)).toEqual(['link_identity']);
    await world.sandbox.restart();
    await world.lucia.services.syncOnce();
    await world.mateo.services.syncOnce();

    expect(world.lucia.services.store.cases.get(caseId)!.customerId).toBe(ana);
    expect(history(world.lucia, ana)).toEqual(['case-001', 'case-002', 'case-003', 'case-004', caseId].sort());
    expect(history(world.mateo, ana)).toContain(caseId);
    const profile = world.lucia.services.store.customers.profile(ana)!;
    expect(profile.identities).toContainEqual(expect.objectContaining({ channel: 'email', handle: 'ana.g.personal@mail.com', validated: true }));
    expect(profile.merges).toEqual([expect.objectContaining({ kind: 'link', mergedId: unknown, mergedName: 'Ana G.', by: 'lucia' })]);
    // The emptied record retired: no console keeps it.
    expect(world.lucia.services.store.customers.profile(unknown)).toBeNull();
    expect(world.lucia.services.store.outbox.pendingCustomerChanges(ana)).toEqual([]);

    const next = await unknownWrites('email', 'ana.g.personal@mail.com', 'Otra consulta');
    expect(next.customerId).toBe(ana);

    // A second change reusing the link's id is refused in words, not a server error.
    const { linkId } = world.lucia.services.store.outbox.list()[0]!.args as { linkId: string };
    const reused = await world.lucia.services.api.push('another-console', [
      { seq: 1, id: randomUUID(), name: 'link_identity', args: { linkId, caseId: next.caseId, customerId: 'cus-carolina-paz' }, baseVersion: null },
    ]);
    expect(reused.results).toEqual([expect.objectContaining({ status: 'rejected', reason: 'duplicate_merge' })]);
  });

  it('can be undone: the record comes back with its case, and the other agent no longer sees it', async () => {
    const { caseId, customerId: unknown } = await unknownWrites('email', 'ana.g.personal@mail.com', 'Hola');
    world.lucia.services.commands.linkIdentity(caseId, ana);
    await world.lucia.services.syncOnce();
    await world.mateo.services.syncOnce();
    const [link] = world.lucia.services.store.customers.merges(ana);
    // The account writes again while linked: its new case is Ana's, and goes back with the undo.
    const later = await unknownWrites('email', 'ana.g.personal@mail.com', 'Otra cosa');
    expect(later.customerId).toBe(ana);

    world.lucia.services.commands.undoMerge(caseId, link!.mergeId);
    await world.lucia.services.syncOnce();
    await world.mateo.services.syncOnce();

    expect(world.lucia.services.store.cases.get(caseId)!.customerId).toBe(unknown);
    expect(world.lucia.services.store.customers.profile(unknown)!.identities).toEqual([
      expect.objectContaining({ handle: 'ana.g.personal@mail.com', validated: false }),
    ]);
    expect(world.lucia.services.store.customers.merges(ana)).toEqual([]);
    expect(history(world.mateo, ana)).not.toContain(caseId);
    expect(world.lucia.services.store.cases.get(later.caseId)!.customerId).toBe(unknown);
    expect(world.mateo.services.store.customers.profile(ana)!.identities.map((i) => i.handle)).not.toContain('ana.g.personal@mail.com');
    // The same undo a second time is refused in words, not applied twice.
    expect(code(() => world.lucia.services.commands.undoMerge(caseId, link!.mergeId))).toBe('merge_not_found');
  });

  it('is refused before queuing on another agent’s case, or to the customer the case already has', () => {
    expect(code(() => world.lucia.services.commands.linkIdentity('case-004', 'cus-carolina-paz'))).toBe('not_assigned');
    expect(code(() => world.lucia.services.commands.linkIdentity('case-001', ana))).toBe('same_customer');
    expect(world.lucia.services.store.outbox.list()).toEqual([]);
  });
});

describe('unlinking an account', () => {
  it('moves it and the cases that came through it to a record of its own, with the reason kept', async () => {
    const whatsapp = world.lucia.services.store.customers.profile(ana)!.identities.find((i) => i.channel === 'whatsapp')!;
    world.lucia.services.commands.unlinkIdentity('case-001', whatsapp.id, 'El número es de su hermano');
    await world.lucia.services.syncOnce();

    const moved = world.lucia.services.store.cases.get('case-003')!; // the WhatsApp case
    expect(moved.customerId).not.toBe(ana);
    expect(world.lucia.services.store.customers.profile(moved.customerId)!.identities).toEqual([
      expect.objectContaining({ id: whatsapp.id, handle: '+54 9 351 555-0101', validated: false }),
    ]);
    expect(world.lucia.services.store.customers.profile(ana)!.identities.map((i) => i.channel)).not.toContain('whatsapp');
    expect(world.sandbox.server.db.prepare('SELECT reason, by FROM identity_unlinks').all()).toEqual([{ reason: 'El número es de su hermano', by: 'lucia' }]);
  });

  it('needs a reason, and is refused for a customer’s only account', async () => {
    const whatsapp = world.lucia.services.store.customers.profile(ana)!.identities.find((i) => i.channel === 'whatsapp')!;
    expect(code(() => world.lucia.services.commands.unlinkIdentity('case-001', whatsapp.id, ' '))).toBe('invalid_unlink');
    const { caseId, customerId } = await unknownWrites('sms', '+54 9 11 4444-0000', 'Hola');
    const only = world.lucia.services.store.customers.profile(customerId)!.identities[0]!;
    expect(code(() => world.lucia.services.commands.unlinkIdentity(caseId, only.id, 'No es esta persona'))).toBe('only_identity');
  });
});

describe('merging two records', () => {
  it('folds one into the other, replies still go to the case’s own account, and an undo puts everything back', async () => {
    // Ana writes by SMS from her WhatsApp number: a new record the directory suggests merging.
    const { caseId, customerId: sms } = await unknownWrites('sms', '351 555 0101', 'Soy Ana, sin señal');
    const { customers } = await world.lucia.services.api.searchCustomers('', ['phone:3515550101']);
    expect(customers.map((c) => c.id).sort()).toEqual([ana, sms].sort());

    const { mergeId } = world.lucia.services.commands.mergeCustomers(caseId, ana, sms);
    world.lucia.services.commands.sendReply(caseId, 'Hola Ana, ya lo vemos');
    await world.lucia.services.syncOnce();
    await world.mateo.services.syncOnce();

    expect(world.lucia.services.store.cases.get(caseId)!.customerId).toBe(ana);
    expect(history(world.mateo, ana)).toContain(caseId);
    const [reply] = (await world.sandbox.outbound()) as unknown as { caseId: string; channel: string; to: string }[];
    expect(reply).toMatchObject({ caseId, channel: 'sms', to: '351 555 0101' });
    // The retired record is out of the directory; merging into it is refused by the server.
    expect((await world.lucia.services.api.searchCustomers('Ana G.')).customers.map((c) => c.id)).not.toContain(sms);

    world.lucia.services.commands.undoMerge(caseId, mergeId);
    await world.lucia.services.syncOnce();
    await world.mateo.services.syncOnce();
    expect(world.lucia.services.store.cases.get(caseId)!.customerId).toBe(sms);
    expect(history(world.mateo, ana)).not.toContain(caseId);
    expect(history(world.lucia, ana)).toEqual(['case-001', 'case-002', 'case-003', 'case-004']);
  });

  it('into a record that was merged away meanwhile is refused by the server, in words', async () => {
    const first = await unknownWrites('sms', '351 555 0101', 'Hola');
    const second = await unknownWrites('webchat', 'ana-web', 'Hola de nuevo');
    world.lucia.services.commands.mergeCustomers(first.caseId, ana, first.customerId);
    world.lucia.services.commands.mergeCustomers(second.caseId, first.customerId, second.customerId);
    await world.lucia.services.syncOnce();

    const refused = world.lucia.services.store.outbox.forCase(second.caseId);
    expect(refused).toEqual([expect.objectContaining({ name: 'merge_customers', status: 'conflict', reason: 'customer_merged' })]);
    expect(world.lucia.services.store.cases.get(second.caseId)!.customerId).toBe(second.customerId);
  });
});
