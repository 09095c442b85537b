// Who may gather customer records, over the wire: a merge hands the agent the other record's
// whole history, so records that share no phone, e-mail or handle are merged only by a
// supervisor, and a link between them needs the agent's word, which the server records.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rawConsole } from '../fixtures/raw-console.ts';
import { startSandbox, type RunningSandbox } from '../fixtures/sandbox.ts';

let sandbox: RunningSandbox;

beforeEach(async () => {
  sandbox = await startSandbox();
});
afterEach(() => sandbox.stop());

const ana = 'cus-ana-gomez'; // lucia holds case-001
const jorge = 'cus-jorge-medina'; // three cases, all mateo's

/** A console of `username` pushing one mutation at a time. */
async function openConsole(username: string) {
  const wire = await rawConsole(sandbox, username);
  return {
    push: wire.push,
    /** The cases of `customerId` a first sync brings this console. */
    casesOf: async (customerId: string) => {
      const { changes } = await wire.api.pull(null, 2000);
      return changes.filter((c) => c.entity === 'case' && c.op === 'put' && c.data.customerId === customerId).map((c) => c.id);
    },
  };
}

const customerOf = (caseId: string) =>
  sandbox.server.db.prepare<[string], { customer_id: string }>('SELECT customer_id FROM cases WHERE id = ?').get(caseId)!.customer_id;

describe('merge_customers', () => {
  it("refuses an agent merging an unrelated directory customer into their case's customer, who then pulls none of that history", async () => {
    const lucia = await openConsole('lucia');
    expect(await lucia.casesOf(jorge)).toEqual([]);
    expect(await lucia.push('merge_customers', { mergeId: randomUUID(), caseId: 'case-001', survivorId: ana, mergedId: jorge }))
      .toMatchObject({ status: 'rejected', reason: 'no_shared_key' });
    expect(await lucia.push('merge_customers', { mergeId: randomUUID(), caseId: 'case-001', survivorId: jorge, mergedId: ana }))
      .toMatchObject({ status: 'rejected', reason: 'no_shared_key' });
    expect(await lucia.casesOf(jorge)).toEqual([]);
    expect(await lucia.casesOf(ana)).not.toEqual([]);
    expect(customerOf('case-001')).toBe(ana);
  });

  it('lets an agent merge records sharing a phone, and a supervisor merge any two', async () => {
    const { caseId } = await sandbox.control<{ caseId: string }>('POST', '/v1/sandbox/inbound', {
      channel: 'sms', customer: { name: 'Ana', handle: '351 555 0101' }, text: 'Soy Ana', assignTo: 'lucia',
    });
    const lucia = await openConsole('lucia');
    expect(await lucia.push('merge_customers', { mergeId: randomUUID(), caseId, survivorId: ana, mergedId: customerOf(caseId) }))
      .toMatchObject({ status: 'applied' });
    expect(customerOf(caseId)).toBe(ana);

    const sofia = await openConsole('sofia');
    expect(await sofia.push('merge_customers', { mergeId: randomUUID(), caseId: 'case-001', survivorId: ana, mergedId: jorge }))
      .toMatchObject({ status: 'applied' });
    expect(['case-017', 'case-018', 'case-019'].map(customerOf)).toEqual([ana, ana, ana]);
  });
});

describe('link_identity', () => {
  async function unknownWrites(handle: string): Promise<string> {
    const { caseId } = await sandbox.control<{ caseId: string }>('POST', '/v1/sandbox/inbound', {
      channel: 'email', customer: { name: 'J. M.', handle }, text: 'Hola', assignTo: 'lucia',
    });
    return caseId;
  }

  it("needs the agent's word for records sharing nothing, and records who gave it and when", async () => {
    await sandbox.control('POST', '/v1/sandbox/clock', { now: '2026-03-10T13:00:00Z' });
    const caseId = await unknownWrites('jm.personal@example.com');
    const lucia = await openConsole('lucia');
    expect(await lucia.push('link_identity', { linkId: randomUUID(), caseId, customerId: jorge }))
      .toMatchObject({ status: 'rejected', reason: 'link_not_validated' });
    expect(await lucia.casesOf(jorge)).toEqual([]);

    const linkId = randomUUID();
    expect(await lucia.push('link_identity', { linkId, caseId, customerId: jorge, validated: true })).toMatchObject({ status: 'applied' });
    expect(customerOf(caseId)).toBe(jorge);
    expect(sandbox.server.db.prepare('SELECT customer_id, link_id, by, at FROM identity_validations').all())
      .toEqual([{ customer_id: jorge, link_id: linkId, by: 'lucia', at: expect.stringMatching(/^2026-03-10T13:/) }]);
  });

  it('is taken without the tick when the records share a key, and only from the case holder', async () => {
    const { caseId } = await sandbox.control<{ caseId: string }>('POST', '/v1/sandbox/inbound', {
      channel: 'sms', customer: { name: 'Ana', handle: '351 555 0101' }, text: 'Soy Ana', assignTo: 'lucia',
    });
    const mateo = await openConsole('mateo');
    expect(await mateo.push('link_identity', { linkId: randomUUID(), caseId, customerId: ana, validated: true }))
      .toMatchObject({ status: 'conflict', reason: 'not_assigned' });
    const lucia = await openConsole('lucia');
    expect(await lucia.push('link_identity', { linkId: randomUUID(), caseId, customerId: ana })).toMatchObject({ status: 'applied' });
    expect(customerOf(caseId)).toBe(ana);
    expect(sandbox.server.db.prepare('SELECT count(*) AS n FROM identity_validations').get()).toEqual({ n: 0 });
  });
});
