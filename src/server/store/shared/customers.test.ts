// Customers, their identities, notes and links, written once, on both engines.
import { describe, expect, it } from 'vitest';
import { ENGINES } from '../../../../tests/fixtures/engines.ts';
import type { Sql } from '../sql.ts';
import { customers, identities, links, notes } from './customers.ts';

async function withIdentity(sql: Sql, customerId: string, identityId: string, handle: string): Promise<void> {
  await sql.run('INSERT INTO identities VALUES (?, ?, ?, ?, 0, 1)', identityId, customerId, 'whatsapp', handle);
}

const link = (id: string, identityIds: string[]) => ({
  id, kind: 'link' as const, survivorId: 'cus-a', mergedId: 'cus-b', by: 'ana', at: '2026-01-01T00:00:00Z',
  moved: { identities: identityIds.map((i) => ({ id: i, validated: 0 })), cases: ['case-1'], notes: [] },
});

describe.each(ENGINES)('customers on $engine', (engine) => {
  const open = () => engine.open();
  it('creates a record for a handle, retires and revives it, each write at a newer version', async () => {
    const sql = await open();
    const repo = customers(sql);
    const id = await repo.createFor('+34600111222', 'ca');
    const version = async () => (await sql.row<{ version: number }>('SELECT version FROM customers WHERE id = ?', id))!.version;
    expect(await repo.language(id)).toBe('ca');
    expect(await repo.state(id)).toEqual({ mergedInto: null });
    const created = await version();
    await repo.retire(id, 'cus-other');
    expect(await repo.state(id)).toEqual({ mergedInto: 'cus-other' });
    const retired = await version();
    expect(retired).toBeGreaterThan(created);
    await repo.revive(id);
    expect(await repo.state(id)).toEqual({ mergedInto: null });
    await repo.touch(id);
    expect(await version()).toBeGreaterThan(retired);
    expect(await repo.state('cus-none')).toBeUndefined();
  });

  it('counts, moves and validates identities; their handles keep their case', async () => {
    const sql = await open();
    const [a, b] = [await customers(sql).createFor('a', 'es'), await customers(sql).createFor('b', 'es')];
    await withIdentity(sql, a, 'i-1', 'Lucia.G');
    await withIdentity(sql, a, 'i-2', 'lucia.g');
    const repo = identities(sql);
    expect(await repo.count(a)).toBe(2);
    expect(await repo.count(a, 'i-1')).toBe(1);
    expect(await repo.get('i-1')).toEqual({ customerId: a, handle: 'Lucia.G' });
    await repo.setValidated('i-1', 1);
    expect(await repo.ref('i-1')).toEqual([{ id: 'i-1', validated: 1 }]);
    await repo.moveTo('i-2', b);
    expect(await repo.ofCustomer(b)).toEqual([{ id: 'i-2', validated: 0 }]);
    expect(await repo.accountsOf(a)).toEqual([{ channel: 'whatsapp', handle: 'Lucia.G' }]);
    await repo.recordValidation({ identityId: 'i-1', customerId: a, linkId: 'l-1', by: 'ana', at: '2026-01-01T00:00:00Z' });
    expect(await sql.row('SELECT count(*) AS n FROM identity_validations')).toEqual({ n: 1 });
  });

  it('adds notes and moves them to another record', async () => {
    const sql = await open();
    const [a, b] = [await customers(sql).createFor('a', 'es'), await customers(sql).createFor('b', 'es')];
    const repo = notes(sql);
    await repo.add({ id: 'n-1', customerId: a, author: 'ana', authorName: 'Ana', text: 'VIP', at: '2026-01-01T00:00:00Z' });
    expect(await repo.exists('n-1')).toBe(true);
    expect(await repo.exists('n-2')).toBe(false);
    expect(await repo.idsOfCustomer(a)).toEqual(['n-1']);
    await repo.moveTo('n-1', b);
    expect(await repo.customerOf('n-1')).toBe(b);
    expect(await repo.customerOf('n-2')).toBeUndefined();
  });

  it('keeps what a link moved as JSON lists, and voids only the open links that brought an identity', async () => {
    const sql = await open();
    const repo = links(sql);
    await repo.record(link('l-1', ['i-1', 'i-2']));
    await repo.record(link('l-2', ['i-3']));
    await repo.record(link('l-3', ['i-1']));
    await repo.markUndone('l-3', '2026-01-02T00:00:00Z');
    expect(await repo.get('l-1')).toEqual({
      id: 'l-1', kind: 'link', survivorId: 'cus-a', mergedId: 'cus-b', undoneAt: null,
      moved: { identities: [{ id: 'i-1', validated: 0 }, { id: 'i-2', validated: 0 }], cases: ['case-1'], notes: [] },
    });
    await repo.voidLinksBringing('cus-a', 'i-1', '2026-01-03T00:00:00Z');
    expect((await repo.get('l-1'))?.undoneAt).toBe('2026-01-03T00:00:00Z');
    expect((await repo.get('l-2'))?.undoneAt).toBeNull();
    expect((await repo.get('l-3'))?.undoneAt).toBe('2026-01-02T00:00:00Z');
    await repo.voidLinksBringing('cus-other', 'i-3', '2026-01-04T00:00:00Z');
    expect((await repo.get('l-2'))?.undoneAt).toBeNull();
    expect(await repo.exists('l-2')).toBe(true);
    await repo.recordUnlink({ identityId: 'i-3', from: 'cus-a', to: 'cus-c', reason: 'wrong person', by: 'ana', at: '2026-01-05T00:00:00Z' });
    expect(await sql.row('SELECT count(*) AS n FROM identity_unlinks')).toEqual({ n: 1 });
  });
});
